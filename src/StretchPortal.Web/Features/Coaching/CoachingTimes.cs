using System.Globalization;
using StretchPortal.Web.Domain;
using StretchPortal.Web.Features.Shared;

namespace StretchPortal.Web.Features.Coaching;

/// <summary>Workshop times as people in the UK read and type them (Europe/London), stored in UTC.</summary>
public static class CoachingTimes
{
    public static DateTime ToUtc(DateOnly date, TimeOnly time) => UkTime.ToUtc(date, time);

    public static DateTime ToUk(DateTime utc) => UkTime.FromUtc(utc);

    /// <summary>"18 May 2027 at 9:45am", UK time.</summary>
    public static string Display(DateTime utc) => utc.ToUkDisplay();

    public static DateOnly UkToday(TimeProvider clock) => DateOnly.FromDateTime(ToUk(clock.GetUtcNow().UtcDateTime));
}

/// <summary>A calendar quarter, for supervision: January to March is quarter 1.</summary>
public readonly record struct CoachingQuarter(int Year, int Quarter)
{
    public static CoachingQuarter Of(DateOnly date) => new(date.Year, ((date.Month - 1) / 3) + 1);

    public CoachingQuarter Previous() => Quarter == 1 ? new(Year - 1, 4) : new(Year, Quarter - 1);

    /// <summary>"2026-Q3".</summary>
    public string Key => $"{Year}-Q{Quarter}";

    /// <summary>"July to September 2026".</summary>
    public string Display => Quarter switch
    {
        1 => $"January to March {Year}",
        2 => $"April to June {Year}",
        3 => $"July to September {Year}",
        _ => $"October to December {Year}",
    };

    public static bool TryParse(string? key, out CoachingQuarter quarter)
    {
        quarter = default;
        if (key is not { Length: 7 } || key[4] != '-' || key[5] != 'Q'
            || !int.TryParse(key.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var year)
            || key[6] is < '1' or > '4')
        {
            return false;
        }

        quarter = new CoachingQuarter(year, key[6] - '0');
        return true;
    }
}
