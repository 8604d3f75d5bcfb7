using StretchPortal.Web.Domain;
using StretchPortal.Web.Features.Home;

namespace StretchPortal.Web.Features.Reports;

/// <summary>
/// Where one enrolled mentee stands, for the dashboards and their drill-down: worked out in memory from the scope's
/// few projections, never by a query per mentee. Weeks overdue and whether an assignment has been agreed follow
/// <see cref="AssignmentProgress"/>, as on the home pages; coaching follows <see cref="CoachingProgress"/>.
/// </summary>
public sealed record MenteeStanding(
    Guid EnrolmentId,
    Guid CohortId,
    string CohortName,
    string Mentee,
    string? MentorId,
    string? Mentor,
    EnrolmentStatus Status,
    DateOnly EnrolledOn,
    int DaysSinceEnrolment,
    string? AssignmentTitle,
    AssignmentStatus? AssignmentStatus,
    bool HasAgreedAssignment,
    int WeeksDone,
    int WeeksSlipped,
    int WeeksBlocked,
    int WeeksOverdue,
    int WeeksOverHours,
    double HoursOver,
    int CheckInsLast28Days,
    DateOnly? LastActivity,
    bool IsQuiet,
    MenteeCoaching? Coaching,
    IReadOnlyList<AssignmentFacets> Assignments)
{
    /// <summary>A mentee has gone quiet after this long with no week update and no check-in (from enrolment if none).</summary>
    public const int QuietDays = 14;

    /// <summary>Check-ins count as recent within this many days, today included.</summary>
    public const int RecentCheckInDays = 28;

    public bool IsActive => Status == EnrolmentStatus.Active;

    /// <summary>Days waited for an agreed assignment (since enrolment), or null when one is agreed or not active.</summary>
    public int? DaysWaiting => IsActive && !HasAgreedAssignment ? DaysSinceEnrolment : null;

    internal static MenteeStanding From(
        EnrolmentRow enrolment,
        IReadOnlyList<(AssignmentRow Assignment, List<Guid> Priorities)> assignments,
        CheckInSummary? checkIns,
        IReadOnlyList<CoachingRow> coaching,
        DateOnly today)
    {
        var rows = assignments
            .Select(a => new AssignmentProgress.Row(
                a.Assignment.Id, a.Assignment.EnrolmentId, a.Assignment.Title, a.Assignment.Status, a.Assignment.HasAgreedScope,
                a.Assignment.StartDate, a.Assignment.EndDate, a.Assignment.HoursPerWeek, a.Assignment.CreatedAt,
                a.Assignment.HasBeenAgreed, []))
            .ToList();
        var progress = rows.Select(r => AssignmentProgress.From(r, today)).ToList();
        var current = AssignmentProgress.Current(rows);
        var weeks = assignments.Select(a => a.Assignment.Weeks).ToList();
        var enrolledOn = DateOnly.FromDateTime(enrolment.EnrolledAt);
        var lastUpdate = weeks.Max(w => w.LastUpdate);
        DateOnly? updatedOn = lastUpdate is { } at ? DateOnly.FromDateTime(at) : null;
        var lastActivity = Latest(updatedOn, checkIns?.LastHeldOn);
        var quietSince = lastActivity ?? enrolledOn;

        return new MenteeStanding(
            enrolment.Id,
            enrolment.CohortId,
            enrolment.CohortName,
            enrolment.Mentee,
            enrolment.MentorId,
            enrolment.Mentor,
            enrolment.Status,
            enrolledOn,
            today.DayNumber - enrolledOn.DayNumber,
            current?.Title,
            current?.Status,
            progress.Exists(p => p.HasBeenAgreed),
            weeks.Sum(w => w.Done),
            weeks.Sum(w => w.Slipped),
            weeks.Sum(w => w.Blocked),
            progress.Zip(weeks).Sum(p => WeekTotals.Overdue(p.First.TakesWeeklyUpdates, p.First.StartDate, p.First.EndDate, p.Second.UpdatedAndEnded, today)),
            weeks.Sum(w => w.OverHours),
            Math.Round(weeks.Sum(w => w.HoursOver), 1),
            checkIns?.Recent ?? 0,
            lastActivity,
            IsQuietSince(enrolment.Status, quietSince, today),
            MenteeCoaching.From(coaching, today),
            [.. assignments.Select(a => new AssignmentFacets(a.Assignment.Status, a.Assignment.Type, a.Priorities))]);
    }

    /// <summary>
    /// Where a mentee stands from their enrolment's totals summed in SQL (the programme roll-up), by the same rules as
    /// <see cref="From"/>; names, the current assignment and the assignments' facets are left out (the roll-up counts
    /// its assignments in SQL, see <see cref="AssignmentCounts"/>).
    /// </summary>
    internal static MenteeStanding FromTotals(EnrolmentTotals enrolment, IReadOnlyList<CoachingRow> coaching, DateOnly today)
    {
        var enrolledOn = DateOnly.FromDateTime(enrolment.EnrolledAt);
        DateOnly? updatedOn = enrolment.LastWeekUpdate is { } at ? DateOnly.FromDateTime(at) : null;
        var lastActivity = Latest(updatedOn, enrolment.LastCheckIn);
        return new MenteeStanding(
            enrolment.Id,
            enrolment.CohortId,
            "",
            "",
            enrolment.MentorId,
            null,
            enrolment.Status,
            enrolledOn,
            today.DayNumber - enrolledOn.DayNumber,
            null,
            null,
            enrolment.HasAgreedAssignment,
            enrolment.WeeksDone,
            enrolment.WeeksSlipped,
            enrolment.WeeksBlocked,
            enrolment.WeeksOverdue,
            enrolment.WeeksOverHours,
            Math.Round(enrolment.HoursOver, 1),
            enrolment.RecentCheckIns,
            lastActivity,
            IsQuietSince(enrolment.Status, lastActivity ?? enrolledOn, today),
            MenteeCoaching.From(coaching, today),
            []);
    }

    private static bool IsQuietSince(EnrolmentStatus status, DateOnly quietSince, DateOnly today) =>
        status == EnrolmentStatus.Active && today.DayNumber - quietSince.DayNumber >= QuietDays;

    private static DateOnly? Latest(DateOnly? a, DateOnly? b) => a is null ? b : b is null ? a : (a > b ? a : b);
}

/// <summary>What a drill-down filter needs to know of each assignment: its state, type and ICS priorities.</summary>
public sealed record AssignmentFacets(AssignmentStatus Status, AssignmentType Type, IReadOnlyList<Guid> Priorities);

/// <summary>
/// A mentee's coaching as a coachee, summed over their coaching relationships: sessions held, sessions due by now
/// (one a quarter, four in twelve months, per <see cref="CoachingProgress"/>), and whether any relationship is behind.
/// </summary>
public sealed record MenteeCoaching(int Relationships, int Held, int Expected, bool IsBehind)
{
    internal static MenteeCoaching? From(IReadOnlyList<CoachingRow> relationships, DateOnly today)
    {
        if (relationships.Count == 0)
        {
            return null;
        }

        var standings = relationships.Select(r => CoachingProgress.Standing(r.MatchedOn, r.EndedOn, r.Held, today)).ToList();
        return new MenteeCoaching(relationships.Count, standings.Sum(s => s.Held), standings.Sum(s => s.Expected), standings.Exists(s => s.IsBehind));
    }
}
