using StretchPortal.Web.Domain;

namespace StretchPortal.Web.Features.Alumni;

/// <summary>The alumni page: the directory and posts of the programmes the person is alumni of or leads.</summary>
public sealed class AlumniIndexViewModel
{
    public IReadOnlyList<AlumniDirectoryRow> Directory { get; init; } = [];

    public IReadOnlyList<AlumniPostRow> Posts { get; init; } = [];

    /// <summary>Whether the person is alumni themselves (so has a directory entry to manage), and listed.</summary>
    public bool IsAlumnus { get; init; }

    public bool IsListed { get; init; }

    /// <summary>The programmes the person leads, with how many completed mentees wait to join the alumni.</summary>
    public IReadOnlyList<LedProgrammeRow> LedProgrammes { get; init; } = [];
}

public sealed record AlumniDirectoryRow(
    string Name, string? Role, string? Organisation, string Programme, Guid? AssignmentId, string? Assignment, bool AssignmentPresented);

public sealed record AlumniPostRow(Guid Id, AlumniPostKind Kind, string Title, string Body, string Programme, DateTime PostedAt, DateTime? EventStartsAt);

public sealed record LedProgrammeRow(Guid Id, string Name, int WaitingToJoin);

/// <summary>A programme's mentees as the lead sees them when welcoming them to the alumni.</summary>
public sealed record AlumniMembersViewModel(Guid ProgrammeId, string Programme, IReadOnlyList<AlumniMemberRow> Members);

public sealed record AlumniMemberRow(Guid EnrolmentId, Guid Version, string Mentee, string Cohort, EnrolmentStatus Status);
