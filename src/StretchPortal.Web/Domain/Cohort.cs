namespace StretchPortal.Web.Domain;

/// <summary>A group of mentees who go through a programme together.</summary>
public class Cohort : Entity
{
    public Guid ProgrammeId { get; set; }

    public Programme? Programme { get; set; }

    public string Name { get; set; } = "";

    public DateOnly StartDate { get; set; }

    public DateOnly EndDate { get; set; }

    public List<Enrolment> Enrolments { get; } = [];
}
