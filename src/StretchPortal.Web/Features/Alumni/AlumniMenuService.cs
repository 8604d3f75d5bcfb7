using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using StretchPortal.Web.Data;
using StretchPortal.Web.Domain;
using StretchPortal.Web.Security;

namespace StretchPortal.Web.Features.Alumni;

/// <summary>Whether the menu offers "Alumni" to a mentee: only once one of their enrolments has become alumni.</summary>
public sealed class AlumniMenuService(StretchPortalDbContext db)
{
    public Task<bool> IsAlumnusAsync(ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var personId = user.PersonId();
        return db.Enrolments.AnyAsync(e => e.MenteeId == personId && e.Status == EnrolmentStatus.Alumni, cancellationToken);
    }
}
