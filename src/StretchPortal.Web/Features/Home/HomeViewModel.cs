using StretchPortal.Web.Domain;

namespace StretchPortal.Web.Features.Home;

/// <summary>A person's home page: one section for each role they hold.</summary>
public sealed class HomeViewModel
{
    public string FullName { get; init; } = "";

    public IReadOnlyList<string> Roles { get; init; } = [];

    public IReadOnlyList<MyEnrolment> MyEnrolments { get; init; } = [];

    public IReadOnlyList<SupportedMentee> Mentees { get; init; } = [];

    public IReadOnlyList<SupportedMentee> Sponsored { get; init; } = [];

    public IReadOnlyList<SupportedMentee> Coachees { get; init; } = [];

    public IReadOnlyList<LedProgramme> Programmes { get; init; } = [];

    public PeopleSummary? People { get; init; }

    public bool Holds(string role) => Roles.Contains(role);
}

public sealed record MyEnrolment(
    string Programme, string Cohort, EnrolmentStatus Status, string? Mentor, string? Sponsor, string? Coach);

public sealed record SupportedMentee(Guid EnrolmentId, string FullName, string? JobTitle, string Programme, string Cohort);

public sealed record LedProgramme(Guid Id, string Name, string Year, int Cohorts, int ActiveEnrolments);

public sealed record PeopleSummary(int Active, int Deactivated, int Unconfirmed);
