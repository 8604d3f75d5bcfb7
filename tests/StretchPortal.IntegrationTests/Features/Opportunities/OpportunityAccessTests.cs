using System.Net;
using Microsoft.EntityFrameworkCore;
using StretchPortal.IntegrationTests.Infrastructure;
using StretchPortal.Web.Domain;
using StretchPortal.Web.Security;

namespace StretchPortal.IntegrationTests.Features.Opportunities;

public sealed class OpportunityAccessTests : IDisposable
{
    private readonly PortalApp app = new();

    [Fact]
    public async Task Anonymous_visitors_are_sent_to_sign_in()
    {
        var lead = await app.PersonAsync(roles: Roles.ProgrammeLead);
        var opportunity = await app.OpportunityAsync(lead.Id);
        var interest = await app.InterestAsync(opportunity.Id, (await app.PersonAsync(roles: Roles.Mentee)).Id, lead.Id);
        using var client = app.NewClient();

        foreach (var url in new[]
                 {
                     "/Opportunities", $"/Opportunities/Details/{opportunity.Id}", "/Opportunities/Mine", "/Opportunities/Manage",
                     "/Opportunities/Create", $"/Opportunities/Edit/{opportunity.Id}", $"/Opportunities/Candidates/{opportunity.Id}",
                     $"/Opportunities/MarkFilled/{opportunity.Id}", $"/Opportunities/Withdraw/{opportunity.Id}",
                 })
        {
            using var response = await client.GetAsync(url);
            Assertions.IsRedirectToSignIn(response);
        }

        using var content = new FormUrlEncodedContent(new Dictionary<string, string> { ["Statement"] = "Anonymous" });
        using var post = await client.Http.PostAsync(new Uri($"/Opportunities/Express/{opportunity.Id}", UriKind.Relative), content);
        Assertions.IsRedirectToSignIn(post);
        Assert.Single(await app.StoredInterestsAsync(opportunity.Id));
        Assert.Equal(EoiStage.Submitted, (await app.StoredInterestsAsync(opportunity.Id)).Single(i => i.Id == interest.Id).Stage);
    }

    [Theory]
    [InlineData(Roles.Mentee)]
    [InlineData(Roles.Mentor)]
    public async Task People_who_cannot_manage_opportunities_get_403_on_managing_and_change_nothing(string role)
    {
        var lead = await app.PersonAsync(roles: Roles.ProgrammeLead);
        var draft = await app.OpportunityAsync(lead.Id, publish: false, title: "Draft secondment");
        var open = await app.OpportunityAsync(lead.Id);
        var candidate = await app.PersonAsync(roles: Roles.Mentee);
        var interest = await app.InterestAsync(open.Id, candidate.Id, lead.Id, EoiStage.Shortlisted);
        var person = await app.PersonAsync(roles: role);
        using var client = await app.SignedInAsync(person.Email!);

        foreach (var url in new[]
                 {
                     "/Opportunities/Manage", "/Opportunities/Create", $"/Opportunities/Edit/{open.Id}", $"/Opportunities/Candidates/{open.Id}",
                     $"/Opportunities/MarkFilled/{open.Id}", $"/Opportunities/Withdraw/{open.Id}",
                 })
        {
            using var response = await client.GetAsync(url);
            Assert.True(response.StatusCode == HttpStatusCode.Forbidden, $"GET {url} answered {(int)response.StatusCode}");
        }

        var posts = new (string Url, Dictionary<string, string> Form)[]
        {
            ("/Opportunities/Create", new()
            {
                ["Type"] = "Secondment", ["Title"] = "Forged", ["Description"] = "Forged", ["OrganisationId"] = open.OrganisationId.ToString(),
                ["Team"] = "Team", ["Band"] = "Band 7", ["HoursPerWeek"] = "37.5", ["Duration"] = "6 months", ["Places"] = "1",
                ["ClosingDate"] = DateTime.UtcNow.AddDays(20).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), ["ClosingTime"] = "17:00", ["PositiveAction"] = "false",
            }),
            ($"/Opportunities/Publish/{draft.Id}", new() { ["Version"] = draft.Version.ToString() }),
            ($"/Opportunities/Close/{open.Id}", new() { ["Version"] = open.Version.ToString() }),
            ($"/Opportunities/Decide/{interest.Id}", new() { ["Decision"] = "Appointed", ["Reason"] = "Self-appointed" }),
            ($"/Opportunities/MarkFilled/{open.Id}", new() { ["Version"] = open.Version.ToString(), ["ExplainOrComply"] = "No" }),
            ($"/Opportunities/Withdraw/{open.Id}", new() { ["Version"] = open.Version.ToString(), ["Reason"] = "Sabotage" }),
        };
        foreach (var (url, form) in posts)
        {
            using var response = await client.PostAsync(url, form, "/Opportunities");
            Assert.True(response.StatusCode == HttpStatusCode.Forbidden, $"POST {url} answered {(int)response.StatusCode}");
        }

        Assert.Equal(2, await app.WithDbAsync(db => db.Opportunities.CountAsync()));
        Assert.Equal(OpportunityStatus.Draft, (await app.StoredOpportunityAsync(draft.Id)).Status);
        Assert.Equal(OpportunityStatus.Open, (await app.StoredOpportunityAsync(open.Id)).Status);
        Assert.Equal(0, (await app.StoredOpportunityAsync(open.Id)).Appointed);
        Assert.Equal(EoiStage.Shortlisted, (await app.StoredInterestsAsync(open.Id)).Single().Stage);
    }

    [Fact]
    public async Task A_draft_is_not_found_by_people_who_cannot_manage_opportunities()
    {
        var lead = await app.PersonAsync(roles: Roles.ProgrammeLead);
        var draft = await app.OpportunityAsync(lead.Id, publish: false, title: "Secret draft");
        var mentee = await app.PersonAsync(roles: Roles.Mentee);
        using var client = await app.SignedInAsync(mentee.Email!);

        using var response = await client.GetAsync($"/Opportunities/Details/{draft.Id}");
        var list = await client.GetPageAsync("/Opportunities");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.DoesNotContain("Secret draft", list.Body!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_person_cannot_withdraw_or_read_another_persons_expression_of_interest()
    {
        var lead = await app.PersonAsync(roles: Roles.ProgrammeLead);
        var opportunity = await app.OpportunityAsync(lead.Id);
        var personA = await app.PersonAsync(roles: Roles.Mentee);
        var personB = await app.PersonAsync(roles: Roles.Mentor);
        var interestOfB = await app.InterestAsync(opportunity.Id, personB.Id, lead.Id);
        using var client = await app.SignedInAsync(personA.Email!);

        using var withdraw = await client.PostAsync($"/Opportunities/WithdrawInterest/{interestOfB.Id}", [], "/Opportunities");
        var details = await client.GetPageAsync($"/Opportunities/Details/{opportunity.Id}");
        var mine = await client.GetPageAsync("/Opportunities/Mine");
        using var candidates = await client.GetAsync($"/Opportunities/Candidates/{opportunity.Id}");

        Assert.Equal(HttpStatusCode.Forbidden, withdraw.StatusCode);
        Assert.Equal(EoiStage.Submitted, (await app.StoredInterestsAsync(opportunity.Id)).Single().Stage);
        Assert.DoesNotContain(interestOfB.Statement, details.Body!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain(interestOfB.Statement, mine.Body!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, candidates.StatusCode);
    }

    [Fact]
    public async Task Unknown_opportunities_and_interests_are_404()
    {
        var lead = await app.PersonAsync(roles: Roles.ProgrammeLead);
        using var client = await app.SignedInAsync(lead.Email!);
        var unknown = Guid.NewGuid();

        using var details = await client.GetAsync($"/Opportunities/Details/{unknown}");
        using var candidates = await client.GetAsync($"/Opportunities/Candidates/{unknown}");
        using var decide = await client.PostAsync($"/Opportunities/Decide/{unknown}", new() { ["Decision"] = "Shortlisted", ["Reason"] = "x" }, "/Opportunities");

        Assert.All(new[] { details, candidates, decide }, r => Assert.Equal(HttpStatusCode.NotFound, r.StatusCode));
    }

    public void Dispose() => app.Dispose();
}
