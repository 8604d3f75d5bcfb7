namespace StretchPortal.Web.Features.Reports;

/// <summary>The "Reports" settings.</summary>
public sealed class ReportOptions
{
    public const string Section = "Reports";

    /// <summary>
    /// Whether worked-out figures are kept in memory while their cohorts' report versions stay the same (on by
    /// default; the benchmark turns it off to measure the figures worked out afresh on every request).
    /// </summary>
    public bool CacheFigures { get; set; } = true;
}
