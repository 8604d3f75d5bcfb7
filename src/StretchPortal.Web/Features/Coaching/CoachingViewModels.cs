using StretchPortal.Web.Domain;

namespace StretchPortal.Web.Features.Coaching;

/// <summary>An application as its applicant and the programme lead see it, with the criteria met and unmet.</summary>
public sealed record CoachApplicationViewModel(
    Guid Id,
    Guid Version,
    string ApplicantName,
    string? ApplicantEmail,
    string? JobTitle,
    string? Organisation,
    string QualificationName,
    string QualificationProvider,
    int QualificationLevel,
    string ExperienceSummary,
    int NumberOfCoachees,
    string CoacheeSeniority,
    string CoachingRegister,
    string RegionsOffered,
    string LineManagerName,
    string LineManagerEmail,
    DateTime? LineManagerConfirmedAtUtc,
    DateTime? LineManagerLinkExpiresAtUtc,
    DateTime SubmittedAtUtc,
    CoachApplicationStatus Status,
    string? DecisionReason,
    string? DecidedBy,
    DateTime? DecidedAtUtc,
    IReadOnlyList<CoachCriterion> Criteria)
{
    public bool IsOpen => Status == CoachApplicationStatus.Submitted;

    public bool MayBeApproved => IsOpen && Criteria.Where(c => c.Required).All(c => c.Met);
}

/// <summary>One row of the lead's list of applications.</summary>
public sealed record CoachApplicationRowViewModel(
    Guid Id,
    string ApplicantName,
    DateTime SubmittedAtUtc,
    int QualificationLevel,
    bool LineManagerConfirmed,
    CoachApplicationStatus Status,
    int CriteriaMet,
    int CriteriaCount,
    IReadOnlyList<string> Unmet);

/// <summary>The line manager's confirmation page: what they are confirming, or why the link no longer works.</summary>
public sealed record LineManagerConfirmViewModel(string Token, string ApplicantName, string? JobTitle, string? Organisation, string LineManagerName);

/// <summary>The /Coaching page: the person's own application, training, capacity and coachees, and their coach.</summary>
public sealed class CoachingHomeViewModel
{
    public CoachApplicationSummary? Application { get; init; }

    public IReadOnlyList<WorkshopBookingViewModel> Bookings { get; init; } = [];

    public IReadOnlyList<WorkshopViewModel> OpenWorkshops { get; init; } = [];

    public IReadOnlyList<CoachingRelationshipRowViewModel> Coachees { get; init; } = [];

    public IReadOnlyList<CoachingRelationshipRowViewModel> Coaches { get; init; } = [];

    public bool MayManage { get; init; }

    public SetCapacityForm CapacityForm { get; init; } = new();
}

/// <summary>Where the person's latest application stands.</summary>
public sealed record CoachApplicationSummary(
    Guid Id,
    CoachApplicationStatus Status,
    bool LineManagerConfirmed,
    bool Attended1,
    bool Attended2,
    DateTime? RecordedSessionConfirmedAtUtc,
    DateTime? TrainedAtUtc,
    int Capacity)
{
    public bool IsApproved => Status == CoachApplicationStatus.Approved;

    public bool IsTrained => TrainedAtUtc is not null;
}

public sealed record WorkshopViewModel(Guid Id, int Part, DateTime StartsAtUtc, string Place, int Capacity, int Booked);

public sealed record WorkshopBookingViewModel(Guid BookingId, Guid Version, Guid WorkshopId, int Part, DateTime StartsAtUtc, string Place, string CoachName, bool Attended, bool AttendanceRecorded);

/// <summary>The lead's workshop page: each date with its bookings.</summary>
public sealed record WorkshopWithBookingsViewModel(WorkshopViewModel Workshop, IReadOnlyList<WorkshopBookingViewModel> Bookings);

/// <summary>A coaching relationship with its "2 of 4" standing.</summary>
public sealed record CoachingRelationshipRowViewModel(
    Guid Id,
    string CoachName,
    string CoacheeName,
    DateOnly MatchedOn,
    DateOnly? EndedOn,
    CoachingStanding Standing,
    DateOnly? NextDue,
    DateOnly? LastSession);

/// <summary>A coach the lead could match with the coachee, and why they are suggested.</summary>
public sealed record CoachSuggestionViewModel(
    string CoachId,
    string Name,
    string? Organisation,
    string RegionsOffered,
    bool RegionMatches,
    int Load,
    int Capacity);

/// <summary>The Match page: the coachee found by email, and the coaches suggested for them.</summary>
public sealed class MatchPageViewModel
{
    public string? CoacheeEmail { get; init; }

    public MatchCoacheeViewModel? Coachee { get; init; }

    public IReadOnlyList<CoachSuggestionViewModel> Suggestions { get; init; } = [];

    public IReadOnlyList<CoachSuggestionViewModel> Others { get; init; } = [];

    public string? NotFound { get; init; }
}

public sealed record MatchCoacheeViewModel(string Id, string Name, string? Organisation, NhsRegion? Region, IReadOnlyList<string> CurrentCoaches);

/// <summary>A coaching relationship's sessions; notes only when the viewer is the coach.</summary>
public sealed class SessionsPageViewModel
{
    public required CoachingRelationshipRowViewModel Relationship { get; init; }

    public required IReadOnlyList<SessionRowViewModel> Sessions { get; init; }

    public bool IsCoach { get; init; }

    /// <summary>The coach and the coachee may put the sessions in their calendars.</summary>
    public bool MayAddToCalendar { get; set; }

    public LogSessionForm Form { get; init; } = new();

    /// <summary>The form to end the relationship, for the coach and the programme lead while it has not ended.</summary>
    public EndCoachingForm? EndForm { get; set; }
}

public sealed record SessionRowViewModel(Guid Id, DateOnly HeldOn, int Minutes, SessionMode Mode, string? PrivateNotes);

/// <summary>The supervision page: the chosen quarter and each approved coach's attendance.</summary>
public sealed class SupervisionPageViewModel
{
    public required CoachingQuarter Quarter { get; init; }

    public required IReadOnlyList<SupervisionRowViewModel> Rows { get; init; }

    public required RecordSupervisionForm Form { get; init; }
}

public sealed record SupervisionRowViewModel(string CoachId, string CoachName, bool? Attended, DateOnly? AttendedOn, int AttendedInLastFour);
