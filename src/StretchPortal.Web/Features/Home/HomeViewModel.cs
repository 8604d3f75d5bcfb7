using StretchPortal.Web.Domain;

namespace StretchPortal.Web.Features.Home;

/// <summary>A person's home page: one section for each role they hold.</summary>
public sealed class HomeViewModel
{
    public string FullName { get; init; } = "";

    public IReadOnlyList<string> Roles { get; init; } = [];

    public MenteeHome? Mentee { get; init; }

    public MentorHome? Mentor { get; init; }

    public IReadOnlyList<SupportedMentee> Sponsored { get; init; } = [];

    public IReadOnlyList<SupportedMentee> Coachees { get; init; } = [];

    public IReadOnlyList<LedProgramme> Programmes { get; init; } = [];

    public PeopleSummary? People { get; init; }

    public bool Holds(string role) => Roles.Contains(role);
}

/// <summary>The mentee's section: their enrolments, assignments, this week, check-in actions and next check-in.</summary>
public sealed record MenteeHome(
    IReadOnlyList<MyEnrolment> Enrolments,
    IReadOnlyList<AssignmentProgress> Assignments,
    IReadOnlyList<MyAction> OpenActions,
    NextCheckIn? NextCheckIn)
{
    /// <summary>A mentee with an active enrolment can draft a stretch assignment.</summary>
    public bool CanDraftAssignment => Enrolments.Any(e => e.Status == EnrolmentStatus.Active);

    /// <summary>The assignments that take weekly updates now, for "This week".</summary>
    public IEnumerable<AssignmentProgress> Weekly => Assignments.Where(a => a.TakesWeeklyUpdates);
}

public sealed record MyEnrolment(
    Guid Id, string Programme, string Cohort, EnrolmentStatus Status, string? Mentor, string? Sponsor, string? Coach);

/// <summary>An open action from one of the mentee's check-ins.</summary>
public sealed record MyAction(Guid EnrolmentId, string Description, DateOnly? DueOn, DateOnly AgreedOn, bool IsOverdue);

/// <summary>The mentee's next check-in and who it is with.</summary>
public sealed record NextCheckIn(Guid EnrolmentId, DateOnly HeldOn, IReadOnlyList<string> With);

/// <summary>The mentor's section: assignments waiting for them, each mentee at a glance, and weeks to comment on.</summary>
public sealed record MentorHome(
    IReadOnlyList<AssignmentWaiting> WaitingForAgreement,
    IReadOnlyList<MenteeAtAGlance> Mentees,
    IReadOnlyList<RecentUpdate> RecentUpdates);

public sealed record AssignmentWaiting(Guid Id, string Title, string Mentee, DateTime? SubmittedAt, bool IsScopeChange);

/// <summary>One active mentee: their current assignment, if any, and whether any assignment has been agreed.</summary>
public sealed record MenteeAtAGlance(
    Guid EnrolmentId, string FullName, string? JobTitle, string Programme, string Cohort, AssignmentProgress? Current, bool HasAgreedAssignment)
{
    public bool IsOnTrack => HasAgreedAssignment && Current is not { WeeksOverdue: > 0 } && Current is not { OverHours: true };
}

/// <summary>A week a mentee updated lately that the mentor has neither commented on nor signed off.</summary>
public sealed record RecentUpdate(
    Guid Id, string Mentee, string Assignment, DateOnly WeekStarting, DeliverableStatus Status, double? HoursWorked, bool OverHours, DateTime UpdatedAt);

/// <summary>A mentee the person sponsors or coaches, with their assignments, read-only.</summary>
public sealed record SupportedMentee(
    Guid EnrolmentId, string FullName, string? JobTitle, string Programme, string Cohort, IReadOnlyList<AssignmentProgress> Assignments);

public sealed record LedProgramme(Guid Id, string Name, string Year, int Cohorts, int ActiveEnrolments);

public sealed record PeopleSummary(int Active, int Deactivated, int Unconfirmed);
