namespace StretchPortal.Web.Domain;

/// <summary>A person who runs a programme: they see its cohorts and enrol its people.</summary>
public class ProgrammeLead
{
    public Guid ProgrammeId { get; set; }

    public string PersonId { get; set; } = "";

    public Person? Person { get; set; }
}
