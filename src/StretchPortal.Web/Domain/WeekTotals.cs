using System.Linq.Expressions;

namespace StretchPortal.Web.Domain;

/// <summary>
/// The week totals kept on each <see cref="StretchAssignment"/>, so that a report reads one row per assignment and no
/// week rows: the one statement of what each total counts. The database recounts an assignment's totals with these
/// expressions in the same transaction as any save that plans, updates or removes one of its weeks, or changes its
/// dates or agreed hours (<c>Data/WeekTotalsRecount</c>); <see cref="StretchAssignment.CountWeeks"/> applies them in
/// memory. Only an update of how the week went counts (a planned week has no <see cref="WeeklyDeliverable.UpdatedAt"/>).
/// Weeks overdue depend on today, so they are not kept: they are the ended weeks of the assignment's dates less the
/// ended ones updated (<see cref="Overdue"/>).
/// </summary>
public static class WeekTotals
{
    public static Expression<Func<StretchAssignment, int>> Done { get; } = a => a.Weeks.Count(w => w.UpdatedAt != null && w.Status == DeliverableStatus.Done);

    public static Expression<Func<StretchAssignment, int>> PartlyDone { get; } = a => a.Weeks.Count(w => w.UpdatedAt != null && w.Status == DeliverableStatus.PartlyDone);

    public static Expression<Func<StretchAssignment, int>> Slipped { get; } = a => a.Weeks.Count(w => w.UpdatedAt != null && w.Status == DeliverableStatus.Slipped);

    public static Expression<Func<StretchAssignment, int>> Blocked { get; } = a => a.Weeks.Count(w => w.UpdatedAt != null && w.Status == DeliverableStatus.Blocked);

    /// <summary>Updated weeks from the Monday of the start to the end: the weeks <see cref="AssignmentSchedule.Weeks"/> lists.</summary>
    public static Expression<Func<StretchAssignment, int>> Updated { get; } =
        a => a.Weeks.Count(w => w.UpdatedAt != null && w.WeekStarting > a.StartDate.AddDays(-7) && w.WeekStarting <= a.EndDate);

    /// <summary>Updated weeks with more hours worked than agreed (<see cref="WeeklyDeliverable.IsOverHours"/>).</summary>
    public static Expression<Func<StretchAssignment, int>> OverHours { get; } = a => a.Weeks.Count(w => w.UpdatedAt != null && w.HoursWorked > a.HoursPerWeek);

    public static Expression<Func<StretchAssignment, double>> HoursOver { get; } =
        a => a.Weeks.Where(w => w.UpdatedAt != null && w.HoursWorked > a.HoursPerWeek).Sum(w => w.HoursWorked!.Value - a.HoursPerWeek);

    public static Expression<Func<StretchAssignment, DateTime?>> LastUpdateAt { get; } = a => a.Weeks.Max(w => w.UpdatedAt);

    /// <summary>
    /// The updated weeks within the assignment's dates that have not ended by <paramref name="today"/> (a week ends on
    /// its Sunday): the only part of <see cref="StretchAssignment.WeeksUpdated"/> that depends on today, read from the
    /// few current and future weeks.
    /// </summary>
    public static Expression<Func<StretchAssignment, int>> UpdatedNotEnded(DateOnly today)
    {
        var lastEnded = LastEndedMonday(today);
        return a => a.Weeks.Count(w => w.UpdatedAt != null && w.WeekStarting > lastEnded && w.WeekStarting > a.StartDate.AddDays(-7) && w.WeekStarting <= a.EndDate);
    }

    /// <summary>The Monday of the latest week that has ended by <paramref name="today"/>: its Sunday is before today.</summary>
    public static DateOnly LastEndedMonday(DateOnly today) => today.AddDays(-7);

    /// <summary>
    /// Weeks overdue: every week of the assignment's dates that has ended by today (planned or not), less the ended
    /// weeks that were updated; none for an assignment that does not take weekly updates.
    /// </summary>
    public static int Overdue(bool takesWeeklyUpdates, DateOnly start, DateOnly end, int updatedEndedWeeks, DateOnly today) =>
        takesWeeklyUpdates
            ? Math.Max(0, AssignmentSchedule.Weeks(start, end < today ? end : today).Count(monday => monday.AddDays(6) < today) - updatedEndedWeeks)
            : 0;

    /// <summary>The same rules compiled, for an assignment whose weeks are loaded.</summary>
    internal static class InMemory
    {
        public static readonly Func<StretchAssignment, int> Done = WeekTotals.Done.Compile();
        public static readonly Func<StretchAssignment, int> PartlyDone = WeekTotals.PartlyDone.Compile();
        public static readonly Func<StretchAssignment, int> Slipped = WeekTotals.Slipped.Compile();
        public static readonly Func<StretchAssignment, int> Blocked = WeekTotals.Blocked.Compile();
        public static readonly Func<StretchAssignment, int> Updated = WeekTotals.Updated.Compile();
        public static readonly Func<StretchAssignment, int> OverHours = WeekTotals.OverHours.Compile();
        public static readonly Func<StretchAssignment, double> HoursOver = WeekTotals.HoursOver.Compile();
        public static readonly Func<StretchAssignment, DateTime?> LastUpdateAt = WeekTotals.LastUpdateAt.Compile();
    }
}
