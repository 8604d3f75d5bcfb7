using System.Globalization;

namespace StretchPortal.Web.Features.Opportunities;

/// <summary>
/// Closing dates as people in England enter and read them: a date and a time in UK time (GMT or BST), stored in UTC.
/// </summary>
public static class UkTime
{
    private static readonly CultureInfo EnglishUk = CultureInfo.GetCultureInfo("en-GB");

    private static readonly TimeZoneInfo Zone = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");

    /// <summary>The UTC moment of a UK date and time. A time skipped when clocks go forward is read as an hour later.</summary>
    public static DateTime ToUtc(DateOnly date, TimeOnly time)
    {
        var local = date.ToDateTime(time, DateTimeKind.Unspecified);
        if (Zone.IsInvalidTime(local))
        {
            local = local.AddHours(1);
        }

        return TimeZoneInfo.ConvertTimeToUtc(local, Zone);
    }

    public static DateTime FromUtc(DateTime utc) =>
        TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), Zone);

    /// <summary>"5 October 2026 at 5pm" or "5 October 2026 at 9:30am", UK time.</summary>
    public static string ToUkDisplay(this DateTime utc)
    {
        var local = FromUtc(utc);
        var hour = local.Hour % 12 == 0 ? 12 : local.Hour % 12;
        var minutes = local.Minute == 0 ? "" : ":" + local.Minute.ToString("00", EnglishUk);
        return $"{local.ToString("d MMMM yyyy", EnglishUk)} at {hour}{minutes}{(local.Hour < 12 ? "am" : "pm")}";
    }
}
