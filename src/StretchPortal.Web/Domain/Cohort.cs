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

    /// <summary>
    /// Raised by every save that changes what the cohort's reports are worked out from (Data/ReportStamps), so figures
    /// kept in memory are known to be current while it stays the same. Not a concurrency token: editing the cohort
    /// is not refused because its mentees' work moved on.
    /// </summary>
    public long ReportVersion { get; set; }
}
