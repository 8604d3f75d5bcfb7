namespace StretchPortal.Web.Domain;

/// <summary>One of a person's Performance and Development Review objectives for a year; assignments can link to it.</summary>
public class PdrObjective : Entity
{
    public string PersonId { get; set; } = "";

    /// <summary>The PDR year as people say it, e.g. "2026/2027".</summary>
    public string Year { get; set; } = "";

    public string Title { get; set; } = "";

    public string? Description { get; set; }
}
