using System.Globalization;

namespace StretchPortal.Web.Features.EqualityReports;

/// <summary>Shares, rates and likelihoods as the report pages show them.</summary>
public static class ReportFormat
{
    private static readonly CultureInfo EnglishUk = CultureInfo.GetCultureInfo("en-GB");

    public static string Percent(decimal? share) => share is { } s ? (s * 100).ToString("0.0", EnglishUk) + "%" : "";

    public static string Ratio(decimal? value) => value is { } v ? v.ToString("0.00", EnglishUk) : "Not available";

    public static string UkTime(DateTime utc)
    {
        var london = TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), TimeZoneInfo.FindSystemTimeZoneById("Europe/London"));
        return london.ToString("d MMMM yyyy 'at' HH:mm", EnglishUk);
    }
}
