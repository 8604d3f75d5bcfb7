using System.Linq.Expressions;
using StretchPortal.Web.Domain;

namespace StretchPortal.Web.Features.Home;

/// <summary>
/// Where an assignment stands week by week, for the home pages: weeks done, weeks overdue, hours over the agreement,
/// and this week's deliverable. Worked out from one projection of the assignment and its weeks.
/// </summary>
public sealed record AssignmentProgress(
    Guid Id,
    Guid EnrolmentId,
    string Title,
    AssignmentStatus Status,
    DateOnly StartDate,
    DateOnly EndDate,
    bool TakesWeeklyUpdates,
    bool HasBeenAgreed,
    int WeeksDone,
    int WeeksOverdue,
    bool OverHours,
    ThisWeek? ThisWeek)
{
    /// <summary>
    /// The assignment and its weeks as the home page reads them: one query whatever the number of assignments. Mirrors
    /// <see cref="StretchAssignment.TakesWeeklyUpdates"/> (agreed, in progress, or a changed scope waiting for agreement
    /// again) without loading the agreed scope itself.
    /// </summary>
    internal static Expression<Func<StretchAssignment, Row>> Projection { get; } = a => new Row(
        a.Id,
        a.EnrolmentId,
        a.Title,
        a.Status,
        a.AgreedScopeJson != null,
        a.StartDate,
        a.EndDate,
        a.HoursPerWeek,
        a.CreatedAt,
        a.AgreedAt != null,
        a.Weeks.OrderBy(w => w.WeekStarting)
            .Select(w => new WeekRow(w.Id, w.WeekStarting, w.Status, w.UpdatedAt != null, w.HoursWorked))
            .ToList());

    /// <summary>Where an assignment stands, from its row with all its weeks (the reports' projection).</summary>
    internal static AssignmentProgress From(Row row, DateOnly today)
    {
        var lastEnded = LastEndedMonday(today);
        var week = row.Weeks.FirstOrDefault(w => w.WeekStarting == AssignmentSchedule.MondayOf(today));
        return Build(
            new SummaryRow(
                row.Id,
                row.EnrolmentId,
                row.Title,
                row.Status,
                row.HasAgreedScope,
                row.StartDate,
                row.EndDate,
                row.CreatedAt,
                row.HasBeenAgreed,
                row.Weeks.Count(w => w.Updated && w.Status == DeliverableStatus.Done),
                row.Weeks.Count(w => w.Updated && w.WeekStarting <= lastEnded && w.WeekStarting <= row.EndDate && w.WeekStarting > row.StartDate.AddDays(-7)),
                row.Weeks.Exists(w => w.HoursWorked > row.HoursPerWeek),
                week?.Id,
                week?.Status,
                week?.Updated ?? false),
            today);
    }

    /// <summary>
    /// The home pages' projection: the weeks are counted by the database, so each assignment is one row however many
    /// weeks it has. Counts the same things as <see cref="From(Row, DateOnly)"/>.
    /// </summary>
    internal static Expression<Func<StretchAssignment, SummaryRow>> Summary(DateOnly today)
    {
        var lastEnded = LastEndedMonday(today);
        var thisMonday = AssignmentSchedule.MondayOf(today);
        return a => new SummaryRow(
            a.Id,
            a.EnrolmentId,
            a.Title,
            a.Status,
            a.AgreedScopeJson != null,
            a.StartDate,
            a.EndDate,
            a.CreatedAt,
            a.AgreedAt != null,
            a.Weeks.Count(w => w.UpdatedAt != null && w.Status == DeliverableStatus.Done),
            a.Weeks.Count(w => w.UpdatedAt != null && w.WeekStarting <= lastEnded && w.WeekStarting <= a.EndDate && w.WeekStarting > a.StartDate.AddDays(-7)),
            a.Weeks.Any(w => w.HoursWorked > a.HoursPerWeek),
            a.Weeks.Where(w => w.WeekStarting == thisMonday).Select(w => (Guid?)w.Id).FirstOrDefault(),
            a.Weeks.Where(w => w.WeekStarting == thisMonday).Select(w => (DeliverableStatus?)w.Status).FirstOrDefault(),
            a.Weeks.Any(w => w.WeekStarting == thisMonday && w.UpdatedAt != null));
    }

    /// <summary>
    /// A week is overdue once it has ended (its Sunday is before today) with no update, whether or not it was ever
    /// planned: every week from the start to the end (or today) counts, as in <see cref="AssignmentSchedule.Weeks"/>,
    /// less the ended weeks that were updated. Hours over the agreement follow <see cref="WeeklyDeliverable.IsOverHours"/>.
    /// </summary>
    internal static AssignmentProgress From(SummaryRow row, DateOnly today) => Build(row, today);

    private static AssignmentProgress Build(SummaryRow row, DateOnly today)
    {
        var takesUpdates = row.Status is AssignmentStatus.Agreed or AssignmentStatus.InProgress
            || (row.Status == AssignmentStatus.Submitted && row.HasAgreedScope);
        var overdue = takesUpdates
            ? AssignmentSchedule.Weeks(row.StartDate, row.EndDate < today ? row.EndDate : today)
                .Count(monday => monday.AddDays(6) < today) - row.UpdatedEndedWeeks
            : 0;

        ThisWeek? thisWeek = null;
        var thisMonday = AssignmentSchedule.MondayOf(today);
        if (takesUpdates && thisMonday >= AssignmentSchedule.MondayOf(row.StartDate) && thisMonday <= row.EndDate)
        {
            thisWeek = new ThisWeek(thisMonday, row.ThisWeekId, row.ThisWeekStatus, row.ThisWeekUpdated);
        }

        return new AssignmentProgress(
            row.Id,
            row.EnrolmentId,
            row.Title,
            row.Status,
            row.StartDate,
            row.EndDate,
            takesUpdates,
            row.HasBeenAgreed && row.Status != AssignmentStatus.Withdrawn,
            row.WeeksDone,
            Math.Max(0, overdue),
            row.OverHours,
            thisWeek);
    }

    /// <summary>The Monday of the latest week that has ended by <paramref name="today"/>: its Sunday is before today.</summary>
    private static DateOnly LastEndedMonday(DateOnly today) => today.AddDays(-7);

    /// <summary>
    /// The assignment that best says where a mentee is now: one under way first, then one waiting for a decision,
    /// a draft, a finished one, a withdrawn one; the newest of equals.
    /// </summary>
    internal static Row? Current(IEnumerable<Row> rows) => Current(rows, r => r.Status, r => r.CreatedAt);

    internal static SummaryRow? Current(IEnumerable<SummaryRow> rows) => Current(rows, r => r.Status, r => r.CreatedAt);

    private static T? Current<T>(IEnumerable<T> rows, Func<T, AssignmentStatus> status, Func<T, DateTime> createdAt)
        where T : class =>
        rows.OrderBy(r => status(r) switch
            {
                AssignmentStatus.InProgress => 0,
                AssignmentStatus.Agreed => 1,
                AssignmentStatus.Submitted => 2,
                AssignmentStatus.ChangesRequested => 3,
                AssignmentStatus.Draft => 4,
                AssignmentStatus.Completed => 5,
                AssignmentStatus.Presented => 6,
                _ => 7,
            })
            .ThenByDescending(createdAt)
            .FirstOrDefault();

    internal sealed record Row(
        Guid Id,
        Guid EnrolmentId,
        string Title,
        AssignmentStatus Status,
        bool HasAgreedScope,
        DateOnly StartDate,
        DateOnly EndDate,
        double HoursPerWeek,
        DateTime CreatedAt,
        bool HasBeenAgreed,
        List<WeekRow> Weeks);

    internal sealed record SummaryRow(
        Guid Id,
        Guid EnrolmentId,
        string Title,
        AssignmentStatus Status,
        bool HasAgreedScope,
        DateOnly StartDate,
        DateOnly EndDate,
        DateTime CreatedAt,
        bool HasBeenAgreed,
        int WeeksDone,
        int UpdatedEndedWeeks,
        bool OverHours,
        Guid? ThisWeekId,
        DeliverableStatus? ThisWeekStatus,
        bool ThisWeekUpdated);

    internal sealed record WeekRow(Guid Id, DateOnly WeekStarting, DeliverableStatus Status, bool Updated, double? HoursWorked);
}

/// <summary>This week of an assignment: planned or not, and updated or not.</summary>
public sealed record ThisWeek(DateOnly WeekStarting, Guid? DeliverableId, DeliverableStatus? Status, bool Updated);
