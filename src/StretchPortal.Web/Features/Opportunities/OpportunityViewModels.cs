using StretchPortal.Web.Domain;

namespace StretchPortal.Web.Features.Opportunities;

/// <summary>The filters on the list of open opportunities, read from the query string.</summary>
public sealed class OpportunityFilter
{
    public const int ClosingSoonDays = 14;

    public OpportunityType? Type { get; set; }

    public Guid? OrganisationId { get; set; }

    public string? Band { get; set; }

    public bool ClosingSoon { get; set; }

    public int Page { get; set; } = 1;
}

public sealed record OpportunityListRow(
    Guid Id,
    string Title,
    OpportunityType Type,
    string Organisation,
    string Team,
    string Band,
    DateTime ClosesAtUtc,
    bool PositiveAction);

public sealed class OpportunityListViewModel
{
    public const int PageSize = 20;

    public required OpportunityFilter Filter { get; init; }

    public required IReadOnlyList<OpportunityListRow> Rows { get; init; }

    public required int Total { get; init; }

    public required IReadOnlyList<Microsoft.AspNetCore.Mvc.Rendering.SelectListItem> Organisations { get; init; }

    public bool MayManage { get; init; }

    public int Page => Filter.Page;

    public int PageCount => Math.Max(1, (Total + PageSize - 1) / PageSize);

    public string PageUrl(int page)
    {
        var query = new List<string>();
        if (Filter.Type is { } type)
        {
            query.Add("Type=" + type);
        }

        if (Filter.OrganisationId is { } organisation)
        {
            query.Add("OrganisationId=" + organisation);
        }

        if (!string.IsNullOrEmpty(Filter.Band))
        {
            query.Add("Band=" + Uri.EscapeDataString(Filter.Band));
        }

        if (Filter.ClosingSoon)
        {
            query.Add("ClosingSoon=true");
        }

        query.Add("Page=" + page);
        return "/Opportunities?" + string.Join("&", query);
    }
}

/// <summary>One opportunity as anyone signed in sees it, with their own expression of interest if they made one.</summary>
public sealed class OpportunityDetailsViewModel
{
    public required Guid Id { get; init; }

    public required Guid Version { get; init; }

    public required string Title { get; init; }

    public required OpportunityType Type { get; init; }

    public required string Description { get; init; }

    public required string Organisation { get; init; }

    public required string Team { get; init; }

    public required string Band { get; init; }

    public required decimal HoursPerWeek { get; init; }

    public required string Duration { get; init; }

    public required int Places { get; init; }

    public required int Appointed { get; init; }

    public required DateTime ClosesAtUtc { get; init; }

    public required AdvertisingChannels Channels { get; init; }

    public required bool PositiveAction { get; init; }

    public required OpportunityStatus Status { get; init; }

    public string? ExplainOrComply { get; init; }

    public string? WithdrawalReason { get; init; }

    public MyInterest? Mine { get; init; }

    /// <summary>Whether the person may still express interest now (open and before the closing moment).</summary>
    public bool AcceptsInterest { get; init; }

    public bool MayManage { get; init; }

    public int Interests { get; init; }

    public ExpressInterestForm Form { get; set; } = new();
}

public sealed record MyInterest(Guid Id, EoiStage Stage, string Statement, DateTime SubmittedAtUtc, bool MayWithdraw);

/// <summary>A person's own expressions of interest and their outcomes.</summary>
public sealed record MyInterestRow(Guid OpportunityId, string Title, string Organisation, DateTime ClosesAtUtc, EoiStage Stage, DateTime SubmittedAtUtc);

public sealed record ManageRow(Guid Id, string Title, OpportunityType Type, string Organisation, OpportunityStatus Status, DateTime ClosesAtUtc, int Places, int Appointed, int Interests);

public sealed record ManageListViewModel(IReadOnlyList<ManageRow> Rows);

/// <summary>The candidates for an opportunity with their stage and decision history, and a decision form for each.</summary>
public sealed class CandidatesViewModel
{
    public required Guid Id { get; init; }

    public required string Title { get; init; }

    public required OpportunityStatus Status { get; init; }

    public required int Places { get; init; }

    public required int Appointed { get; init; }

    public required bool AdvertisedOpenly { get; init; }

    public required IReadOnlyList<CandidateRow> Candidates { get; init; }

    /// <summary>The expression of interest whose decision form failed, to show its errors and keep its input.</summary>
    public Guid? FailedInterestId { get; set; }

    public DecideForm FailedForm { get; set; } = new();

    public bool TakesDecisions => Status is OpportunityStatus.Open or OpportunityStatus.Closed;
}

public sealed record CandidateRow(
    Guid Id, string Name, string? JobTitle, string Statement, EoiStage Stage, DateTime SubmittedAtUtc, IReadOnlyList<DecisionRow> Decisions);

public sealed record DecisionRow(EoiStage Decision, string Reason, string DecidedBy, DateTime DecidedAtUtc);

/// <summary>What the page that marks an opportunity filled shows, saying whether "explain or comply" applies.</summary>
public sealed record FillSummary(Guid Id, string Title, bool AdvertisedOpenly, int Interests, int Appointed, bool NeedsExplanation);
