using StretchPortal.Web.Domain;

namespace StretchPortal.UnitTests.Domain;

public sealed class OpportunityTests
{
    private static readonly DateTime Now = new(2026, 11, 22, 10, 0, 0, DateTimeKind.Utc);

    private static Opportunity Open(int places = 1, AdvertisingChannels channels = AdvertisingChannels.Email, DateTime? closes = null)
    {
        var opportunity = Draft(places, channels, closes);
        Assert.True(opportunity.Publish(Now).Succeeded);
        return opportunity;
    }

    private static Opportunity Draft(int places = 1, AdvertisingChannels channels = AdvertisingChannels.Email, DateTime? closes = null) =>
        Opportunity.Draft(
            new OpportunityDetails(OpportunityType.Secondment, " Secondment ", "Description", Guid.NewGuid(), "Team", "Band 7", 37.5m,
                "6 months", places, closes ?? Now.AddDays(7), channels, PositiveAction: false),
            "lead",
            Now);

    private static ExpressionOfInterest Interest(Opportunity opportunity, string personId = "person")
    {
        var (outcome, interest) = ExpressionOfInterest.Submit(opportunity, personId, "Statement", Now);
        Assert.True(outcome.Succeeded);
        return interest!;
    }

    [Fact]
    public void A_draft_is_published_only_while_its_closing_date_is_ahead()
    {
        var late = Draft(closes: Now.AddMinutes(-1));
        var timely = Draft();

        Assert.False(late.Publish(Now).Succeeded);
        Assert.Equal(OpportunityStatus.Draft, late.Status);
        Assert.True(timely.Publish(Now).Succeeded);
        Assert.Equal(OpportunityStatus.Open, timely.Status);
        Assert.Equal("Secondment", timely.Title);
        Assert.False(timely.Publish(Now).Succeeded);
    }

    [Fact]
    public void Interest_is_accepted_until_the_closing_moment_and_not_at_it()
    {
        var opportunity = Open(closes: Now.AddHours(1));

        Assert.True(ExpressionOfInterest.Submit(opportunity, "a", "Statement", Now.AddMinutes(59)).Outcome.Succeeded);
        var (atClose, none) = ExpressionOfInterest.Submit(opportunity, "b", "Statement", Now.AddHours(1));
        Assert.False(atClose.Succeeded);
        Assert.Equal("The closing date for this opportunity has passed.", atClose.Refusal);
        Assert.Null(none);
    }

    [Fact]
    public void Interest_in_a_draft_or_closed_opportunity_is_refused()
    {
        var closed = Open();
        closed.Close();

        Assert.False(ExpressionOfInterest.Submit(Draft(), "a", "Statement", Now).Outcome.Succeeded);
        Assert.False(ExpressionOfInterest.Submit(closed, "a", "Statement", Now).Outcome.Succeeded);
    }

    [Fact]
    public void A_decision_needs_a_reason()
    {
        var opportunity = Open();
        var interest = Interest(opportunity);

        var outcome = interest.Decide(opportunity, EoiStage.Shortlisted, "  ", "lead", Now);

        Assert.False(outcome.Succeeded);
        Assert.Equal(EoiStage.Submitted, interest.Stage);
        Assert.Empty(interest.Decisions);
    }

    [Fact]
    public void Appointing_takes_a_place_and_never_more_than_the_places()
    {
        var opportunity = Open(places: 1);
        var first = Interest(opportunity, "a");
        var second = Interest(opportunity, "b");
        first.Decide(opportunity, EoiStage.Shortlisted, "Good", "lead", Now);
        second.Decide(opportunity, EoiStage.Shortlisted, "Good", "lead", Now);

        Assert.True(first.Decide(opportunity, EoiStage.Appointed, "Best", "lead", Now).Succeeded);
        var refused = second.Decide(opportunity, EoiStage.Appointed, "Also good", "lead", Now);

        Assert.False(refused.Succeeded);
        Assert.StartsWith("No places remain", refused.Refusal, StringComparison.Ordinal);
        Assert.Equal(1, opportunity.Appointed);
        Assert.Equal(0, opportunity.PlacesLeft);
        Assert.Equal(EoiStage.Shortlisted, second.Stage);
    }

    [Fact]
    public void Reversing_an_appointment_gives_the_place_back_and_keeps_the_history()
    {
        var opportunity = Open(places: 1);
        var interest = Interest(opportunity);
        interest.Decide(opportunity, EoiStage.Shortlisted, "Good", "lead", Now);
        interest.Decide(opportunity, EoiStage.Appointed, "Best", "lead", Now);

        Assert.True(interest.Decide(opportunity, EoiStage.NotAppointed, "Withdrew after offer", "lead", Now).Succeeded);

        Assert.Equal(0, opportunity.Appointed);
        Assert.Equal([EoiStage.Shortlisted, EoiStage.Appointed, EoiStage.NotAppointed], interest.Decisions.Select(d => d.Decision));
    }

    [Fact]
    public void Appointing_needs_shortlisting_first_and_a_withdrawn_interest_takes_no_decision()
    {
        var opportunity = Open(places: 2);
        var interest = Interest(opportunity, "a");
        var withdrawn = Interest(opportunity, "b");
        Assert.True(withdrawn.Withdraw(opportunity, Now).Succeeded);

        Assert.False(interest.Decide(opportunity, EoiStage.Appointed, "Tap on the shoulder", "lead", Now).Succeeded);
        Assert.False(withdrawn.Decide(opportunity, EoiStage.Shortlisted, "Good", "lead", Now).Succeeded);
        Assert.Equal(0, opportunity.Appointed);
    }

    [Fact]
    public void A_person_withdraws_before_the_closing_moment_only()
    {
        var opportunity = Open(closes: Now.AddHours(1));
        var early = Interest(opportunity, "a");
        var late = Interest(opportunity, "b");

        Assert.True(early.Withdraw(opportunity, Now).Succeeded);
        Assert.Equal(EoiStage.Withdrawn, early.Stage);
        Assert.False(late.Withdraw(opportunity, Now.AddHours(1)).Succeeded);
        Assert.Equal(EoiStage.Submitted, late.Stage);
    }

    [Fact]
    public void A_person_who_withdrew_may_express_interest_again_while_it_is_open()
    {
        var opportunity = Open();
        var interest = Interest(opportunity);
        interest.Withdraw(opportunity, Now);

        Assert.True(interest.Resubmit(opportunity, "New statement", Now.AddMinutes(5)).Succeeded);
        Assert.Equal(EoiStage.Submitted, interest.Stage);
        Assert.Equal("New statement", interest.Statement);
        Assert.False(interest.Resubmit(opportunity, "Again", Now).Succeeded);
    }

    [Fact]
    public void Filled_without_any_advertising_needs_an_explanation()
    {
        var opportunity = Open(channels: AdvertisingChannels.None);
        var a = Interest(opportunity, "a");
        Interest(opportunity, "b");
        a.Decide(opportunity, EoiStage.Shortlisted, "Good", "lead", Now);
        a.Decide(opportunity, EoiStage.Appointed, "Best", "lead", Now);

        Assert.False(opportunity.AdvertisedOpenly);
        Assert.False(opportunity.MarkFilled(2, null, Now).Succeeded);
        Assert.True(opportunity.MarkFilled(2, " Urgent cover ", Now).Succeeded);
        Assert.Equal(OpportunityStatus.Filled, opportunity.Status);
        Assert.Equal("Urgent cover", opportunity.ExplainOrComply);
        Assert.Equal(Now, opportunity.FilledAtUtc);
    }

    [Fact]
    public void Filled_from_one_candidate_needs_an_explanation_but_open_competition_does_not()
    {
        var single = Open();
        var only = Interest(single);
        only.Decide(single, EoiStage.Shortlisted, "Good", "lead", Now);
        only.Decide(single, EoiStage.Appointed, "Best", "lead", Now);
        var competed = Open();
        var winner = Interest(competed, "a");
        Interest(competed, "b");
        winner.Decide(competed, EoiStage.Shortlisted, "Good", "lead", Now);
        winner.Decide(competed, EoiStage.Appointed, "Best", "lead", Now);

        Assert.True(single.NeedsExplanation(1));
        Assert.False(single.MarkFilled(1, "", Now).Succeeded);
        Assert.False(competed.NeedsExplanation(2));
        Assert.True(competed.MarkFilled(2, null, Now).Succeeded);
        Assert.Null(competed.ExplainOrComply);
    }

    [Fact]
    public void Nobody_appointed_means_it_cannot_be_marked_filled()
    {
        var opportunity = Open();

        var outcome = opportunity.MarkFilled(3, "Explained", Now);

        Assert.False(outcome.Succeeded);
        Assert.Equal(OpportunityStatus.Open, opportunity.Status);
    }

    [Fact]
    public void Withdrawing_needs_a_reason_and_a_filled_opportunity_cannot_be_withdrawn()
    {
        var opportunity = Open();

        Assert.False(opportunity.Withdraw(" ").Succeeded);
        Assert.True(opportunity.Withdraw("Post holder returned").Succeeded);
        Assert.Equal(OpportunityStatus.Withdrawn, opportunity.Status);
        Assert.False(opportunity.Withdraw("Again").Succeeded);
    }

    [Fact]
    public void Places_cannot_be_cut_below_those_already_appointed()
    {
        var opportunity = Open(places: 2);
        var a = Interest(opportunity, "a");
        var b = Interest(opportunity, "b");
        foreach (var interest in new[] { a, b })
        {
            interest.Decide(opportunity, EoiStage.Shortlisted, "Good", "lead", Now);
            interest.Decide(opportunity, EoiStage.Appointed, "Best", "lead", Now);
        }

        var outcome = opportunity.Revise(new OpportunityDetails(OpportunityType.Secondment, "Secondment", "Description", opportunity.OrganisationId,
            "Team", "Band 7", 37.5m, "6 months", 1, Now.AddDays(7), AdvertisingChannels.Email, PositiveAction: false));

        Assert.False(outcome.Succeeded);
        Assert.Equal(2, opportunity.Places);
    }
}
