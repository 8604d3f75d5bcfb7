using System.ComponentModel.DataAnnotations;

namespace StretchPortal.Web.Domain;

/// <summary>News or an event a programme lead posts for the programme's alumni ("sharing of events, podcasts and other development opportunities").</summary>
public class AlumniPost : Entity
{
    public Guid ProgrammeId { get; set; }

    public Programme? Programme { get; set; }

    public AlumniPostKind Kind { get; set; }

    public string Title { get; set; } = "";

    public string Body { get; set; } = "";

    /// <summary>When an event starts, in UTC; news has none.</summary>
    public DateTime? EventStartsAt { get; set; }

    public string AuthorId { get; set; } = "";

    public Person? Author { get; set; }

    public DateTime PostedAt { get; set; }
}

public enum AlumniPostKind
{
    [Display(Name = "News")] News = 1,
    [Display(Name = "Event")] Event = 2,
}
