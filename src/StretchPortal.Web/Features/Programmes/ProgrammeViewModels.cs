namespace StretchPortal.Web.Features.Programmes;

/// <summary>The programmes a person leads.</summary>
public sealed record ProgrammeListViewModel(IReadOnlyList<ProgrammeListRow> Programmes);

public sealed record ProgrammeListRow(Guid Id, string Name, string Year, string Organisation, int Cohorts, int ActiveMentees);

/// <summary>One programme as its leads see it: the summary, its cohorts and its leads.</summary>
public sealed class ProgrammeDetailsViewModel
{
    public Guid Id { get; init; }

    public string Name { get; init; } = "";

    public string? Description { get; init; }

    public string Organisation { get; init; } = "";

    public string Year { get; init; } = "";

    public DateOnly PracticalElementStart { get; init; }

    public DateOnly PracticalElementEnd { get; init; }

    public IReadOnlyList<ProgrammeCohortRow> Cohorts { get; init; } = [];

    public IReadOnlyList<ProgrammeLeadRow> Leads { get; init; } = [];
}

public sealed record ProgrammeCohortRow(Guid Id, string Name, DateOnly StartDate, DateOnly EndDate, int ActiveMentees);

public sealed record ProgrammeLeadRow(string FullName, string? Email);
