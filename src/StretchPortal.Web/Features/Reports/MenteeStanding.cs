using StretchPortal.Web.Domain;
using StretchPortal.Web.Features.Home;

namespace StretchPortal.Web.Features.Reports;

/// <summary>
/// Where one enrolled mentee stands, for the cohort dashboard and its drill-down: worked out in memory from the
/// cohort's few projections, never by a query per mentee. Weeks overdue and hours over come from
/// <see cref="AssignmentProgress"/>, as on the home pages.
/// </summary>
public sealed record MenteeStanding(
    Guid EnrolmentId,
    string Mentee,
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
    IReadOnlySet<Guid> Priorities)
{
    /// <summary>A mentee has gone quiet after this long with no week update and no check-in (from enrolment if none).</summary>
    public const int QuietDays = 14;

    /// <summary>Check-ins count as recent within this many days, today included.</summary>
    public const int RecentCheckInDays = 28;

    public bool IsActive => Status == EnrolmentStatus.Active;

    internal static MenteeStanding From(
        EnrolmentRow enrolment,
        IReadOnlyList<AssignmentProgress.Row> assignments,
        IReadOnlyList<AssignmentFacets> facets,
        DateTime? lastUpdate,
        CheckInSummary? checkIns,
        DateOnly today)
    {
        var progress = assignments.Select(a => AssignmentProgress.From(a, today)).ToList();
        var current = AssignmentProgress.Current(assignments);
        var weeks = assignments.SelectMany(a => a.Weeks.Where(w => w.Updated).Select(w => (Week: w, a.HoursPerWeek))).ToList();
        var enrolledOn = DateOnly.FromDateTime(enrolment.EnrolledAt);
        DateOnly? updatedOn = lastUpdate is { } at ? DateOnly.FromDateTime(at) : null;
        var lastActivity = Latest(updatedOn, checkIns?.LastHeldOn);
        var quietSince = lastActivity ?? enrolledOn;

        return new MenteeStanding(
            enrolment.Id,
            enrolment.Mentee,
            enrolment.Mentor,
            enrolment.Status,
            enrolledOn,
            today.DayNumber - enrolledOn.DayNumber,
            current?.Title,
            current?.Status,
            progress.Exists(p => p.HasBeenAgreed),
            progress.Sum(p => p.WeeksDone),
            weeks.Count(w => w.Week.Status == DeliverableStatus.Slipped),
            weeks.Count(w => w.Week.Status == DeliverableStatus.Blocked),
            progress.Sum(p => p.WeeksOverdue),
            weeks.Count(w => w.Week.HoursWorked > w.HoursPerWeek),
            Math.Round(weeks.Sum(w => Math.Max(0, (w.Week.HoursWorked ?? 0) - w.HoursPerWeek)), 1),
            checkIns?.Recent ?? 0,
            lastActivity,
            enrolment.Status == EnrolmentStatus.Active && today.DayNumber - quietSince.DayNumber >= QuietDays,
            facets.Where(f => f.Status != Domain.AssignmentStatus.Withdrawn).SelectMany(f => f.Priorities).ToHashSet());
    }

    private static DateOnly? Latest(DateOnly? a, DateOnly? b) => a is null ? b : b is null ? a : (a > b ? a : b);
}

internal sealed record EnrolmentRow(Guid Id, string Mentee, string? Mentor, EnrolmentStatus Status, DateTime EnrolledAt);

internal sealed record AssignmentFacets(Guid Id, Guid EnrolmentId, AssignmentStatus Status, AssignmentType Type, List<Guid> Priorities);

internal sealed record CheckInSummary(Guid EnrolmentId, DateOnly LastHeldOn, int Recent);
