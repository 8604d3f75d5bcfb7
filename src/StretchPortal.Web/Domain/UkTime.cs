namespace StretchPortal.Web.Domain;

/// <summary>
/// Times of day as people in England mean them (Europe/London, with summer time), turned into the UTC moments the
/// portal stores, and back.
/// </summary>
public static class UkTime
{
    private static readonly TimeZoneInfo Zone = FindZone();

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

    private static TimeZoneInfo FindZone()
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById("Europe/London");
        }
        catch (TimeZoneNotFoundException)
        {
            return TimeZoneInfo.Utc;
        }
    }
}
