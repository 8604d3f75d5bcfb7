namespace StretchPortal.Web.Domain;

/// <summary>
/// A coach recommends a resource to one of their coachees, with a note; the coachee sees it on their home page.
/// A coachee is, for now, a mentee whose enrolment names the coach (<see cref="Enrolment.CoachId"/>).
/// </summary>
public class ResourceRecommendation : Entity
{
    public Guid ResourceId { get; set; }

    public Resource? Resource { get; set; }

    public string CoachId { get; set; } = "";

    public Person? Coach { get; set; }

    public string CoacheeId { get; set; } = "";

    public Person? Coachee { get; set; }

    public string? Note { get; set; }

    public DateTime RecommendedAt { get; set; }
}
