namespace StretchPortal.Web.Domain;

/// <summary>
/// The one place the "at least four sessions over twelve months" rule lives (seed 003). The sessions are spread one a
/// quarter from the day the coach and coachee were matched: one is due by three months, two by six, three by nine and
/// four by twelve. A session due "by" a date may be held on that date; from the day after, the relationship is behind
/// while fewer sessions have been held than are due.
/// </summary>
public static class CoachingProgress
{
    public const int SessionsRequired = 4;

    public const int MonthsPerSession = 3;

    /// <summary>How many sessions should have been held by <paramref name="asOf"/>.</summary>
    public static int ExpectedBy(DateOnly matchedOn, DateOnly asOf)
    {
        var expected = 0;
        for (var n = 1; n <= SessionsRequired; n++)
        {
            if (asOf > matchedOn.AddMonths(n * MonthsPerSession))
            {
                expected = n;
            }
        }

        return expected;
    }

    /// <summary>
    /// The standing of a relationship on <paramref name="today"/>; an ended relationship is judged as of its end.
    /// </summary>
    public static CoachingStanding Standing(DateOnly matchedOn, DateOnly? endedOn, int held, DateOnly today)
    {
        var asOf = endedOn is { } ended && ended < today ? ended : today;
        var expected = ExpectedBy(matchedOn, asOf);
        return new CoachingStanding(held, SessionsRequired, expected, held < expected);
    }

    /// <summary>The date by which the next session is due, or null once all four are held.</summary>
    public static DateOnly? NextDue(DateOnly matchedOn, int held) =>
        held >= SessionsRequired ? null : matchedOn.AddMonths((held + 1) * MonthsPerSession);
}

/// <summary>Sessions held against the four required, how many are due by now, and whether that is behind.</summary>
public sealed record CoachingStanding(int Held, int Required, int Expected, bool IsBehind)
{
    /// <summary>"2 of 4".</summary>
    public string Summary => $"{Held} of {Required}";
}
