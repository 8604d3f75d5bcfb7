namespace StretchPortal.Web.Domain;

/// <summary>
/// A stretch opportunity a programme lead publishes (seed 001): staff register interest in it while it is open, and
/// the lead selects fairly, recording a reason for every decision. Filling it without open advertising, or from a
/// single candidate, needs an "explain or comply" explanation. The state rules live here.
/// </summary>
public class Opportunity : Entity
{
    /// <summary>The Agenda for Change bands offered as choices.</summary>
    public static IReadOnlyList<string> Bands { get; } =
        ["Band 2", "Band 3", "Band 4", "Band 5", "Band 6", "Band 7", "Band 8a", "Band 8b", "Band 8c", "Band 8d", "Band 9"];

    public OpportunityType Type { get; private set; }

    public string Title { get; private set; } = "";

    public string Description { get; private set; } = "";

    public Guid OrganisationId { get; private set; }

    public Organisation? Organisation { get; private set; }

    public string Team { get; private set; } = "";

    public string Band { get; private set; } = "";

    public decimal HoursPerWeek { get; private set; }

    public string Duration { get; private set; } = "";

    public int Places { get; private set; }

    public DateTime ClosesAtUtc { get; private set; }

    public AdvertisingChannels Channels { get; private set; }

    public bool PositiveAction { get; private set; }

    public OpportunityStatus Status { get; private set; } = OpportunityStatus.Draft;

    public string? ExplainOrComply { get; private set; }

    public string? WithdrawalReason { get; private set; }

    public string PublishedById { get; private set; } = "";

    public DateTime CreatedAtUtc { get; private set; }

    public DateTime? PublishedAtUtc { get; private set; }

    public DateTime? FilledAtUtc { get; private set; }

    /// <summary>
    /// How many expressions of interest are appointed. Kept here, not counted, so that two appointments made at once
    /// both change this row and the second save fails on its <see cref="Entity.Version"/>.
    /// </summary>
    public int Appointed { get; private set; }

    public List<ExpressionOfInterest> ExpressionsOfInterest { get; } = [];

    /// <summary>Advertised openly: through at least one channel.</summary>
    public bool AdvertisedOpenly => Channels != AdvertisingChannels.None;

    public int PlacesLeft => Math.Max(0, Places - Appointed);

    public bool IsEditable => Status is OpportunityStatus.Draft or OpportunityStatus.Open;

    /// <summary>Selection decisions are made while it is open or closed, before it is filled or withdrawn.</summary>
    public bool TakesDecisions => Status is OpportunityStatus.Open or OpportunityStatus.Closed;

    public static Opportunity Draft(OpportunityDetails details, string publishedById, DateTime nowUtc)
    {
        var opportunity = new Opportunity { PublishedById = publishedById, CreatedAtUtc = nowUtc };
        opportunity.Apply(details);
        return opportunity;
    }

    /// <summary>People may express interest while it is open and before its closing date and time.</summary>
    public bool AcceptsInterestAt(DateTime nowUtc) => Status == OpportunityStatus.Open && nowUtc < ClosesAtUtc;

    /// <summary>"Explain or comply": filled without open advertising, or from one candidate, needs an explanation.</summary>
    public bool NeedsExplanation(int expressionsOfInterest) => !AdvertisedOpenly || expressionsOfInterest <= 1;

    public Outcome Revise(OpportunityDetails details)
    {
        if (!IsEditable)
        {
            return Outcome.Refused($"An opportunity that is {Describe(Status)} cannot be changed.");
        }

        if (details.Places < Appointed)
        {
            return Outcome.Refused($"{Appointed} people are already appointed, so there must be at least {Appointed} places.");
        }

        Apply(details);
        return Outcome.Done;
    }

    public Outcome Publish(DateTime nowUtc)
    {
        if (Status != OpportunityStatus.Draft)
        {
            return Outcome.Refused($"Only a draft can be published. This opportunity is {Describe(Status)}.");
        }

        if (ClosesAtUtc <= nowUtc)
        {
            return Outcome.Refused("The closing date has passed. Change it to a date in the future before publishing.");
        }

        Status = OpportunityStatus.Open;
        PublishedAtUtc = nowUtc;
        return Outcome.Done;
    }

    public Outcome Close()
    {
        if (Status != OpportunityStatus.Open)
        {
            return Outcome.Refused($"Only an open opportunity can be closed. This one is {Describe(Status)}.");
        }

        Status = OpportunityStatus.Closed;
        return Outcome.Done;
    }

    /// <summary>Marks it filled once someone is appointed; explain or comply when the rule asks for it.</summary>
    public Outcome MarkFilled(int expressionsOfInterest, string? explanation, DateTime nowUtc)
    {
        if (!TakesDecisions)
        {
            return Outcome.Refused($"Only an open or closed opportunity can be marked filled. This one is {Describe(Status)}.");
        }

        if (Appointed == 0)
        {
            return Outcome.Refused("Appoint someone before marking the opportunity filled.");
        }

        if (NeedsExplanation(expressionsOfInterest) && string.IsNullOrWhiteSpace(explanation))
        {
            return Outcome.Refused(AdvertisedOpenly
                ? "Only one person expressed interest. Explain why the opportunity was filled from a single candidate."
                : "The opportunity was not advertised through any channel. Explain why it was filled without open advertising.");
        }

        Status = OpportunityStatus.Filled;
        FilledAtUtc = nowUtc;
        ExplainOrComply = string.IsNullOrWhiteSpace(explanation) ? null : explanation.Trim();
        return Outcome.Done;
    }

    public Outcome Withdraw(string reason)
    {
        if (Status is OpportunityStatus.Filled or OpportunityStatus.Withdrawn)
        {
            return Outcome.Refused($"An opportunity that is {Describe(Status)} cannot be withdrawn.");
        }

        if (string.IsNullOrWhiteSpace(reason))
        {
            return Outcome.Refused("Enter the reason for withdrawing the opportunity.");
        }

        Status = OpportunityStatus.Withdrawn;
        WithdrawalReason = reason.Trim();
        return Outcome.Done;
    }

    /// <summary>Takes one place. Never more appointments than places.</summary>
    public Outcome Appoint()
    {
        if (!TakesDecisions)
        {
            return Outcome.Refused($"Nobody can be appointed to an opportunity that is {Describe(Status)}.");
        }

        if (Appointed >= Places)
        {
            return Outcome.Refused(Places == 1
                ? "No places remain: the one place on this opportunity is already filled."
                : $"No places remain: all {Places} places on this opportunity are already filled.");
        }

        Appointed++;
        return Outcome.Done;
    }

    /// <summary>Gives a place back when an appointment is reversed.</summary>
    public Outcome Unappoint()
    {
        if (!TakesDecisions)
        {
            return Outcome.Refused($"An appointment cannot be reversed on an opportunity that is {Describe(Status)}.");
        }

        if (Appointed == 0)
        {
            return Outcome.Refused("Nobody is appointed to this opportunity.");
        }

        Appointed--;
        return Outcome.Done;
    }

    private static string Describe(OpportunityStatus status) => status.ToString().ToLowerInvariant();

    private void Apply(OpportunityDetails details)
    {
        Type = details.Type;
        Title = details.Title.Trim();
        Description = details.Description.Trim();
        OrganisationId = details.OrganisationId;
        Team = details.Team.Trim();
        Band = details.Band.Trim();
        HoursPerWeek = details.HoursPerWeek;
        Duration = details.Duration.Trim();
        Places = details.Places;
        ClosesAtUtc = details.ClosesAtUtc;
        Channels = details.Channels;
        PositiveAction = details.PositiveAction;
    }
}

/// <summary>What a lead writes about an opportunity; the closing moment is in UTC.</summary>
public sealed record OpportunityDetails(
    OpportunityType Type,
    string Title,
    string Description,
    Guid OrganisationId,
    string Team,
    string Band,
    decimal HoursPerWeek,
    string Duration,
    int Places,
    DateTime ClosesAtUtc,
    AdvertisingChannels Channels,
    bool PositiveAction);
