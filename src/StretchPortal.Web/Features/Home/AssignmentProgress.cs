using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Query;
using StretchPortal.Web.Data;
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
    /// The home pages' projection: one row per assignment, with the week totals kept on it (<see cref="WeekTotals"/>);
    /// only the updated weeks that have not ended and this week are read from the weeks. Counts the same things as
    /// <see cref="From(Row, DateOnly)"/>. The Monday of the last week that has ended and this Monday are parameters, so
    /// that the home pages' compiled queries take them (<see cref="SummariesOf{TKey}"/>).
    /// </summary>
    private static Expression<Func<StretchAssignment, DateOnly, DateOnly, SummaryRow>> Summary { get; } = (a, lastEnded, thisMonday) => new SummaryRow(
        a.Id,
        a.EnrolmentId,
        a.Title,
        a.Status,
        a.AgreedAt != null,
        a.StartDate,
        a.EndDate,
        a.CreatedAt,
        a.AgreedAt != null,
        a.WeeksDone,
        a.WeeksUpdated - a.Weeks.Count(w => w.UpdatedAt != null && w.WeekStarting > lastEnded && w.WeekStarting > a.StartDate.AddDays(-7) && w.WeekStarting <= a.EndDate),
        a.WeeksOverHours > 0,
        a.Weeks.Where(w => w.WeekStarting == thisMonday).Select(w => (Guid?)w.Id).FirstOrDefault(),
        a.Weeks.Where(w => w.WeekStarting == thisMonday).Select(w => (DeliverableStatus?)w.Status).FirstOrDefault(),
        a.Weeks.Any(w => w.WeekStarting == thisMonday && w.UpdatedAt != null));

    /// <summary>
    /// A compiled query of the summaries of the assignments <paramref name="assignments"/> picks for a key (a person),
    /// as of a day: compiled once, so a home page pays neither for building nor for translating it again.
    /// </summary>
    internal static Func<StretchPortalDbContext, TKey, DateOnly, IAsyncEnumerable<SummaryRow>> SummariesOf<TKey>(
        Expression<Func<StretchPortalDbContext, TKey, IQueryable<StretchAssignment>>> assignments)
    {
        var lastEnded = Expression.Parameter(typeof(DateOnly), "lastEnded");
        var thisMonday = Expression.Parameter(typeof(DateOnly), "thisMonday");
        var projection = Expression.Lambda<Func<StretchAssignment, SummaryRow>>(
            new ReplacingExpressionVisitor([Summary.Parameters[1], Summary.Parameters[2]], [lastEnded, thisMonday]).Visit(Summary.Body),
            Summary.Parameters[0]);
        var query = Expression.Call(
            typeof(Queryable), nameof(Queryable.Select), [typeof(StretchAssignment), typeof(SummaryRow)], assignments.Body, Expression.Quote(projection));
        var compiled = EF.CompileAsyncQuery(Expression.Lambda<Func<StretchPortalDbContext, TKey, DateOnly, DateOnly, IQueryable<SummaryRow>>>(
            query, assignments.Parameters[0], assignments.Parameters[1], lastEnded, thisMonday));
        return (db, key, today) => compiled(db, key, LastEndedMonday(today), AssignmentSchedule.MondayOf(today));
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
        var overdue = WeekTotals.Overdue(takesUpdates, row.StartDate, row.EndDate, row.UpdatedEndedWeeks, today);

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
            overdue,
            row.OverHours,
            thisWeek);
    }

    /// <summary>The Monday of the latest week that has ended by <paramref name="today"/>: its Sunday is before today.</summary>
    private static DateOnly LastEndedMonday(DateOnly today) => WeekTotals.LastEndedMonday(today);

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
