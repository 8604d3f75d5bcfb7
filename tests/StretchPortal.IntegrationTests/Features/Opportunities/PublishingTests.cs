using System.Net;
using Microsoft.EntityFrameworkCore;
using StretchPortal.IntegrationTests.Infrastructure;
using StretchPortal.Web.Domain;
using StretchPortal.Web.Security;

namespace StretchPortal.IntegrationTests.Features.Opportunities;

public sealed class PublishingTests : IDisposable
{
    private readonly PortalApp app = new();

    [Fact]
    public async Task A_lead_creates_a_draft_in_uk_time_and_publishes_it_for_everyone()
    {
        var lead = await app.PersonAsync(roles: Roles.ProgrammeLead);
        var organisation = await app.OrganisationAsync("Leicester Royal Infirmary");
        var mentee = await app.PersonAsync(roles: Roles.Mentee);
        using var client = await app.SignedInAsync(lead.Email!);
        using var menteeClient = await app.SignedInAsync(mentee.Email!);

        using var created = await client.PostFormAsync("/Opportunities/Create", Fields(organisation.Id, "Secondment to the ICB"));

        var opportunity = await app.WithDbAsync(db => db.Opportunities.AsNoTracking().SingleAsync());
        Assertions.IsRedirectTo(created, $"/Opportunities/Details/{opportunity.Id}");
        Assert.Equal(OpportunityStatus.Draft, opportunity.Status);
        Assert.Equal(OpportunityType.Secondment, opportunity.Type);
        Assert.Equal("Band 8a", opportunity.Band);
        Assert.Equal(22.5m, opportunity.HoursPerWeek);
        Assert.Equal(2, opportunity.Places);
        Assert.Equal(new DateTime(2030, 7, 1, 16, 0, 0), opportunity.ClosesAtUtc); // 5pm British Summer Time
        Assert.Equal(AdvertisingChannels.Ats | AdvertisingChannels.PositiveAction, opportunity.Channels);
        Assert.True(opportunity.PositiveAction);
        Assert.Equal(lead.Id, opportunity.PublishedById);
        Assert.DoesNotContain("Secondment to the ICB", (await menteeClient.GetPageAsync("/Opportunities")).Body!.TextContent, StringComparison.Ordinal);

        using var published = await client.PostFormAsync($"/Opportunities/Details/{opportunity.Id}", [], "/Opportunities/Publish");

        Assertions.IsRedirectTo(published, $"/Opportunities/Details/{opportunity.Id}");
        Assert.Equal(OpportunityStatus.Open, (await app.StoredOpportunityAsync(opportunity.Id)).Status);
        var list = await menteeClient.GetPageAsync("/Opportunities");
        var row = list.QuerySelectorAll("#opportunities tbody tr").Single();
        Assert.Contains("Secondment to the ICB", row.TextContent, StringComparison.Ordinal);
        Assert.Contains("Positive action", row.QuerySelector(".nhsuk-tag")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_mentee_gets_403_on_publishing()
    {
        var lead = await app.PersonAsync(roles: Roles.ProgrammeLead);
        var draft = await app.OpportunityAsync(lead.Id, publish: false);
        var mentee = await app.PersonAsync(roles: Roles.Mentee);
        using var client = await app.SignedInAsync(mentee.Email!);

        using var response = await client.PostAsync($"/Opportunities/Publish/{draft.Id}", new() { ["Version"] = draft.Version.ToString() }, "/Opportunities");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(OpportunityStatus.Draft, (await app.StoredOpportunityAsync(draft.Id)).Status);
    }

    [Fact]
    public async Task An_administrator_also_manages_opportunities()
    {
        var admin = await app.PersonAsync(roles: Roles.Administrator);
        var draft = await app.OpportunityAsync((await app.PersonAsync(roles: Roles.ProgrammeLead)).Id, publish: false, title: "Drafted by a lead");
        using var client = await app.SignedInAsync(admin.Email!);

        var manage = await client.GetPageAsync("/Opportunities/Manage");
        using var published = await client.PostFormAsync($"/Opportunities/Details/{draft.Id}", [], "/Opportunities/Publish");

        Assert.Contains("Drafted by a lead", manage.QuerySelector("#opportunities-draft")!.TextContent, StringComparison.Ordinal);
        Assertions.IsRedirectTo(published, $"/Opportunities/Details/{draft.Id}");
        Assert.Equal(OpportunityStatus.Open, (await app.StoredOpportunityAsync(draft.Id)).Status);
    }

    [Fact]
    public async Task Missing_fields_are_listed_and_what_was_typed_is_kept()
    {
        var lead = await app.PersonAsync(roles: Roles.ProgrammeLead);
        using var client = await app.SignedInAsync(lead.Email!);

        using var response = await client.PostFormAsync("/Opportunities/Create", new()
        {
            ["Title"] = "Half finished", ["Places"] = "", ["Channels"] = null, ["PositiveAction"] = null,
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await PortalClient.ParseAsync(response);
        var errors = Assertions.ErrorSummary(page);
        Assert.Contains("Choose the type of opportunity", errors);
        Assert.Contains("Enter a description of the opportunity", errors);
        Assert.Contains("Enter the closing date", errors);
        Assert.Contains("Enter the number of places", errors);
        Assert.Contains("Choose whether positive action applies", errors);
        Assert.Equal("Half finished", Assertions.FieldValue(page, "Title"));
        Assert.Equal(0, await app.WithDbAsync(db => db.Opportunities.CountAsync()));
    }

    [Fact]
    public async Task A_closing_date_in_the_past_is_refused()
    {
        var lead = await app.PersonAsync(roles: Roles.ProgrammeLead);
        var organisation = await app.OrganisationAsync();
        using var client = await app.SignedInAsync(lead.Email!);
        var fields = Fields(organisation.Id, "Too late");
        fields["ClosingDate"] = "2020-01-01";

        using var response = await client.PostFormAsync("/Opportunities/Create", fields);

        Assert.Contains("The closing date must be in the future", Assertions.ErrorSummary(await PortalClient.ParseAsync(response)));
        Assert.Equal(0, await app.WithDbAsync(db => db.Opportunities.CountAsync()));
    }

    [Fact]
    public async Task Saving_over_someone_elses_edit_is_refused_with_the_input_kept()
    {
        var lead = await app.PersonAsync(roles: Roles.ProgrammeLead);
        var opportunity = await app.OpportunityAsync(lead.Id, publish: false, title: "Original");
        using var client = await app.SignedInAsync(lead.Email!);
        var edit = $"/Opportunities/Edit/{opportunity.Id}";
        var stale = await client.GetPageAsync(edit);
        using var first = await client.PostFormAsync(edit, new() { ["Title"] = "Changed by someone else" });
        Assertions.IsRedirectTo(first, $"/Opportunities/Details/{opportunity.Id}");

        var fields = new Dictionary<string, string> { ["__RequestVerificationToken"] = stale.QuerySelector("main form input[name=__RequestVerificationToken]")!.GetAttribute("value")! };
        foreach (var input in stale.QuerySelectorAll("main form input, main form select, main form textarea"))
        {
            var name = input.GetAttribute("name");
            if (name is null || name == "__RequestVerificationToken" || (input.GetAttribute("type") is "checkbox" or "radio" && !input.HasAttribute("checked")))
            {
                continue;
            }

            fields[name] = input switch
            {
                AngleSharp.Html.Dom.IHtmlSelectElement select => select.Value ?? "",
                AngleSharp.Html.Dom.IHtmlTextAreaElement area => area.Value,
                AngleSharp.Html.Dom.IHtmlInputElement box => box.Value,
                _ => "",
            };
        }

        fields["Title"] = "My stale change";
        using var content = new FormUrlEncodedContent(fields);
        using var second = await client.Http.PostAsync(new Uri(edit, UriKind.Relative), content);

        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        var page = await PortalClient.ParseAsync(second);
        Assert.Contains("Someone else changed this opportunity while you were editing. Check the values below and save again.", Assertions.ErrorSummary(page));
        Assert.Equal("My stale change", Assertions.FieldValue(page, "Title"));
        var stored = await app.StoredOpportunityAsync(opportunity.Id);
        Assert.Equal("Changed by someone else", stored.Title);
        Assert.Equal(stored.Version.ToString(), Assertions.FieldValue(page, "Version"));
    }

    [Fact]
    public async Task The_list_filters_by_type_organisation_band_and_closing_soon()
    {
        var lead = await app.PersonAsync(roles: Roles.ProgrammeLead);
        var trust = await app.OrganisationAsync("Trust A");
        await app.OpportunityAsync(lead.Id, title: "Secondment soon", type: OpportunityType.Secondment, band: "Band 7", organisationId: trust.Id,
            closesAtUtc: DateTime.UtcNow.AddDays(5));
        await app.OpportunityAsync(lead.Id, title: "Secondment later", type: OpportunityType.Secondment, band: "Band 8a",
            closesAtUtc: DateTime.UtcNow.AddDays(40));
        await app.OpportunityAsync(lead.Id, title: "Taster", type: OpportunityType.Taster, band: "Band 7", organisationId: trust.Id,
            closesAtUtc: DateTime.UtcNow.AddDays(20));
        await app.OpportunityAsync(lead.Id, title: "Closed already", closesAtUtc: DateTime.UtcNow.AddDays(3), publish: false);
        var mentee = await app.PersonAsync(roles: Roles.Mentee);
        using var client = await app.SignedInAsync(mentee.Email!);

        async Task<string[]> TitlesAsync(string query) =>
            (await client.GetPageAsync("/Opportunities" + query)).QuerySelectorAll("#opportunities tbody tr a").Select(a => a.TextContent.Trim()).ToArray();

        Assert.Equal(["Secondment soon", "Taster", "Secondment later"], await TitlesAsync(""));
        Assert.Equal(["Secondment soon", "Secondment later"], await TitlesAsync("?Filter.Type=Secondment"));
        Assert.Equal(["Secondment soon", "Taster"], await TitlesAsync($"?Filter.OrganisationId={trust.Id}"));
        Assert.Equal(["Secondment later"], await TitlesAsync("?Filter.Band=Band+8a"));
        Assert.Equal(["Secondment soon"], await TitlesAsync("?Filter.ClosingSoon=true"));
    }

    private static Dictionary<string, object?> Fields(Guid organisationId, string title) => new()
    {
        ["Type"] = "Secondment",
        ["Title"] = title,
        ["Description"] = "Six months in the ICB's population health team.",
        ["OrganisationId"] = organisationId.ToString(),
        ["Team"] = "Population Health",
        ["Band"] = "Band 8a",
        ["HoursPerWeek"] = "22.5",
        ["Duration"] = "6 months",
        ["Places"] = "2",
        ["ClosingDate"] = "2030-07-01",
        ["ClosingTime"] = "17:00",
        ["Channels"] = new[] { "Ats", "PositiveAction" },
        ["PositiveAction"] = "true",
    };

    public void Dispose() => app.Dispose();
}
