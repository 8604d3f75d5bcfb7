using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using StretchPortal.IntegrationTests.Infrastructure;
using StretchPortal.Web.Data;
using StretchPortal.Web.Domain;
using StretchPortal.Web.Security;

namespace StretchPortal.IntegrationTests.Features.Opportunities;

public sealed class SelectionTests : IDisposable
{
    private readonly PortalApp app = new();

    [Fact]
    public async Task A_lead_shortlists_and_appoints_with_reasons_and_the_history_is_kept()
    {
        var lead = await app.PersonAsync(roles: Roles.ProgrammeLead);
        var opportunity = await app.OpportunityAsync(lead.Id, places: 1);
        var mentee = await app.PersonAsync(roles: Roles.Mentee);
        var interest = await app.InterestAsync(opportunity.Id, mentee.Id, lead.Id);
        using var client = await app.SignedInAsync(lead.Email!);
        var candidates = $"/Opportunities/Candidates/{opportunity.Id}";

        using var shortlisted = await client.PostFormAsync(candidates,
            new() { ["Decision"] = "Shortlisted", ["Reason"] = "Strong evidence of leading change." }, $"/Opportunities/Decide/{interest.Id}");
        using var appointed = await client.PostFormAsync(candidates,
            new() { ["Decision"] = "Appointed", ["Reason"] = "Best interview against the criteria." }, $"/Opportunities/Decide/{interest.Id}");

        Assertions.IsRedirectTo(shortlisted, candidates);
        Assertions.IsRedirectTo(appointed, candidates);
        var stored = Assert.Single(await app.StoredInterestsAsync(opportunity.Id));
        Assert.Equal(EoiStage.Appointed, stored.Stage);
        Assert.Equal(
            [(EoiStage.Shortlisted, "Strong evidence of leading change."), (EoiStage.Appointed, "Best interview against the criteria.")],
            stored.Decisions.OrderBy(d => d.DecidedAtUtc).Select(d => (d.Decision, d.Reason)).ToArray());
        Assert.All(stored.Decisions, d => Assert.Equal(lead.Id, d.DecidedById));
        Assert.Equal(1, (await app.StoredOpportunityAsync(opportunity.Id)).Appointed);
        var page = await client.GetPageAsync(candidates);
        Assert.Contains("Best interview against the criteria.", page.QuerySelector("#candidate-1")!.TextContent, StringComparison.Ordinal);
        using var menteeClient = await app.SignedInAsync(mentee.Email!);
        var mine = await menteeClient.GetPageAsync("/Opportunities/Mine");
        Assert.Contains("Appointed", mine.QuerySelector("#my-interests")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_decision_without_a_reason_is_refused()
    {
        var lead = await app.PersonAsync(roles: Roles.ProgrammeLead);
        var opportunity = await app.OpportunityAsync(lead.Id);
        var interest = await app.InterestAsync(opportunity.Id, (await app.PersonAsync(roles: Roles.Mentee)).Id, lead.Id);
        using var client = await app.SignedInAsync(lead.Email!);

        using var response = await client.PostFormAsync($"/Opportunities/Candidates/{opportunity.Id}",
            new() { ["Decision"] = "Shortlisted", ["Reason"] = "  " }, $"/Opportunities/Decide/{interest.Id}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await PortalClient.ParseAsync(response);
        Assert.Contains("Enter the reason for the decision", Assertions.ErrorSummary(page));
        Assert.Equal("#Reason", page.QuerySelector(".nhsuk-error-summary__list a")!.GetAttribute("href"));
        Assert.NotNull(page.QuerySelector("#Reason"));
        Assert.True(page.QuerySelector("input#Decision[value='Shortlisted']")!.HasAttribute("checked"));
        var stored = Assert.Single(await app.StoredInterestsAsync(opportunity.Id));
        Assert.Equal(EoiStage.Submitted, stored.Stage);
        Assert.Empty(stored.Decisions);
    }

    [Fact]
    public async Task Appointing_before_shortlisting_is_refused()
    {
        var lead = await app.PersonAsync(roles: Roles.ProgrammeLead);
        var opportunity = await app.OpportunityAsync(lead.Id);
        var interest = await app.InterestAsync(opportunity.Id, (await app.PersonAsync(roles: Roles.Mentee)).Id, lead.Id);
        using var client = await app.SignedInAsync(lead.Email!);

        using var response = await client.PostFormAsync($"/Opportunities/Candidates/{opportunity.Id}",
            new() { ["Decision"] = "Appointed", ["Reason"] = "Tap on the shoulder" }, $"/Opportunities/Decide/{interest.Id}");

        Assert.Contains("Shortlist the person before deciding whether to appoint them.", Assertions.ErrorSummary(await PortalClient.ParseAsync(response)));
        Assert.Equal(0, (await app.StoredOpportunityAsync(opportunity.Id)).Appointed);
    }

    [Fact]
    public async Task Appointments_past_the_places_are_refused()
    {
        var lead = await app.PersonAsync(roles: Roles.ProgrammeLead);
        var opportunity = await app.OpportunityAsync(lead.Id, places: 1);
        await app.InterestAsync(opportunity.Id, (await app.PersonAsync(roles: Roles.Mentee)).Id, lead.Id, EoiStage.Shortlisted, EoiStage.Appointed);
        var second = await app.InterestAsync(opportunity.Id, (await app.PersonAsync(roles: Roles.Mentee)).Id, lead.Id, EoiStage.Shortlisted);
        using var client = await app.SignedInAsync(lead.Email!);

        using var response = await client.PostFormAsync($"/Opportunities/Candidates/{opportunity.Id}",
            new() { ["Decision"] = "Appointed", ["Reason"] = "Also very good" }, $"/Opportunities/Decide/{second.Id}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("No places remain: the one place on this opportunity is already filled.", Assertions.ErrorSummary(await PortalClient.ParseAsync(response)));
        var interests = await app.StoredInterestsAsync(opportunity.Id);
        Assert.Single(interests, i => i.Stage == EoiStage.Appointed);
        Assert.Equal(EoiStage.Shortlisted, interests.Single(i => i.Id == second.Id).Stage);
        Assert.Equal(1, (await app.StoredOpportunityAsync(opportunity.Id)).Appointed);
    }

    [Fact]
    public async Task Two_leads_appointing_to_the_last_place_at_the_same_moment_appoint_exactly_one()
    {
        var lead = await app.PersonAsync(roles: Roles.ProgrammeLead);
        var colleague = await app.PersonAsync(roles: Roles.Administrator);
        using var leadClient = await app.SignedInAsync(lead.Email!);
        using var colleagueClient = await app.SignedInAsync(colleague.Email!);

        // A few rounds, so that the requests really do overlap in at least some of them.
        for (var round = 0; round < 3; round++)
        {
            var opportunity = await app.OpportunityAsync(lead.Id, places: 1);
            var first = await app.InterestAsync(opportunity.Id, (await app.PersonAsync(roles: Roles.Mentee)).Id, lead.Id, EoiStage.Shortlisted);
            var second = await app.InterestAsync(opportunity.Id, (await app.PersonAsync(roles: Roles.Mentee)).Id, lead.Id, EoiStage.Shortlisted);
            var candidates = $"/Opportunities/Candidates/{opportunity.Id}";
            var firstToken = await TokenAsync(leadClient, candidates);
            var secondToken = await TokenAsync(colleagueClient, candidates);

            var responses = await Task.WhenAll(
                AppointAsync(leadClient, first.Id, firstToken),
                AppointAsync(colleagueClient, second.Id, secondToken));

            var interests = await app.StoredInterestsAsync(opportunity.Id);
            Assert.Single(interests, i => i.Stage == EoiStage.Appointed);
            Assert.Single(interests, i => i.Stage == EoiStage.Shortlisted);
            Assert.Equal(1, (await app.StoredOpportunityAsync(opportunity.Id)).Appointed);
            Assert.Single(responses, r => r.Status == HttpStatusCode.Redirect);
            var refused = Assert.Single(responses, r => r.Status == HttpStatusCode.OK);
            Assert.Contains("No places remain: the one place on this opportunity is already filled.", refused.Errors);
        }
    }

    [Fact]
    public async Task Simultaneous_appointments_collide_on_the_opportunitys_version_rather_than_overfilling()
    {
        var lead = await app.PersonAsync(roles: Roles.ProgrammeLead);
        var opportunity = await app.OpportunityAsync(lead.Id, places: 1);
        var first = await app.InterestAsync(opportunity.Id, (await app.PersonAsync(roles: Roles.Mentee)).Id, lead.Id, EoiStage.Shortlisted);
        var second = await app.InterestAsync(opportunity.Id, (await app.PersonAsync(roles: Roles.Mentee)).Id, lead.Id, EoiStage.Shortlisted);
        await using var scopeA = app.Services.CreateAsyncScope();
        await using var scopeB = app.Services.CreateAsyncScope();
        var dbA = scopeA.ServiceProvider.GetRequiredService<StretchPortalDbContext>();
        var dbB = scopeB.ServiceProvider.GetRequiredService<StretchPortalDbContext>();
        var interestA = await dbA.ExpressionsOfInterest.Include(e => e.Opportunity).SingleAsync(e => e.Id == first.Id);
        var interestB = await dbB.ExpressionsOfInterest.Include(e => e.Opportunity).SingleAsync(e => e.Id == second.Id);

        Assert.True(interestA.Decide(interestA.Opportunity!, EoiStage.Appointed, "A", lead.Id, DateTime.UtcNow).Succeeded);
        Assert.True(interestB.Decide(interestB.Opportunity!, EoiStage.Appointed, "B", lead.Id, DateTime.UtcNow).Succeeded);
        await dbA.SaveChangesAsync();

        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => dbB.SaveChangesAsync());
        Assert.Equal(1, (await app.StoredOpportunityAsync(opportunity.Id)).Appointed);
        Assert.Single(await app.StoredInterestsAsync(opportunity.Id), i => i.Stage == EoiStage.Appointed);
    }

    [Fact]
    public async Task An_opportunity_filled_without_open_advertising_needs_its_explanation()
    {
        var lead = await app.PersonAsync(roles: Roles.ProgrammeLead);
        var opportunity = await app.OpportunityAsync(lead.Id, channels: AdvertisingChannels.None);
        await app.InterestAsync(opportunity.Id, (await app.PersonAsync(roles: Roles.Mentee)).Id, lead.Id, EoiStage.Shortlisted, EoiStage.Appointed);
        await app.InterestAsync(opportunity.Id, (await app.PersonAsync(roles: Roles.Mentee)).Id, lead.Id, EoiStage.NotShortlisted);
        using var client = await app.SignedInAsync(lead.Email!);
        var page = $"/Opportunities/MarkFilled/{opportunity.Id}";
        var form = await client.GetPageAsync(page);
        Assert.NotNull(form.QuerySelector("textarea[name='ExplainOrComply']"));

        using var refused = await client.PostFormAsync(page, new() { ["ExplainOrComply"] = "" });
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("The opportunity was not advertised through any channel. Explain why it was filled without open advertising.",
            Assertions.ErrorSummary(await PortalClient.ParseAsync(refused)));
        Assert.Equal(OpportunityStatus.Open, (await app.StoredOpportunityAsync(opportunity.Id)).Status);

        using var filled = await client.PostFormAsync(page, new() { ["ExplainOrComply"] = "Urgent cover for a sudden absence." });
        Assertions.IsRedirectTo(filled, $"/Opportunities/Details/{opportunity.Id}");
        var stored = await app.StoredOpportunityAsync(opportunity.Id);
        Assert.Equal(OpportunityStatus.Filled, stored.Status);
        Assert.Equal("Urgent cover for a sudden absence.", stored.ExplainOrComply);
        Assert.NotNull(stored.FilledAtUtc);
    }

    [Fact]
    public async Task An_opportunity_filled_from_a_single_candidate_needs_its_explanation()
    {
        var lead = await app.PersonAsync(roles: Roles.ProgrammeLead);
        var opportunity = await app.OpportunityAsync(lead.Id);
        await app.InterestAsync(opportunity.Id, (await app.PersonAsync(roles: Roles.Mentee)).Id, lead.Id, EoiStage.Shortlisted, EoiStage.Appointed);
        using var client = await app.SignedInAsync(lead.Email!);

        using var refused = await client.PostFormAsync($"/Opportunities/MarkFilled/{opportunity.Id}", new() { ["ExplainOrComply"] = " " });

        Assert.Contains("Only one person expressed interest. Explain why the opportunity was filled from a single candidate.",
            Assertions.ErrorSummary(await PortalClient.ParseAsync(refused)));
        Assert.Equal(OpportunityStatus.Open, (await app.StoredOpportunityAsync(opportunity.Id)).Status);
    }

    [Fact]
    public async Task An_openly_advertised_opportunity_with_several_candidates_is_filled_without_an_explanation()
    {
        var lead = await app.PersonAsync(roles: Roles.ProgrammeLead);
        var opportunity = await app.OpportunityAsync(lead.Id);
        await app.InterestAsync(opportunity.Id, (await app.PersonAsync(roles: Roles.Mentee)).Id, lead.Id, EoiStage.Shortlisted, EoiStage.Appointed);
        await app.InterestAsync(opportunity.Id, (await app.PersonAsync(roles: Roles.Mentee)).Id, lead.Id, EoiStage.Shortlisted, EoiStage.NotAppointed);
        using var client = await app.SignedInAsync(lead.Email!);
        var page = $"/Opportunities/MarkFilled/{opportunity.Id}";
        Assert.Null((await client.GetPageAsync(page)).QuerySelector("textarea[name='ExplainOrComply']"));

        using var filled = await client.PostFormAsync(page, []);

        Assertions.IsRedirectTo(filled, $"/Opportunities/Details/{opportunity.Id}");
        var stored = await app.StoredOpportunityAsync(opportunity.Id);
        Assert.Equal(OpportunityStatus.Filled, stored.Status);
        Assert.Null(stored.ExplainOrComply);
    }

    private static async Task<string> TokenAsync(PortalClient client, string candidatesUrl)
    {
        var page = await client.GetPageAsync(candidatesUrl);
        return page.QuerySelector("main form input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
    }

    private static async Task<(HttpStatusCode Status, IReadOnlyList<string> Errors)> AppointAsync(PortalClient client, Guid interestId, string token)
    {
        using var content = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Decision"] = "Appointed",
            ["Reason"] = "Strongest candidate at interview.",
            ["__RequestVerificationToken"] = token,
        });
        using var response = await client.Http.PostAsync(new Uri($"/Opportunities/Decide/{interestId}", UriKind.Relative), content);
        var errors = response.StatusCode == HttpStatusCode.OK ? Assertions.ErrorSummary(await PortalClient.ParseAsync(response)) : [];
        return (response.StatusCode, errors);
    }

    public void Dispose() => app.Dispose();
}
