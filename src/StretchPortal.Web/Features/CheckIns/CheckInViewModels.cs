namespace StretchPortal.Web.Features.CheckIns;

/// <summary>An enrolment's check-ins, newest first, as the viewer may see them.</summary>
public sealed class CheckInListViewModel
{
    public required CheckInEnrolmentViewModel Enrolment { get; init; }

    public IReadOnlyList<CheckInRowViewModel> CheckIns { get; init; } = [];

    /// <summary>The mentee and their supporters, while the enrolment has not been withdrawn.</summary>
    public bool MayRecord { get; init; }
}

/// <summary>The enrolment as the check-in pages show it, above every page.</summary>
public sealed record CheckInEnrolmentViewModel(Guid Id, string MenteeName, string ProgrammeName, string CohortName);

/// <summary>
/// One check-in. <see cref="Notes"/> holds the notes only when the viewer may read them; otherwise
/// <see cref="NotesHidden"/> says there are private notes, without their content.
/// </summary>
public sealed record CheckInRowViewModel(
    Guid Id,
    DateOnly HeldOn,
    bool IsPlanned,
    string WhoWasThere,
    string RecordedBy,
    string? Notes,
    bool NotesArePrivate,
    bool NotesHidden,
    IReadOnlyList<CheckInActionRowViewModel> Actions);

public sealed record CheckInActionRowViewModel(
    Guid Id, string Description, string? Owner, DateOnly? DueOn, bool IsDone, DateOnly? DoneOn, Guid Version);
