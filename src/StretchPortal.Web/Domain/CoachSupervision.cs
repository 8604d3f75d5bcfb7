namespace StretchPortal.Web.Domain;

/// <summary>Whether a coach attended the quarterly supervision session (seed 003), one record per coach per quarter.</summary>
public class CoachSupervision : Entity
{
    public string CoachId { get; set; } = "";

    public Person? Coach { get; set; }

    public int Year { get; set; }

    /// <summary>1 to 4 (January to March is 1).</summary>
    public int Quarter { get; set; }

    public bool Attended { get; set; }

    public DateOnly? AttendedOn { get; set; }

    public string RecordedById { get; set; } = "";

    public DateTime RecordedAtUtc { get; set; }
}
