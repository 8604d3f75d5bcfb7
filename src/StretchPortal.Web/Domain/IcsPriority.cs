namespace StretchPortal.Web.Domain;

/// <summary>An Integrated Care System delivery priority a stretch assignment can serve (seed 000 names five).</summary>
public class IcsPriority : Entity
{
    public string Name { get; set; } = "";

    public string? Description { get; set; }

    public int SortOrder { get; set; }

    /// <summary>Archived priorities stay on the assignments that named them but are no longer offered.</summary>
    public bool IsArchived { get; set; }
}
