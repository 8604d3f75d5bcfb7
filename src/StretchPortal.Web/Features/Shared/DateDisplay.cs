using System.Globalization;
using StretchPortal.Web.Domain;

namespace StretchPortal.Web.Features.Shared;

/// <summary>Dates and times as the portal shows them: "1 September 2026", "1 September 2026 at 5pm" (UK time).</summary>
public static class DateDisplay
{
    private static readonly CultureInfo EnglishUk = CultureInfo.GetCultureInfo("en-GB");

    public static string ToDisplayDate(this DateOnly date) => date.ToString("d MMMM yyyy", EnglishUk);

    /// <summary>A stored UTC moment in UK time: "5 October 2026 at 5pm" or "5 October 2026 at 9:30am".</summary>
    public static string ToUkDisplay(this DateTime utc)
    {
        var local = UkTime.FromUtc(utc);
        var hour = local.Hour % 12 == 0 ? 12 : local.Hour % 12;
        var minutes = local.Minute == 0 ? "" : ":" + local.Minute.ToString("00", EnglishUk);
        return $"{local.ToString("d MMMM yyyy", EnglishUk)} at {hour}{minutes}{(local.Hour < 12 ? "am" : "pm")}";
    }
}
