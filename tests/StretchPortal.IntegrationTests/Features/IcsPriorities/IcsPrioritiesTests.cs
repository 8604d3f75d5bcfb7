using System.Net;
using Microsoft.EntityFrameworkCore;
using StretchPortal.IntegrationTests.Infrastructure;
using StretchPortal.Web.Data.Seeding;
using StretchPortal.Web.Domain;
using StretchPortal.Web.Security;

namespace StretchPortal.IntegrationTests.Features.IcsPriorities;

public sealed class IcsPrioritiesTests : IDisposable
{
    private readonly PortalApp app = new();

    [Theory]
    [InlineData("/IcsPriorities")]
    [InlineData("/IcsPriorities/Create")]
    [InlineData("/IcsPriorities/Edit/0199a3c4-0000-7000-8000-000000000001")]
    public async Task Anonymous_visits_are_sent_to_sign_in(string url)
    {
        using var client = app.NewClient();

        using var response = await client.GetAsync(url);

        Assertions.IsRedirectToSignIn(response);
    }

    [Fact]
    public async Task A_mentee_is_refused_every_ics_priority_page_and_action()
    {
        var priority = await FirstPriorityAsync();
        var mentee = await app.PersonAsync("mentee@example.org", Roles.Mentee);
        using var client = await app.SignedInAsync(mentee.Email!);

        using var index = await client.GetAsync("/IcsPriorities");
        using var create = await client.GetAsync("/IcsPriorities/Create");
        using var edit = await client.GetAsync("/IcsPriorities/Edit/" + priority.Id);
        using var postCreate = await client.PostAsync("/IcsPriorities/Create", new() { ["Name"] = "Sneaky priority" });
        using var postEdit = await client.PostAsync("/IcsPriorities/Edit/" + priority.Id, new() { ["Name"] = "Renamed", ["Version"] = priority.Version.ToString() });
        using var postArchive = await client.PostAsync("/IcsPriorities/Archive/" + priority.Id, []);

        Assert.All(new[] { index, create, edit, postCreate, postEdit, postArchive }, r => Assert.Equal(HttpStatusCode.Forbidden, r.StatusCode));
        var stored = await app.WithDbAsync(db => db.IcsPriorities.AsNoTracking().OrderBy(p => p.SortOrder).ToListAsync());
        Assert.Equal(ReferenceDataSeeder.IcsPriorityNames, stored.Select(p => p.Name));
        Assert.DoesNotContain(stored, p => p.IsArchived);
    }

    [Fact]
    public async Task The_list_shows_the_five_seeded_priorities_in_order()
    {
        var lead = await app.PersonAsync("lead@example.org", Roles.ProgrammeLead);
        using var client = await app.SignedInAsync(lead.Email!);

        var page = await client.GetPageAsync("/IcsPriorities");

        var names = page.QuerySelectorAll("tbody tr td:first-child").Select(td => td.TextContent.Trim());
        Assert.Equal(ReferenceDataSeeder.IcsPriorityNames, names);
    }

    [Fact]
    public async Task A_programme_lead_adds_a_priority_which_goes_last()
    {
        var lead = await app.PersonAsync("lead@example.org", Roles.ProgrammeLead);
        using var client = await app.SignedInAsync(lead.Email!);

        using var response = await client.PostFormAsync("/IcsPriorities/Create", new()
        {
            ["Name"] = " Developing the workforce ",
            ["Description"] = "Growing tomorrow's leaders from today's staff",
        });
        var page = await client.GetPageAsync("/IcsPriorities");

        Assertions.IsRedirectTo(response, "/IcsPriorities");
        var stored = await app.WithDbAsync(db => db.IcsPriorities.AsNoTracking().SingleAsync(p => p.Name == "Developing the workforce"));
        Assert.Equal("Growing tomorrow's leaders from today's staff", stored.Description);
        Assert.Equal(ReferenceDataSeeder.IcsPriorityNames.Count + 1, stored.SortOrder);
        Assert.Equal("Developing the workforce", page.QuerySelectorAll("tbody tr td:first-child")[^1].TextContent.Trim());
    }

    [Fact]
    public async Task An_administrator_manages_priorities_too()
    {
        var admin = await app.PersonAsync("admin@example.org", Roles.Administrator);
        using var client = await app.SignedInAsync(admin.Email!);

        using var response = await client.PostFormAsync("/IcsPriorities/Create", new() { ["Name"] = "Net zero" });

        Assertions.IsRedirectTo(response, "/IcsPriorities");
        var stored = await app.WithDbAsync(db => db.IcsPriorities.AsNoTracking().SingleAsync(p => p.Name == "Net zero"));
        Assert.Null(stored.Description);
    }

    [Fact]
    public async Task An_empty_name_shows_the_error_keeps_the_input_and_saves_nothing()
    {
        var lead = await app.PersonAsync("lead@example.org", Roles.ProgrammeLead);
        using var client = await app.SignedInAsync(lead.Email!);

        using var response = await client.PostFormAsync("/IcsPriorities/Create", new() { ["Name"] = "", ["Description"] = "Typed description" });
        var page = await PortalClient.ParseAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Enter the priority's name", Assertions.ErrorSummary(page));
        Assert.Equal("Typed description", Assertions.FieldValue(page, "Description"));
        Assert.Equal(ReferenceDataSeeder.IcsPriorityNames.Count, await app.WithDbAsync(db => db.IcsPriorities.CountAsync()));
    }

    [Fact]
    public async Task A_duplicate_name_is_refused_inline()
    {
        var lead = await app.PersonAsync("lead@example.org", Roles.ProgrammeLead);
        using var client = await app.SignedInAsync(lead.Email!);

        using var response = await client.PostFormAsync("/IcsPriorities/Create", new()
        {
            ["Name"] = ReferenceDataSeeder.IcsPriorityNames[0].ToUpperInvariant(),
            ["Description"] = "Kept",
        });
        var page = await PortalClient.ParseAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("An ICS priority with this name already exists", Assertions.ErrorSummary(page));
        Assert.Equal(ReferenceDataSeeder.IcsPriorityNames[0].ToUpperInvariant(), Assertions.FieldValue(page, "Name"));
        Assert.Equal("Kept", Assertions.FieldValue(page, "Description"));
        Assert.Equal(ReferenceDataSeeder.IcsPriorityNames.Count, await app.WithDbAsync(db => db.IcsPriorities.CountAsync()));
    }

    [Fact]
    public async Task A_description_over_1000_characters_is_refused()
    {
        var lead = await app.PersonAsync("lead@example.org", Roles.ProgrammeLead);
        using var client = await app.SignedInAsync(lead.Email!);

        using var response = await client.PostFormAsync("/IcsPriorities/Create", new() { ["Name"] = "Long one", ["Description"] = new string('x', 1001) });
        var page = await PortalClient.ParseAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Description must be 1000 characters or fewer", Assertions.ErrorSummary(page));
        Assert.False(await app.WithDbAsync(db => db.IcsPriorities.AnyAsync(p => p.Name == "Long one")));
    }

    [Fact]
    public async Task A_programme_lead_edits_a_priority_and_its_place_is_kept()
    {
        var priority = await FirstPriorityAsync();
        var lead = await app.PersonAsync("lead@example.org", Roles.ProgrammeLead);
        using var client = await app.SignedInAsync(lead.Email!);

        using var response = await client.PostFormAsync("/IcsPriorities/Edit/" + priority.Id, new()
        {
            ["Name"] = "Improving population health outcomes",
            ["Description"] = "Healthier lives for local people",
        });

        Assertions.IsRedirectTo(response, "/IcsPriorities");
        var stored = await app.WithDbAsync(db => db.IcsPriorities.AsNoTracking().SingleAsync(p => p.Id == priority.Id));
        Assert.Equal("Improving population health outcomes", stored.Name);
        Assert.Equal("Healthier lives for local people", stored.Description);
        Assert.Equal(priority.SortOrder, stored.SortOrder);
    }

    [Fact]
    public async Task A_stale_edit_is_refused_with_the_input_kept_and_a_second_save_goes_through()
    {
        var priority = await FirstPriorityAsync();
        var lead = await app.PersonAsync("lead@example.org", Roles.ProgrammeLead);
        using var client = await app.SignedInAsync(lead.Email!);
        var url = "/IcsPriorities/Edit/" + priority.Id;
        var seen = Assertions.FieldValue(await client.GetPageAsync(url), "Version");
        await app.WithDbAsync(async db =>
        {
            var elsewhere = await db.IcsPriorities.SingleAsync(p => p.Id == priority.Id);
            elsewhere.Description = "Written by someone else";
            await db.SaveChangesAsync();
        });

        using var response = await client.PostFormAsync(url, new() { ["Name"] = "My typed name", ["Description"] = "My typed description", ["Version"] = seen });
        var page = await PortalClient.ParseAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(Assertions.ErrorSummary(page), e => e.StartsWith("Someone else changed this ICS priority", StringComparison.Ordinal));
        Assert.Equal("My typed name", Assertions.FieldValue(page, "Name"));
        Assert.Equal("My typed description", Assertions.FieldValue(page, "Description"));
        var stored = await app.WithDbAsync(db => db.IcsPriorities.AsNoTracking().SingleAsync(p => p.Id == priority.Id));
        Assert.Equal(priority.Name, stored.Name);
        Assert.Equal("Written by someone else", stored.Description);
        Assert.Equal(stored.Version.ToString(), Assertions.FieldValue(page, "Version"));

        using var again = await client.PostFormAsync(url, new() { ["Name"] = "My typed name", ["Version"] = Assertions.FieldValue(page, "Version") });

        Assertions.IsRedirectTo(again, "/IcsPriorities");
        Assert.Equal("My typed name", await app.WithDbAsync(db => db.IcsPriorities.Where(p => p.Id == priority.Id).Select(p => p.Name).SingleAsync()));
    }

    [Fact]
    public async Task A_priority_is_archived_and_restored()
    {
        var priority = await FirstPriorityAsync();
        var lead = await app.PersonAsync("lead@example.org", Roles.ProgrammeLead);
        using var client = await app.SignedInAsync(lead.Email!);

        using var archive = await client.PostFormAsync("/IcsPriorities", [], "/IcsPriorities/Archive/" + priority.Id);
        var archived = await IsArchivedAsync(priority.Id);
        var index = await client.GetPageAsync("/IcsPriorities");
        using var restore = await client.PostFormAsync("/IcsPriorities", [], "/IcsPriorities/Restore/" + priority.Id);
        var restored = await IsArchivedAsync(priority.Id);

        Assertions.IsRedirectTo(archive, "/IcsPriorities");
        Assert.True(archived);
        Assert.Equal("Archived", index.QuerySelector("tbody tr .nhsuk-tag")?.TextContent.Trim());
        Assertions.IsRedirectTo(restore, "/IcsPriorities");
        Assert.False(restored);
    }

    [Fact]
    public async Task An_unknown_priority_is_not_found()
    {
        var lead = await app.PersonAsync("lead@example.org", Roles.ProgrammeLead);
        using var client = await app.SignedInAsync(lead.Email!);
        var unknown = Guid.NewGuid();

        using var edit = await client.GetAsync("/IcsPriorities/Edit/" + unknown);
        using var restore = await client.PostAsync("/IcsPriorities/Restore/" + unknown, []);

        Assert.Equal(HttpStatusCode.NotFound, edit.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, restore.StatusCode);
    }

    public void Dispose() => app.Dispose();

    private Task<IcsPriority> FirstPriorityAsync() =>
        app.WithDbAsync(db => db.IcsPriorities.AsNoTracking().OrderBy(p => p.SortOrder).FirstAsync());

    private Task<bool> IsArchivedAsync(Guid id) =>
        app.WithDbAsync(db => db.IcsPriorities.Where(p => p.Id == id).Select(p => p.IsArchived).SingleAsync());
}
