namespace StretchPortal.Web.Domain;

/// <summary>An ICS, an NHS trust or another body that owns programmes and employs people.</summary>
public class Organisation : Entity
{
    public string Name { get; set; } = "";

    public NhsRegion? Region { get; set; }

    public bool IsArchived { get; set; }
}
