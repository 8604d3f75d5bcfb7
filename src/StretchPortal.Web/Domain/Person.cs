using Microsoft.AspNetCore.Identity;

namespace StretchPortal.Web.Domain;

/// <summary>One login per person; the roles they hold come from programme leads' and administrators' decisions.</summary>
public class Person : IdentityUser
{
    public string FullName { get; set; } = "";

    public string? JobTitle { get; set; }

    public Guid? OrganisationId { get; set; }

    public Organisation? Organisation { get; set; }

    public NhsRegion? Region { get; set; }

    public bool IsActive { get; set; } = true;

    public DateTime CreatedAt { get; set; }
}
