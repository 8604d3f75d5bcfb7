namespace StretchPortal.Web.Domain;

/// <summary>The weeks of an assignment and the warnings its dates deserve; warnings never block.</summary>
public static class AssignmentSchedule
{
    /// <summary>The seed asks for the duration, role and outcomes to fit the three-month practical element.</summary>
    public const int RecommendedMonths = 3;

    /// <summary>The Monday of each week the assignment touches, from its start to its end.</summary>
    public static IReadOnlyList<DateOnly> Weeks(DateOnly start, DateOnly end)
    {
        var weeks = new List<DateOnly>();
        for (var monday = MondayOf(start); monday <= end; monday = monday.AddDays(7))
        {
            weeks.Add(monday);
        }

        return weeks;
    }

    public static DateOnly MondayOf(DateOnly day) => day.AddDays(-(((int)day.DayOfWeek + 6) % 7));

    public static IReadOnlyList<string> Warnings(DateOnly start, DateOnly end, DateOnly practicalStart, DateOnly practicalEnd)
    {
        var warnings = new List<string>();
        if (start < practicalStart || end > practicalEnd)
        {
            warnings.Add($"The dates fall outside the programme's practical element ({practicalStart:d MMMM yyyy} to {practicalEnd:d MMMM yyyy}).");
        }

        if (end > start.AddMonths(RecommendedMonths))
        {
            warnings.Add($"The assignment runs for more than {RecommendedMonths} months, longer than the practical element recommends.");
        }

        return warnings;
    }
}
