namespace StretchPortal.Web.Domain;

/// <summary>A leadership programme, e.g. "LLR Developing Diverse Senior Leaders Programme 2025/2026".</summary>
public class Programme : Entity
{
    public string Name { get; set; } = "";

    public string? Description { get; set; }

    public Guid OrganisationId { get; set; }

    public Organisation? Organisation { get; set; }

    /// <summary>The programme year as people say it, e.g. "2025/2026".</summary>
    public string Year { get; set; } = "";

    /// <summary>First day of the practical element, when stretch assignments are delivered.</summary>
    public DateOnly PracticalElementStart { get; set; }

    /// <summary>Last day of the practical element.</summary>
    public DateOnly PracticalElementEnd { get; set; }

    public List<ProgrammeLead> Leads { get; } = [];

    public List<Cohort> Cohorts { get; } = [];

    public bool IsLedBy(string personId) => Leads.Exists(l => l.PersonId == personId);
}
