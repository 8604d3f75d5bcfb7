using System.Net;
using Microsoft.EntityFrameworkCore;
using StretchPortal.IntegrationTests.Infrastructure;
using StretchPortal.Web.Domain;
using StretchPortal.Web.Security;

namespace StretchPortal.IntegrationTests.Features.Organisations;

public sealed class OrganisationsTests : IDisposable
{
    private readonly PortalApp app = new();

    [Theory]
    [InlineData("/Organisations")]
    [InlineData("/Organisations/Create")]
    [InlineData("/Organisations/Edit/0199a3c4-0000-7000-8000-000000000001")]
    public async Task Anonymous_visits_are_sent_to_sign_in(string url)
    {
        using var client = app.NewClient();

        using var response = await client.GetAsync(url);

        Assertions.IsRedirectToSignIn(response);
    }

    [Fact]
    public async Task A_mentee_is_refused_every_organisation_page_and_action()
    {
        var organisation = await app.OrganisationAsync("Existing Trust");
        var mentee = await app.PersonAsync("mentee@example.org", Roles.Mentee);
        using var client = await app.SignedInAsync(mentee.Email!);

        using var index = await client.GetAsync("/Organisations");
        using var create = await client.GetAsync("/Organisations/Create");
        using var edit = await client.GetAsync("/Organisations/Edit/" + organisation.Id);
        using var postCreate = await client.PostAsync("/Organisations/Create", new() { ["Name"] = "Sneaky Trust" });
        using var postEdit = await client.PostAsync("/Organisations/Edit/" + organisation.Id, new() { ["Name"] = "Renamed", ["Version"] = organisation.Version.ToString() });
        using var postArchive = await client.PostAsync("/Organisations/Archive/" + organisation.Id, []);

        Assert.All(new[] { index, create, edit, postCreate, postEdit, postArchive }, r => Assert.Equal(HttpStatusCode.Forbidden, r.StatusCode));
        var stored = await app.WithDbAsync(db => db.Organisations.AsNoTracking().ToListAsync());
        var only = Assert.Single(stored);
        Assert.Equal("Existing Trust", only.Name);
        Assert.False(only.IsArchived);
    }

    [Fact]
    public async Task A_programme_lead_adds_an_organisation_and_sees_it_listed()
    {
        var lead = await app.PersonAsync("lead@example.org", Roles.ProgrammeLead);
        using var client = await app.SignedInAsync(lead.Email!);

        using var response = await client.PostFormAsync("/Organisations/Create", new() { ["Name"] = "  Leicester City Council ", ["Region"] = nameof(NhsRegion.Midlands) });
        var index = await client.GetPageAsync("/Organisations");

        Assertions.IsRedirectTo(response, "/Organisations");
        var stored = await app.WithDbAsync(db => db.Organisations.AsNoTracking().SingleAsync());
        Assert.Equal("Leicester City Council", stored.Name);
        Assert.Equal(NhsRegion.Midlands, stored.Region);
        Assert.False(stored.IsArchived);
        var row = index.QuerySelectorAll("tbody tr").Single();
        Assert.Equal(["Leicester City Council", "Midlands", "Active"], row.QuerySelectorAll("td").Take(3).Select(td => td.TextContent.Trim()));
        Assert.True(await app.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.Action == "Organisation.Added" && a.EntityId == stored.Id.ToString() && a.ActorId == lead.Id)));
    }

    [Fact]
    public async Task An_administrator_manages_organisations_too()
    {
        var admin = await app.PersonAsync("admin@example.org", Roles.Administrator);
        using var client = await app.SignedInAsync(admin.Email!);

        using var response = await client.PostFormAsync("/Organisations/Create", new() { ["Name"] = "University Hospitals of Leicester" });

        Assertions.IsRedirectTo(response, "/Organisations");
        var stored = await app.WithDbAsync(db => db.Organisations.AsNoTracking().SingleAsync());
        Assert.Equal("University Hospitals of Leicester", stored.Name);
        Assert.Null(stored.Region);
    }

    [Fact]
    public async Task An_empty_name_shows_the_error_keeps_the_input_and_saves_nothing()
    {
        var lead = await app.PersonAsync("lead@example.org", Roles.ProgrammeLead);
        using var client = await app.SignedInAsync(lead.Email!);

        using var response = await client.PostFormAsync("/Organisations/Create", new() { ["Name"] = " ", ["Region"] = nameof(NhsRegion.London) });
        var page = await PortalClient.ParseAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Enter the organisation's name", Assertions.ErrorSummary(page));
        Assert.Equal(nameof(NhsRegion.London), Assertions.FieldValue(page, "Region"));
        Assert.Equal(0, await app.WithDbAsync(db => db.Organisations.CountAsync()));
    }

    [Fact]
    public async Task A_duplicate_name_is_refused_inline_whatever_its_case()
    {
        await app.OrganisationAsync("Leicestershire Partnership NHS Trust");
        var lead = await app.PersonAsync("lead@example.org", Roles.ProgrammeLead);
        using var client = await app.SignedInAsync(lead.Email!);

        using var response = await client.PostFormAsync("/Organisations/Create", new() { ["Name"] = "leicestershire partnership NHS trust" });
        var page = await PortalClient.ParseAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("An organisation with this name already exists", Assertions.ErrorSummary(page));
        Assert.Contains("An organisation with this name already exists", page.QuerySelector("#Name-error")?.TextContent, StringComparison.Ordinal);
        Assert.Equal("leicestershire partnership NHS trust", Assertions.FieldValue(page, "Name"));
        Assert.Equal(1, await app.WithDbAsync(db => db.Organisations.CountAsync()));
    }

    [Fact]
    public async Task A_programme_lead_renames_an_organisation()
    {
        var organisation = await app.OrganisationAsync("Old Name Trust");
        var lead = await app.PersonAsync("lead@example.org", Roles.ProgrammeLead);
        using var client = await app.SignedInAsync(lead.Email!);

        using var response = await client.PostFormAsync("/Organisations/Edit/" + organisation.Id, new() { ["Name"] = "New Name Trust", ["Region"] = nameof(NhsRegion.NorthWest) });

        Assertions.IsRedirectTo(response, "/Organisations");
        var stored = await app.WithDbAsync(db => db.Organisations.AsNoTracking().SingleAsync());
        Assert.Equal("New Name Trust", stored.Name);
        Assert.Equal(NhsRegion.NorthWest, stored.Region);
        Assert.NotEqual(organisation.Version, stored.Version);
    }

    [Fact]
    public async Task Renaming_to_another_organisations_name_is_refused()
    {
        await app.OrganisationAsync("Taken Trust");
        var organisation = await app.OrganisationAsync("My Trust");
        var lead = await app.PersonAsync("lead@example.org", Roles.ProgrammeLead);
        using var client = await app.SignedInAsync(lead.Email!);

        using var response = await client.PostFormAsync("/Organisations/Edit/" + organisation.Id, new() { ["Name"] = "Taken Trust" });
        var page = await PortalClient.ParseAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("An organisation with this name already exists", Assertions.ErrorSummary(page));
        Assert.Equal("My Trust", await app.WithDbAsync(db => db.Organisations.Where(o => o.Id == organisation.Id).Select(o => o.Name).SingleAsync()));
    }

    [Fact]
    public async Task Saving_an_organisation_under_its_own_name_is_allowed()
    {
        var organisation = await app.OrganisationAsync("Same Trust");
        var lead = await app.PersonAsync("lead@example.org", Roles.ProgrammeLead);
        using var client = await app.SignedInAsync(lead.Email!);

        using var response = await client.PostFormAsync("/Organisations/Edit/" + organisation.Id, new() { ["Region"] = nameof(NhsRegion.SouthEast) });

        Assertions.IsRedirectTo(response, "/Organisations");
        Assert.Equal(NhsRegion.SouthEast, await app.WithDbAsync(db => db.Organisations.Select(o => o.Region).SingleAsync()));
    }

    [Fact]
    public async Task A_stale_edit_is_refused_with_the_input_kept_and_a_second_save_goes_through()
    {
        var organisation = await app.OrganisationAsync("Shared Trust");
        var lead = await app.PersonAsync("lead@example.org", Roles.ProgrammeLead);
        using var client = await app.SignedInAsync(lead.Email!);
        var url = "/Organisations/Edit/" + organisation.Id;
        var seen = Assertions.FieldValue(await client.GetPageAsync(url), "Version");
        await app.WithDbAsync(async db =>
        {
            var elsewhere = await db.Organisations.SingleAsync();
            elsewhere.Region = NhsRegion.SouthWest;
            await db.SaveChangesAsync();
        });

        using var response = await client.PostFormAsync(url, new() { ["Name"] = "My Typed Name", ["Region"] = nameof(NhsRegion.London), ["Version"] = seen });
        var page = await PortalClient.ParseAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(Assertions.ErrorSummary(page), e => e.StartsWith("Someone else changed this organisation", StringComparison.Ordinal));
        Assert.Equal("My Typed Name", Assertions.FieldValue(page, "Name"));
        Assert.Equal(nameof(NhsRegion.London), Assertions.FieldValue(page, "Region"));
        var stored = await app.WithDbAsync(db => db.Organisations.AsNoTracking().SingleAsync());
        Assert.Equal("Shared Trust", stored.Name);
        Assert.Equal(NhsRegion.SouthWest, stored.Region);
        Assert.Equal(stored.Version.ToString(), Assertions.FieldValue(page, "Version"));

        using var again = await client.PostFormAsync(url, new() { ["Name"] = "My Typed Name", ["Version"] = Assertions.FieldValue(page, "Version") });

        Assertions.IsRedirectTo(again, "/Organisations");
        Assert.Equal("My Typed Name", await app.WithDbAsync(db => db.Organisations.Select(o => o.Name).SingleAsync()));
    }

    [Fact]
    public async Task An_organisation_is_archived_and_restored()
    {
        var organisation = await app.OrganisationAsync("Seasonal Trust");
        var lead = await app.PersonAsync("lead@example.org", Roles.ProgrammeLead);
        using var client = await app.SignedInAsync(lead.Email!);

        using var archive = await client.PostFormAsync("/Organisations", [], "/Organisations/Archive/" + organisation.Id);
        var archived = await app.WithDbAsync(db => db.Organisations.Select(o => o.IsArchived).SingleAsync());
        var index = await client.GetPageAsync("/Organisations");
        using var restore = await client.PostFormAsync("/Organisations", [], "/Organisations/Restore/" + organisation.Id);
        var restored = await app.WithDbAsync(db => db.Organisations.Select(o => o.IsArchived).SingleAsync());

        Assertions.IsRedirectTo(archive, "/Organisations");
        Assert.True(archived);
        Assert.Equal("Archived", index.QuerySelector("tbody .nhsuk-tag")?.TextContent.Trim());
        Assertions.IsRedirectTo(restore, "/Organisations");
        Assert.False(restored);
    }

    [Fact]
    public async Task An_unknown_organisation_is_not_found()
    {
        var lead = await app.PersonAsync("lead@example.org", Roles.ProgrammeLead);
        using var client = await app.SignedInAsync(lead.Email!);
        var unknown = Guid.NewGuid();

        using var edit = await client.GetAsync("/Organisations/Edit/" + unknown);
        using var archive = await client.PostAsync("/Organisations/Archive/" + unknown, []);

        Assert.Equal(HttpStatusCode.NotFound, edit.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, archive.StatusCode);
    }

    public void Dispose() => app.Dispose();
}
