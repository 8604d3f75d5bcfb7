using Microsoft.EntityFrameworkCore;
using StretchPortal.Web.Data;
using StretchPortal.Web.Domain;

namespace StretchPortal.Web.Features.Reports;

/// <summary>What a report covers: one cohort, or every cohort of a programme (the roll-up).</summary>
public sealed record ReportScope(Guid ProgrammeId, Guid? CohortId)
{
    /// <summary>The scope's part of a drill-down link: <c>cohortId=…</c> or <c>programmeId=…</c>.</summary>
    public string QueryString => CohortId is { } cohortId ? $"cohortId={cohortId}" : $"programmeId={ProgrammeId}";
}

/// <summary>Every mentee of a scope with where they stand, and the ICS priorities, as of today.</summary>
public sealed record ReportData(DateOnly Today, IReadOnlyList<MenteeStanding> People, IReadOnlyList<PriorityOption> Priorities)
{
    public string? PriorityName(Guid id) => Priorities.FirstOrDefault(p => p.Id == id)?.Name;
}

public sealed record PriorityOption(Guid Id, string Name, bool IsArchived);

/// <summary>
/// The service's one read of a scope: six queries, whatever its size: enrolments, assignments with their week totals
/// (kept on each assignment, see <see cref="WeekTotals"/>), their ICS priorities, check-ins and coaching summed per
/// enrolment in SQL, and the priorities. Each query starts
/// from the scope's enrolments (indexed on <c>CohortId</c>; a programme's through the indexed
/// <c>Cohorts.ProgrammeId</c>) and reaches the rest through indexed foreign keys, so the cost follows the scope, not
/// the database: no week row is read into memory, and only the current and future weeks are read at all.
/// </summary>
public sealed partial class ReportsService
{
    /// <summary>The mentees as coachees: their coaching relationships with the sessions held so far.</summary>
    private Task<List<CoachingRow>> CoachingOfAsync(IQueryable<Enrolment> enrolments, DateOnly today, CancellationToken cancellationToken) =>
        (from e in enrolments
         join r in db.CoachingRelationships on e.MenteeId equals r.CoacheeId
         select new CoachingRow(e.Id, r.MatchedOn, r.EndedOn, r.Sessions.Count(s => s.HeldOn <= today)))
        .ToListAsync(cancellationToken);

    private Task<List<PriorityOption>> PriorityOptionsAsync(CancellationToken cancellationToken) =>
        db.IcsPriorities.AsNoTracking()
            .OrderBy(p => p.SortOrder).ThenBy(p => p.Name)
            .Select(p => new PriorityOption(p.Id, p.Name, p.IsArchived))
            .ToListAsync(cancellationToken);

    private async Task<ReportData> LoadAsync(ReportScope scope, DateOnly today, CancellationToken cancellationToken)
    {
        var recentSince = today.AddDays(-(MenteeStanding.RecentCheckInDays - 1));
        var endedBefore = today.AddDays(-6);
        var enrolments = scope.CohortId is { } cohortId
            ? db.Enrolments.AsNoTracking().Where(e => e.CohortId == cohortId)
            : db.Enrolments.AsNoTracking().Where(e => e.Cohort!.ProgrammeId == scope.ProgrammeId);

        var people = await enrolments
            .Select(e => new EnrolmentRow(
                e.Id, e.CohortId, e.Cohort!.Name, e.MenteeId, e.Mentee!.FullName, e.MentorId, e.Mentor!.FullName, e.Status, e.EnrolledAt))
            .ToListAsync(cancellationToken);

        // One row per assignment with its week totals (WeekTotals), kept on the assignment as its weeks are saved; only
        // the updated weeks that have not ended yet are counted here, from the few current and future weeks of an
        // assignment still running with some weeks updated. "Agreed"
        // is read from AgreedAt, set with the agreed scope, so the row comes from IX_StretchAssignments_Report alone.
        var lastEnded = WeekTotals.LastEndedMonday(today);
        var assignments = await (
                from e in enrolments
                join a in db.StretchAssignments on e.Id equals a.EnrolmentId
                select new AssignmentRow(
                    a.Id, a.EnrolmentId, a.Title, a.Status, a.Type, a.AgreedAt != null, a.StartDate, a.EndDate,
                    a.HoursPerWeek, a.CreatedAt, a.AgreedAt != null,
                    new WeekTotalsRow(
                        a.WeeksDone,
                        a.WeeksSlipped,
                        a.WeeksBlocked,
                        a.EndDate > lastEnded && a.WeeksUpdated > 0
                            ? a.WeeksUpdated - a.Weeks.Count(w => w.UpdatedAt != null && w.WeekStarting > lastEnded && w.WeekStarting > a.StartDate.AddDays(-7) && w.WeekStarting <= a.EndDate)
                            : a.WeeksUpdated,
                        a.WeeksOverHours,
                        a.HoursOver,
                        a.LastWeekUpdateAt)))
            .ToListAsync(cancellationToken);

        var priorities = await (
                from e in enrolments
                join a in db.StretchAssignments on e.Id equals a.EnrolmentId
                from p in a.Priorities
                select new { p.AssignmentId, p.IcsPriorityId })
            .ToListAsync(cancellationToken);

        var checkIns = await (
                from e in enrolments
                join c in db.CheckIns on e.Id equals c.EnrolmentId
                where c.HeldOn <= today
                group c by c.EnrolmentId into g
                select new CheckInSummary(g.Key, g.Max(c => c.HeldOn), g.Count(c => c.HeldOn >= recentSince)))
            .ToDictionaryAsync(c => c.EnrolmentId, cancellationToken);

        var coaching = await CoachingOfAsync(enrolments, today, cancellationToken);
        var priorityOptions = await PriorityOptionsAsync(cancellationToken);

        var prioritiesByAssignment = priorities.ToLookup(p => p.AssignmentId, p => p.IcsPriorityId);
        var assignmentsByEnrolment = assignments.ToLookup(a => a.EnrolmentId);
        var coachingByEnrolment = coaching.ToLookup(c => c.EnrolmentId);
        var standings = people
            .Select(e => MenteeStanding.From(
                e,
                [.. assignmentsByEnrolment[e.Id].Select(a => (a, prioritiesByAssignment[a.Id].ToList()))],
                checkIns.GetValueOrDefault(e.Id),
                [.. coachingByEnrolment[e.Id]],
                today))
            .ToList();
        return new ReportData(today, standings, priorityOptions);
    }
}

internal sealed record EnrolmentRow(
    Guid Id, Guid CohortId, string CohortName, string MenteeId, string Mentee, string? MentorId, string? Mentor, EnrolmentStatus Status, DateTime EnrolledAt);

internal sealed record AssignmentRow(
    Guid Id,
    Guid EnrolmentId,
    string Title,
    AssignmentStatus Status,
    AssignmentType Type,
    bool HasAgreedScope,
    DateOnly StartDate,
    DateOnly EndDate,
    double HoursPerWeek,
    DateTime CreatedAt,
    bool HasBeenAgreed,
    WeekTotalsRow Weeks);

/// <summary>An assignment's week totals as kept on it, with the updated weeks that have ended by today.</summary>
internal sealed record WeekTotalsRow(int Done, int Slipped, int Blocked, int UpdatedAndEnded, int OverHours, double HoursOver, DateTime? LastUpdate);

internal sealed record CheckInSummary(Guid EnrolmentId, DateOnly LastHeldOn, int Recent);

internal sealed record CoachingRow(Guid EnrolmentId, DateOnly MatchedOn, DateOnly? EndedOn, int Held);
