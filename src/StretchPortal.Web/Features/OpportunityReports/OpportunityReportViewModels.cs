using StretchPortal.Web.Domain;

namespace StretchPortal.Web.Features.OpportunityReports;

/// <summary>An opportunity as the opportunities report lists it.</summary>
public sealed record OpportunityReportRow(
    Guid Id,
    string Title,
    OpportunityType Type,
    string Organisation,
    string Band,
    OpportunityStatus Status,
    DateTime ClosesAtUtc,
    AdvertisingChannels Channels,
    bool PositiveAction,
    int ExpressionsOfInterest,
    int Appointed,
    string? ExplainOrComply)
{
    public bool AdvertisedOpenly => Channels != AdvertisingChannels.None;

    /// <summary>Filled without open advertising or from one candidate: "explain or comply" applies.</summary>
    public bool NeedsExplanation => Status == OpportunityStatus.Filled && (!AdvertisedOpenly || ExpressionsOfInterest <= 1);
}

public sealed record TypeCount(OpportunityType Type, int Total, int Open, int Filled, int PositiveAction);

public sealed class OpportunitiesReportViewModel
{
    public required IReadOnlyList<TypeCount> ByType { get; init; }

    public required IReadOnlyList<OpportunityReportRow> Opportunities { get; init; }

    public IEnumerable<OpportunityReportRow> ExplainOrComply =>
        Opportunities.Where(o => o.NeedsExplanation || o.ExplainOrComply is not null);
}

public sealed record LeaverRow(string Person, DateOnly LeftOn, LeaverReason Reason, string? Note, string RecordedBy, bool WasAppointed, bool WasEnrolled);

public sealed class TurnoverReportViewModel
{
    public required IReadOnlyList<(LeaverReason Reason, int Count)> ByReason { get; init; }

    public required IReadOnlyList<LeaverRow> Leavers { get; init; }

    /// <summary>People appointed to an opportunity or who completed a programme: those "after development".</summary>
    public required int Developed { get; init; }
}

public sealed record ImprovementRow(string Title, string Mentee, string Programme, DateOnly? CompletedOn, string Improvements);
