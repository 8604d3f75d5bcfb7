using System.Net;
using Microsoft.Extensions.DependencyInjection;
using StretchPortal.IntegrationTests.Features.People;
using StretchPortal.IntegrationTests.Infrastructure;
using StretchPortal.Web.Domain;
using StretchPortal.Web.Security;

namespace StretchPortal.IntegrationTests.Features.Opportunities;

public sealed class ExpressionOfInterestTests : IDisposable
{
    private readonly MovableClock clock = new();
    private readonly PortalApp app = new();

    public ExpressionOfInterestTests()
    {
        app.TestServices = services => services.AddSingleton<TimeProvider>(clock);
    }

    [Fact]
    public async Task A_person_expresses_interest_with_a_statement_and_sees_it_on_their_own_page()
    {
        var lead = await app.PersonAsync(roles: Roles.ProgrammeLead);
        var opportunity = await app.OpportunityAsync(lead.Id, title: "Secondment to the ICB");
        var mentee = await app.PersonAsync(roles: Roles.Mentee);
        using var client = await app.SignedInAsync(mentee.Email!);

        using var response = await client.PostFormAsync($"/Opportunities/Details/{opportunity.Id}",
            new() { ["Statement"] = "I led our ward's discharge improvement work." }, "/Opportunities/Express");

        Assertions.IsRedirectTo(response, $"/Opportunities/Details/{opportunity.Id}");
        var stored = Assert.Single(await app.StoredInterestsAsync(opportunity.Id));
        Assert.Equal(mentee.Id, stored.PersonId);
        Assert.Equal("I led our ward's discharge improvement work.", stored.Statement);
        Assert.Equal(EoiStage.Submitted, stored.Stage);
        var mine = await client.GetPageAsync("/Opportunities/Mine");
        Assert.Contains("Secondment to the ICB", mine.QuerySelector("#my-interests")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Submitted", mine.QuerySelector("#my-interests")!.TextContent, StringComparison.Ordinal);
        var details = await client.GetPageAsync($"/Opportunities/Details/{opportunity.Id}");
        Assert.Contains("I led our ward's discharge improvement work.", details.QuerySelector("#my-interest")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_expression_of_interest_after_the_closing_date_is_refused()
    {
        var lead = await app.PersonAsync(roles: Roles.ProgrammeLead);
        var opportunity = await app.OpportunityAsync(lead.Id, closesAtUtc: DateTime.UtcNow.AddMinutes(20));
        var mentee = await app.PersonAsync(roles: Roles.Mentee);
        using var client = await app.SignedInAsync(mentee.Email!);
        var page = $"/Opportunities/Details/{opportunity.Id}";
        var before = await client.GetPageAsync(page);
        Assert.NotNull(before.QuerySelector("form[action^='/Opportunities/Express']"));

        clock.Advance(TimeSpan.FromMinutes(20));
        using var response = await client.PostAsync($"/Opportunities/Express/{opportunity.Id}", new() { ["Statement"] = "Too late?" }, page);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var refused = await PortalClient.ParseAsync(response);
        Assert.Contains("The closing date for this opportunity has passed.", Assertions.ErrorSummary(refused));
        Assert.Empty(await app.StoredInterestsAsync(opportunity.Id));
        var after = await client.GetPageAsync(page);
        Assert.Null(after.QuerySelector("form[action^='/Opportunities/Express']"));
        Assert.NotNull(after.QuerySelector("#closed-notice"));
    }

    [Fact]
    public async Task A_second_expression_of_interest_by_the_same_person_is_refused()
    {
        var lead = await app.PersonAsync(roles: Roles.ProgrammeLead);
        var opportunity = await app.OpportunityAsync(lead.Id);
        var mentee = await app.PersonAsync(roles: Roles.Mentee);
        using var client = await app.SignedInAsync(mentee.Email!);
        var page = $"/Opportunities/Details/{opportunity.Id}";
        using var first = await client.PostFormAsync(page, new() { ["Statement"] = "First" }, "/Opportunities/Express");
        Assertions.IsRedirectTo(first, page);

        using var second = await client.PostAsync($"/Opportunities/Express/{opportunity.Id}", new() { ["Statement"] = "Second" }, page);

        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Contains("You have already expressed interest in this opportunity.", Assertions.ErrorSummary(await PortalClient.ParseAsync(second)));
        var stored = Assert.Single(await app.StoredInterestsAsync(opportunity.Id));
        Assert.Equal("First", stored.Statement);
    }

    [Fact]
    public async Task Two_submissions_by_the_same_person_at_the_same_moment_store_one_expression_of_interest()
    {
        var lead = await app.PersonAsync(roles: Roles.ProgrammeLead);
        var opportunity = await app.OpportunityAsync(lead.Id);
        var mentee = await app.PersonAsync(roles: Roles.Mentee);
        using var client = await app.SignedInAsync(mentee.Email!);
        var page = await client.GetPageAsync($"/Opportunities/Details/{opportunity.Id}");
        var token = page.QuerySelector("main form input[name=__RequestVerificationToken]")!.GetAttribute("value")!;

        async Task<HttpStatusCode> SubmitAsync(string statement)
        {
            using var content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["Statement"] = statement,
                ["__RequestVerificationToken"] = token,
            });
            using var response = await client.Http.PostAsync(new Uri($"/Opportunities/Express/{opportunity.Id}", UriKind.Relative), content);
            return response.StatusCode;
        }

        var statuses = await Task.WhenAll(SubmitAsync("Double click one"), SubmitAsync("Double click two"));

        Assert.Single(await app.StoredInterestsAsync(opportunity.Id));
        Assert.Single(statuses, s => s == HttpStatusCode.Redirect);
        Assert.Single(statuses, s => s == HttpStatusCode.OK);
    }

    [Fact]
    public async Task An_empty_statement_is_refused_and_a_long_one_is_kept_for_correction()
    {
        var lead = await app.PersonAsync(roles: Roles.ProgrammeLead);
        var opportunity = await app.OpportunityAsync(lead.Id);
        var mentee = await app.PersonAsync(roles: Roles.Mentee);
        using var client = await app.SignedInAsync(mentee.Email!);
        var page = $"/Opportunities/Details/{opportunity.Id}";
        var tooLong = new string('a', 4001);

        using var empty = await client.PostFormAsync(page, new() { ["Statement"] = "" }, "/Opportunities/Express");
        using var longOne = await client.PostFormAsync(page, new() { ["Statement"] = tooLong }, "/Opportunities/Express");

        Assert.Contains("Enter your supporting statement", Assertions.ErrorSummary(await PortalClient.ParseAsync(empty)));
        var longPage = await PortalClient.ParseAsync(longOne);
        Assert.Contains("Supporting statement must be 4,000 characters or fewer", Assertions.ErrorSummary(longPage));
        Assert.Equal(tooLong, Assertions.FieldValue(longPage, "Statement"));
        Assert.Empty(await app.StoredInterestsAsync(opportunity.Id));
    }

    [Fact]
    public async Task A_person_withdraws_their_interest_before_the_closing_date_but_not_after()
    {
        var lead = await app.PersonAsync(roles: Roles.ProgrammeLead);
        var opportunity = await app.OpportunityAsync(lead.Id, closesAtUtc: DateTime.UtcNow.AddDays(2));
        var later = await app.OpportunityAsync(lead.Id, closesAtUtc: DateTime.UtcNow.AddMinutes(20));
        var mentee = await app.PersonAsync(roles: Roles.Mentee);
        var interest = await app.InterestAsync(opportunity.Id, mentee.Id, lead.Id);
        var closing = await app.InterestAsync(later.Id, mentee.Id, lead.Id);
        using var client = await app.SignedInAsync(mentee.Email!);

        using var withdrawn = await client.PostFormAsync($"/Opportunities/Details/{opportunity.Id}", [], $"/Opportunities/WithdrawInterest/{interest.Id}");
        clock.Advance(TimeSpan.FromMinutes(25));
        using var tooLate = await client.PostAsync($"/Opportunities/WithdrawInterest/{closing.Id}", [], "/Opportunities");

        Assertions.IsRedirectTo(withdrawn, $"/Opportunities/Details/{opportunity.Id}");
        var stored = Assert.Single(await app.StoredInterestsAsync(opportunity.Id));
        Assert.Equal(EoiStage.Withdrawn, stored.Stage);
        Assert.NotNull(stored.WithdrawnAtUtc);
        Assert.Equal(HttpStatusCode.OK, tooLate.StatusCode);
        Assert.Contains("The opportunity has closed, so your expression of interest can no longer be withdrawn.",
            Assertions.ErrorSummary(await PortalClient.ParseAsync(tooLate)));
        Assert.Equal(EoiStage.Submitted, Assert.Single(await app.StoredInterestsAsync(later.Id)).Stage);
    }

    [Fact]
    public async Task The_closing_date_is_shown_in_uk_time()
    {
        var lead = await app.PersonAsync(roles: Roles.ProgrammeLead);
        // 16:00 UTC on 1 July 2030 is 5pm British Summer Time; 17:00 UTC on 2 December 2030 is 5pm GMT.
        var summer = await app.OpportunityAsync(lead.Id, closesAtUtc: new DateTime(2030, 7, 1, 16, 0, 0, DateTimeKind.Utc), title: "Summer");
        var winter = await app.OpportunityAsync(lead.Id, closesAtUtc: new DateTime(2030, 12, 2, 17, 0, 0, DateTimeKind.Utc), title: "Winter");
        var mentee = await app.PersonAsync(roles: Roles.Mentee);
        using var client = await app.SignedInAsync(mentee.Email!);

        var summerPage = await client.GetPageAsync($"/Opportunities/Details/{summer.Id}");
        var winterPage = await client.GetPageAsync($"/Opportunities/Details/{winter.Id}");

        Assert.Equal("1 July 2030 at 5pm (UK time)", summerPage.QuerySelector("#closes")!.TextContent.Trim());
        Assert.Equal("2 December 2030 at 5pm (UK time)", winterPage.QuerySelector("#closes")!.TextContent.Trim());
    }

    public void Dispose() => app.Dispose();
}
