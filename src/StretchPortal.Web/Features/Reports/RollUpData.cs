using Microsoft.EntityFrameworkCore;
using StretchPortal.Web.Domain;

namespace StretchPortal.Web.Features.Reports;

/// <summary>
/// The programme roll-up's read: aggregated in SQL, so no assignment or priority link is read into memory. One row per
/// enrolment with its assignments' week totals, weeks overdue and latest week update summed over its assignments
/// (GROUP BY enrolment) and its check-ins (GROUP BY enrolment); and the assignment figures counted by state, by type
/// and by ICS priority (GROUP BY each, with the distinct mentees). Every expression is plain LINQ that both providers
/// translate: weeks overdue use <see cref="DateOnly.DayNumber"/> (day 0 is a Monday) for
/// <see cref="WeekTotals.Overdue"/>'s count of ended weeks. The people's figures are then worked out per enrolment
/// by <see cref="MenteeStanding.FromTotals"/>, with the same rules as a cohort's dashboard.
/// </summary>
public sealed partial class ReportsService
{
    private async Task<(ReportData Data, AssignmentCounts Counts)> LoadRollUpAsync(Guid programmeId, DateOnly today, CancellationToken cancellationToken)
    {
        var recentSince = today.AddDays(-(MenteeStanding.RecentCheckInDays - 1));
        var lastEnded = WeekTotals.LastEndedMonday(today);
        var lastEndedDay = lastEnded.DayNumber;
        var enrolments = db.Enrolments.AsNoTracking().Where(e => e.Cohort!.ProgrammeId == programmeId);

        // One row per assignment of the scope with the updated weeks that have ended, and the weeks of its dates that
        // have ended (Mondays from the Monday of its start to the earlier of its end and the last ended Monday).
        var assignments =
            from e in enrolments
            join a in db.StretchAssignments on e.Id equals a.EnrolmentId
            select new
            {
                a.EnrolmentId,
                a.WeeksDone,
                a.WeeksSlipped,
                a.WeeksBlocked,
                a.WeeksOverHours,
                a.HoursOver,
                a.LastWeekUpdateAt,
                Agreed = a.AgreedAt != null && a.Status != AssignmentStatus.Withdrawn ? 1 : 0,
                TakesUpdates = a.Status == AssignmentStatus.Agreed || a.Status == AssignmentStatus.InProgress
                    || (a.Status == AssignmentStatus.Submitted && a.AgreedAt != null),
                FirstMonday = a.StartDate.DayNumber - (a.StartDate.DayNumber % 7),
                LastEndedWeek = a.EndDate.DayNumber < lastEndedDay ? a.EndDate.DayNumber : lastEndedDay,
                UpdatedAndEnded = a.EndDate > lastEnded && a.WeeksUpdated > 0
                    ? a.WeeksUpdated - a.Weeks.Count(w => w.UpdatedAt != null && w.WeekStarting > lastEnded && w.WeekStarting > a.StartDate.AddDays(-7) && w.WeekStarting <= a.EndDate)
                    : a.WeeksUpdated,
            };
        var overdue =
            from a in assignments
            select new
            {
                a.EnrolmentId,
                a.WeeksDone,
                a.WeeksSlipped,
                a.WeeksBlocked,
                a.WeeksOverHours,
                a.HoursOver,
                a.LastWeekUpdateAt,
                a.Agreed,
                Overdue = a.TakesUpdates && a.LastEndedWeek >= a.FirstMonday && ((a.LastEndedWeek - a.FirstMonday) / 7) + 1 > a.UpdatedAndEnded
                    ? ((a.LastEndedWeek - a.FirstMonday) / 7) + 1 - a.UpdatedAndEnded
                    : 0,
            };
        var totals =
            from a in overdue
            group a by a.EnrolmentId into g
            select new
            {
                EnrolmentId = g.Key,
                Done = g.Sum(a => a.WeeksDone),
                Slipped = g.Sum(a => a.WeeksSlipped),
                Blocked = g.Sum(a => a.WeeksBlocked),
                Overdue = g.Sum(a => a.Overdue),
                OverHours = g.Sum(a => a.WeeksOverHours),
                HoursOver = g.Sum(a => a.HoursOver),
                LastUpdate = g.Max(a => a.LastWeekUpdateAt),
                Agreed = g.Max(a => a.Agreed),
            };
        var checkIns =
            from e in enrolments
            join c in db.CheckIns on e.Id equals c.EnrolmentId
            where c.HeldOn <= today
            group c by c.EnrolmentId into g
            select new { EnrolmentId = g.Key, LastHeldOn = g.Max(c => c.HeldOn), Recent = g.Count(c => c.HeldOn >= recentSince) };

        var rows = await (
                from e in enrolments
                join t in totals on e.Id equals t.EnrolmentId into ts
                from t in ts.DefaultIfEmpty()
                join c in checkIns on e.Id equals c.EnrolmentId into cs
                from c in cs.DefaultIfEmpty()
                select new
                {
                    e.Id,
                    e.CohortId,
                    e.MenteeId,
                    e.MentorId,
                    e.Status,
                    e.EnrolledAt,
                    Agreed = (int?)t.Agreed,
                    Done = (int?)t.Done,
                    Slipped = (int?)t.Slipped,
                    Blocked = (int?)t.Blocked,
                    Overdue = (int?)t.Overdue,
                    OverHours = (int?)t.OverHours,
                    HoursOver = (double?)t.HoursOver,
                    LastUpdate = (DateTime?)t.LastUpdate,
                    LastHeldOn = (DateOnly?)c.LastHeldOn,
                    Recent = (int?)c.Recent,
                })
            .ToListAsync(cancellationToken);
        var people = rows.Select(r => new EnrolmentTotals(
            r.Id, r.CohortId, r.MenteeId, r.MentorId, r.Status, r.EnrolledAt, r.Agreed > 0, r.Done ?? 0, r.Slipped ?? 0, r.Blocked ?? 0,
            r.Overdue ?? 0, r.OverHours ?? 0, r.HoursOver ?? 0, r.LastUpdate, r.LastHeldOn, r.Recent ?? 0));

        var coaching = await CoachingOfAsync(enrolments, today, cancellationToken);
        var priorityOptions = await PriorityOptionsAsync(cancellationToken);

        // The assignments of active mentees by state, by type and by ICS priority (withdrawn ones only by state), each
        // with the mentees who hold one: a mentee is enrolled in one cohort, so the distinct count is theirs alone.
        var active =
            from e in enrolments
            where e.Status == EnrolmentStatus.Active
            join a in db.StretchAssignments on e.Id equals a.EnrolmentId
            select a;
        var byStatus = await (
                from a in active
                group a.EnrolmentId by a.Status into g
                select new { g.Key, Assignments = g.Count(), Mentees = g.Distinct().Count() })
            .ToDictionaryAsync(g => g.Key, g => (g.Assignments, g.Mentees), cancellationToken);
        var byType = await (
                from a in active
                where a.Status != AssignmentStatus.Withdrawn
                group a.EnrolmentId by a.Type into g
                select new { g.Key, Assignments = g.Count(), Mentees = g.Distinct().Count() })
            .ToDictionaryAsync(g => g.Key, g => (g.Assignments, g.Mentees), cancellationToken);
        var byPriority = await (
                from a in active
                where a.Status != AssignmentStatus.Withdrawn
                from p in a.Priorities
                group a.EnrolmentId by p.IcsPriorityId into g
                select new { g.Key, Assignments = g.Count(), Mentees = g.Distinct().Count() })
            .ToDictionaryAsync(g => g.Key, g => (g.Assignments, g.Mentees), cancellationToken);

        var coachingByEnrolment = coaching.ToLookup(c => c.EnrolmentId);
        var standings = people.Select(e => MenteeStanding.FromTotals(e, [.. coachingByEnrolment[e.Id]], today)).ToList();
        return (new ReportData(today, standings, priorityOptions), new AssignmentCounts(byStatus, byType, byPriority));
    }
}

/// <summary>An enrolment with its assignments' and check-ins' totals, summed in SQL (the roll-up's row).</summary>
internal sealed record EnrolmentTotals(
    Guid Id,
    Guid CohortId,
    string MenteeId,
    string? MentorId,
    EnrolmentStatus Status,
    DateTime EnrolledAt,
    bool HasAgreedAssignment,
    int WeeksDone,
    int WeeksSlipped,
    int WeeksBlocked,
    int WeeksOverdue,
    int WeeksOverHours,
    double HoursOver,
    DateTime? LastWeekUpdate,
    DateOnly? LastCheckIn,
    int RecentCheckIns);

/// <summary>
/// The assignments of a scope's active mentees counted in SQL by state, by type and by ICS priority, each with the
/// number of mentees holding one: what the dashboard otherwise counts from each mentee's assignments.
/// </summary>
public sealed record AssignmentCounts(
    IReadOnlyDictionary<AssignmentStatus, (int Assignments, int Mentees)> ByStatus,
    IReadOnlyDictionary<AssignmentType, (int Assignments, int Mentees)> ByType,
    IReadOnlyDictionary<Guid, (int Assignments, int Mentees)> ByPriority)
{
    /// <summary>The counts for a form that asks for one state, one type or one priority.</summary>
    public (int Assignments, int Mentees) For(FilterPeopleForm form) =>
        form.State is { } state ? ByStatus.GetValueOrDefault(state)
        : form.Type is { } type ? ByType.GetValueOrDefault(type)
        : form.Priority is { } priority ? ByPriority.GetValueOrDefault(priority)
        : throw new ArgumentException("The form asks for no state, type or priority.", nameof(form));
}
