namespace StretchPortal.Web.Features.Equality;

/// <summary>Settings of the equality reports, from the "Equality" section of configuration.</summary>
public sealed class EqualityOptions
{
    public const string Section = "Equality";

    /// <summary>Any group with fewer people than this is shown as suppressed, on pages and in exports.</summary>
    public int SuppressionThreshold { get; set; } = 5;

    /// <summary>A threshold below 2 would show single people, so it never falls below 2.</summary>
    public int EffectiveThreshold => Math.Max(2, SuppressionThreshold);
}
