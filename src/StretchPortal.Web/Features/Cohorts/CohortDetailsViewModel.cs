using StretchPortal.Web.Domain;

namespace StretchPortal.Web.Features.Cohorts;

/// <summary>A cohort as its programme's leads see it: dates and everyone enrolled, with their support network.</summary>
public sealed class CohortDetailsViewModel
{
    public Guid Id { get; init; }

    public Guid ProgrammeId { get; init; }

    public string ProgrammeName { get; init; } = "";

    public string Name { get; init; } = "";

    public DateOnly StartDate { get; init; }

    public DateOnly EndDate { get; init; }

    public IReadOnlyList<CohortEnrolmentRow> Enrolments { get; init; } = [];
}

public sealed record CohortEnrolmentRow(
    Guid Id, string Mentee, string? Mentor, string? Sponsor, string? Coach, EnrolmentStatus Status, string? WithdrawalReason);
