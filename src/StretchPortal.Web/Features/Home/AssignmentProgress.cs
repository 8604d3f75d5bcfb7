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

    /// <summary>
    /// A week is overdue once it has ended (its Sunday is before today) with no update, whether or not it was ever
    /// planned: every week from the start to the end (or today) counts, as in <see cref="AssignmentSchedule.Weeks"/>.
    /// Hours over the agreement follow <see cref="WeeklyDeliverable.IsOverHours"/>.
    /// </summary>
    internal static AssignmentProgress From(Row row, DateOnly today)
    {
        var takesUpdates = row.Status is AssignmentStatus.Agreed or AssignmentStatus.InProgress
            || (row.Status == AssignmentStatus.Submitted && row.HasAgreedScope);
        var updated = row.Weeks.Where(w => w.Updated).Select(w => w.WeekStarting).ToHashSet();
        var overdue = takesUpdates
            ? AssignmentSchedule.Weeks(row.StartDate, row.EndDate < today ? row.EndDate : today)
                .Count(monday => monday.AddDays(6) < today && !updated.Contains(monday))
            : 0;

        ThisWeek? thisWeek = null;
        var thisMonday = AssignmentSchedule.MondayOf(today);
        if (takesUpdates && thisMonday >= AssignmentSchedule.MondayOf(row.StartDate) && thisMonday <= row.EndDate)
        {
            var week = row.Weeks.FirstOrDefault(w => w.WeekStarting == thisMonday);
            thisWeek = new ThisWeek(thisMonday, week?.Id, week?.Status, week?.Updated ?? false);
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
            row.Weeks.Count(w => w.Updated && w.Status == DeliverableStatus.Done),
            overdue,
            row.Weeks.Exists(w => w.HoursWorked > row.HoursPerWeek),
            thisWeek);
    }

    /// <summary>
    /// The assignment that best says where a mentee is now: one under way first, then one waiting for a decision,
    /// a draft, a finished one, a withdrawn one; the newest of equals.
    /// </summary>
    internal static Row? Current(IEnumerable<Row> rows) =>
        rows.OrderBy(r => r.Status switch
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
            .ThenByDescending(r => r.CreatedAt)
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

    internal sealed record WeekRow(Guid Id, DateOnly WeekStarting, DeliverableStatus Status, bool Updated, double? HoursWorked);
}

/// <summary>This week of an assignment: planned or not, and updated or not.</summary>
public sealed record ThisWeek(DateOnly WeekStarting, Guid? DeliverableId, DeliverableStatus? Status, bool Updated);
