using System.Net;
using Microsoft.Extensions.DependencyInjection;
using StretchPortal.IntegrationTests.Features.People;
using StretchPortal.IntegrationTests.Infrastructure;
using StretchPortal.Web.Domain;
using StretchPortal.Web.Security;

namespace StretchPortal.IntegrationTests.Features.Opportunities;

public sealed class LifecycleTests : IDisposable
{
    private readonly MovableClock clock = new();
    private readonly PortalApp app = new();

    public LifecycleTests()
    {
        app.TestServices = services => services.AddSingleton<TimeProvider>(clock);
    }

    [Fact]
    public async Task A_lead_edits_an_open_opportunity_to_extend_its_closing_date()
    {
        var lead = await app.PersonAsync(roles: Roles.ProgrammeLead);
        var opportunity = await app.OpportunityAsync(lead.Id, title: "Acting up");
        using var client = await app.SignedInAsync(lead.Email!);

        using var response = await client.PostFormAsync($"/Opportunities/Edit/{opportunity.Id}",
            new() { ["Title"] = "Acting up: Deputy Head", ["ClosingDate"] = "2031-01-15", ["ClosingTime"] = "09:30" });

        Assertions.IsRedirectTo(response, $"/Opportunities/Details/{opportunity.Id}");
        var stored = await app.StoredOpportunityAsync(opportunity.Id);
        Assert.Equal("Acting up: Deputy Head", stored.Title);
        Assert.Equal(new DateTime(2031, 1, 15, 9, 30, 0), stored.ClosesAtUtc); // GMT in January
        Assert.Equal(OpportunityStatus.Open, stored.Status);
        Assert.Equal(opportunity.Channels, stored.Channels);
    }

    [Fact]
    public async Task A_lead_closes_an_open_opportunity_and_nobody_can_express_interest_after()
    {
        var lead = await app.PersonAsync(roles: Roles.ProgrammeLead);
        var opportunity = await app.OpportunityAsync(lead.Id);
        var mentee = await app.PersonAsync(roles: Roles.Mentee);
        using var client = await app.SignedInAsync(lead.Email!);
        using var menteeClient = await app.SignedInAsync(mentee.Email!);

        using var closed = await client.PostFormAsync($"/Opportunities/Details/{opportunity.Id}", [], "/Opportunities/Close");
        using var express = await menteeClient.PostAsync($"/Opportunities/Express/{opportunity.Id}", new() { ["Statement"] = "Please" }, "/Opportunities");

        Assertions.IsRedirectTo(closed, $"/Opportunities/Details/{opportunity.Id}");
        Assert.Equal(OpportunityStatus.Closed, (await app.StoredOpportunityAsync(opportunity.Id)).Status);
        Assert.Contains("This opportunity is not open for expressions of interest.", Assertions.ErrorSummary(await PortalClient.ParseAsync(express)));
        Assert.Empty(await app.StoredInterestsAsync(opportunity.Id));
        Assert.Empty((await menteeClient.GetPageAsync("/Opportunities")).QuerySelectorAll("#opportunities tbody tr"));
    }

    [Fact]
    public async Task A_lead_withdraws_an_opportunity_with_a_reason()
    {
        var lead = await app.PersonAsync(roles: Roles.ProgrammeLead);
        var opportunity = await app.OpportunityAsync(lead.Id);
        using var client = await app.SignedInAsync(lead.Email!);
        var page = $"/Opportunities/Withdraw/{opportunity.Id}";

        using var noReason = await client.PostFormAsync(page, new() { ["Reason"] = "" });
        using var withdrawn = await client.PostFormAsync(page, new() { ["Reason"] = "The post holder returned early." });

        Assert.Contains("Enter the reason for withdrawing the opportunity", Assertions.ErrorSummary(await PortalClient.ParseAsync(noReason)));
        Assertions.IsRedirectTo(withdrawn, $"/Opportunities/Details/{opportunity.Id}");
        var stored = await app.StoredOpportunityAsync(opportunity.Id);
        Assert.Equal(OpportunityStatus.Withdrawn, stored.Status);
        Assert.Equal("The post holder returned early.", stored.WithdrawalReason);
    }

    [Fact]
    public async Task The_manage_page_groups_by_status_and_flags_open_ones_past_their_closing_date()
    {
        var lead = await app.PersonAsync(roles: Roles.ProgrammeLead);
        await app.OpportunityAsync(lead.Id, publish: false, title: "A draft");
        await app.OpportunityAsync(lead.Id, title: "Closing tonight", closesAtUtc: DateTime.UtcNow.AddHours(2));
        clock.Advance(TimeSpan.FromHours(3));
        using var client = await app.SignedInAsync(lead.Email!);

        var page = await client.GetPageAsync("/Opportunities/Manage");

        Assert.Contains("A draft", page.QuerySelector("#opportunities-draft")!.TextContent, StringComparison.Ordinal);
        var open = page.QuerySelector("#opportunities-open")!.TextContent;
        Assert.Contains("Closing tonight", open, StringComparison.Ordinal);
        Assert.Contains("Closing date passed", open, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_list_of_open_opportunities_is_paged()
    {
        var lead = await app.PersonAsync(roles: Roles.ProgrammeLead);
        for (var i = 1; i <= 21; i++)
        {
            await app.OpportunityAsync(lead.Id, title: $"Opportunity {i:00}", closesAtUtc: DateTime.UtcNow.AddDays(i));
        }

        using var client = await app.SignedInAsync(lead.Email!);

        var first = await client.GetPageAsync("/Opportunities");
        var second = await client.GetPageAsync("/Opportunities?Page=2");

        Assert.Equal(20, first.QuerySelectorAll("#opportunities tbody tr").Length);
        Assert.Equal("21 open opportunities", first.QuerySelector("#total")!.TextContent.Trim());
        Assert.NotNull(first.QuerySelector("a[rel=next][href='/Opportunities?Page=2']"));
        Assert.Equal(["Opportunity 21"], second.QuerySelectorAll("#opportunities tbody tr a").Select(a => a.TextContent.Trim()));
    }

    public void Dispose() => app.Dispose();
}
