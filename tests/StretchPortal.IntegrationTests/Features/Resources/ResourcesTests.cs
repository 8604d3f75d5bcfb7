using System.Net;
using Microsoft.EntityFrameworkCore;
using StretchPortal.IntegrationTests.Infrastructure;
using StretchPortal.Web.Domain;
using StretchPortal.Web.Security;

namespace StretchPortal.IntegrationTests.Features.Resources;

public sealed class ResourcesTests : IDisposable
{
    private readonly PortalApp app = new();

    public void Dispose() => app.Dispose();

    [Fact]
    public async Task Anonymous_visitors_are_sent_to_sign_in()
    {
        var resource = await app.ResourceAsync("Board roles explained");
        using var client = app.NewClient();

        foreach (var url in new[] { "/Resources", $"/Resources/Details/{resource.Id}", "/Resources/Create", $"/Resources/Edit/{resource.Id}", $"/Resources/Recommend/{resource.Id}" })
        {
            using var response = await client.GetAsync(url);
            Assertions.IsRedirectToSignIn(response);
        }
    }

    [Fact]
    public async Task Each_person_finds_what_is_meant_for_their_roles_and_never_what_is_archived()
    {
        await app.ResourceAsync("For everyone");
        await app.ResourceAsync("For mentees", ResourceAudience.Mentees);
        await app.ResourceAsync("For mentors", ResourceAudience.Mentors);
        await app.ResourceAsync("For coaches", ResourceAudience.Coaches);
        await app.ResourceAsync("Archived for everyone", archived: true);
        var mentee = await app.PersonAsync(roles: Roles.Mentee);
        var mentorAndCoach = await app.PersonAsync(null, Roles.Mentor, Roles.Coach);
        var mentor = await app.PersonAsync(roles: Roles.Mentor);
        var sponsor = await app.PersonAsync(roles: Roles.Sponsor);
        var lead = await app.PersonAsync(roles: Roles.ProgrammeLead);

        Assert.Equal(["For everyone", "For mentees"], await TitlesAsync(mentee, "/Resources"));
        Assert.Equal(["For coaches", "For everyone", "For mentees", "For mentors"], await TitlesAsync(mentorAndCoach, "/Resources"));
        Assert.Equal(["For everyone", "For mentors"], await TitlesAsync(mentor, "/Resources"));
        Assert.Equal(["For everyone"], await TitlesAsync(sponsor, "/Resources"));
        Assert.Equal(["For coaches", "For everyone", "For mentees", "For mentors", "Archived for everyone"], await TitlesAsync(lead, "/Resources"));
    }

    [Fact]
    public async Task A_resource_not_meant_for_the_person_or_archived_is_404_to_them()
    {
        var forMentors = await app.ResourceAsync("For mentors", ResourceAudience.Mentors);
        var archived = await app.ResourceAsync("Archived", archived: true);
        var mentee = await app.PersonAsync(roles: Roles.Mentee);
        using var client = await app.SignedInAsync(mentee.Email!);

        using var notForThem = await client.GetAsync($"/Resources/Details/{forMentors.Id}");
        using var gone = await client.GetAsync($"/Resources/Details/{archived.Id}");
        using var unknown = await client.GetAsync($"/Resources/Details/{Guid.NewGuid()}");

        Assert.Equal(HttpStatusCode.NotFound, notForThem.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }

    [Fact]
    public async Task The_library_is_searched_by_words_topic_kind_and_ICS_priority()
    {
        var priority = await app.WithDbAsync(db => db.IcsPriorities.OrderBy(p => p.SortOrder).Select(p => p.Id).FirstAsync());
        await app.ResourceAsync("Commissioning basics", kind: ResourceKind.Document, topics: ResourceTopics.Commissioning, priorities: [priority]);
        await app.ResourceAsync("Quality improvement video", kind: ResourceKind.Video, topics: ResourceTopics.QualityImprovement | ResourceTopics.Inclusion);
        await app.ResourceAsync("Inclusive leadership", kind: ResourceKind.Article, topics: ResourceTopics.Inclusion);
        var mentee = await app.PersonAsync(roles: Roles.Mentee);

        Assert.Equal(["Commissioning basics"], await TitlesAsync(mentee, "/Resources?q=BASICS"));
        Assert.Equal(["Inclusive leadership", "Quality improvement video"], await TitlesAsync(mentee, "/Resources?topic=Inclusion"));
        Assert.Equal(["Quality improvement video"], await TitlesAsync(mentee, "/Resources?topic=Inclusion&kind=Video"));
        Assert.Equal(["Commissioning basics"], await TitlesAsync(mentee, $"/Resources?priority={priority}"));
    }

    [Theory]
    [InlineData(Roles.Mentee)]
    [InlineData(Roles.Coach)]
    [InlineData(Roles.Administrator)]
    public async Task People_who_do_not_curate_cannot_add_change_or_archive_resources(string role)
    {
        var resource = await app.ResourceAsync("Board roles explained");
        var person = await app.PersonAsync(roles: role);
        using var client = await app.SignedInAsync(person.Email!);

        using var create = await client.GetAsync("/Resources/Create");
        using var post = await client.PostAsync("/Resources/Create", new() { ["Title"] = "Forged", ["Summary"] = "x", ["Kind"] = "Link", ["Audience"] = "All", ["Topics"] = "Inclusion", ["Url"] = "https://example.org" });
        using var edit = await client.GetAsync($"/Resources/Edit/{resource.Id}");
        using var archive = await client.PostAsync($"/Resources/Archive/{resource.Id}", new() { ["Version"] = resource.Version.ToString() });

        Assert.All(new[] { create, post, edit, archive }, r => Assert.Equal(HttpStatusCode.Forbidden, r.StatusCode));
        var stored = await app.WithDbAsync(db => db.Resources.AsNoTracking().ToListAsync());
        Assert.False(Assert.Single(stored).IsArchived);
    }

    [Fact]
    public async Task A_lead_adds_a_resource_with_its_topics_and_ICS_priorities()
    {
        var lead = await app.PersonAsync(roles: Roles.ProgrammeLead);
        var priorities = await app.WithDbAsync(db => db.IcsPriorities.OrderBy(p => p.SortOrder).Select(p => p.Id).Take(2).ToListAsync());
        using var client = await app.SignedInAsync(lead.Email!);

        using var response = await client.PostFormAsync("/Resources/Create", new()
        {
            ["Title"] = "Preparing for a board role",
            ["Summary"] = "What boards look for.",
            ["Kind"] = "Article",
            ["Audience"] = "Mentees",
            ["Topics"] = new List<string> { "BoardRoles", "CareerPlanning" },
            ["IcsPriorityIds"] = priorities.Select(p => p.ToString()).ToList(),
            ["Url"] = "https://www.leadershipacademy.nhs.uk/",
        });

        var resource = await app.WithDbAsync(db => db.Resources.AsNoTracking().Include(r => r.Priorities).SingleAsync());
        Assertions.IsRedirectTo(response, $"/Resources/Details/{resource.Id}");
        Assert.Equal(("Preparing for a board role", ResourceKind.Article, ResourceAudience.Mentees), (resource.Title, resource.Kind, resource.Audience));
        Assert.Equal(ResourceTopics.BoardRoles | ResourceTopics.CareerPlanning, resource.Topics);
        Assert.Equal(priorities.Order(), resource.Priorities.Select(p => p.IcsPriorityId).Order());
        Assert.Equal("https://www.leadershipacademy.nhs.uk/", resource.Url);
    }

    [Fact]
    public async Task Adding_a_resource_with_missing_or_bad_input_shows_the_messages_and_keeps_the_input()
    {
        var lead = await app.PersonAsync(roles: Roles.ProgrammeLead);
        using var client = await app.SignedInAsync(lead.Email!);

        using var response = await client.PostFormAsync("/Resources/Create", new()
        {
            ["Title"] = "Preparing for a board role",
            ["Summary"] = "",
            ["Kind"] = "Article",
            ["Url"] = "javascript:alert(1)",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await PortalClient.ParseAsync(response);
        List<string> expected =
            ["Choose at least one topic", "Choose who the resource is for", "Enter a short summary of the resource", "Enter a web address starting with https:// or http://"];
        Assert.Equal(expected, Assertions.ErrorSummary(page).Order(StringComparer.Ordinal));
        Assert.Equal("Preparing for a board role", Assertions.FieldValue(page, "Title"));
        Assert.Equal("javascript:alert(1)", Assertions.FieldValue(page, "Url"));
        Assert.NotNull(page.QuerySelector("input[name=Kind][value=Article][checked]"));
        Assert.Equal(0, await app.WithDbAsync(db => db.Resources.CountAsync()));
    }

    [Fact]
    public async Task A_lead_edits_a_resource_and_a_stale_save_is_refused_with_the_input_kept()
    {
        var resource = await app.ResourceAsync("Board roles explained");
        var lead = await app.PersonAsync(roles: Roles.ProgrammeLead);
        using var client = await app.SignedInAsync(lead.Email!);
        var url = $"/Resources/Edit/{resource.Id}";

        using var saved = await client.PostFormAsync(url, new() { ["Title"] = "Board roles, explained" });
        Assertions.IsRedirectTo(saved, $"/Resources/Details/{resource.Id}");
        Assert.Equal("Board roles, explained", await app.WithDbAsync(db => db.Resources.Select(r => r.Title).SingleAsync()));

        using var stale = await client.PostFormAsync(url, new() { ["Title"] = "A stale title", ["Version"] = resource.Version.ToString() });
        Assert.Equal(HttpStatusCode.OK, stale.StatusCode);
        var page = await PortalClient.ParseAsync(stale);
        Assert.Equal(["Someone else changed this resource while you were editing. Check the values below and save again."], Assertions.ErrorSummary(page));
        Assert.Equal("A stale title", Assertions.FieldValue(page, "Title"));
        var current = await app.WithDbAsync(db => db.Resources.AsNoTracking().SingleAsync());
        Assert.Equal("Board roles, explained", current.Title);
        Assert.Equal(current.Version.ToString(), Assertions.FieldValue(page, "Version"));
    }

    [Fact]
    public async Task A_lead_archives_a_resource_so_it_leaves_the_library_and_restores_it()
    {
        var resource = await app.ResourceAsync("Board roles explained");
        var lead = await app.PersonAsync(roles: Roles.ProgrammeLead);
        var mentee = await app.PersonAsync(roles: Roles.Mentee);
        using var client = await app.SignedInAsync(lead.Email!);
        var details = $"/Resources/Details/{resource.Id}";

        using var archived = await client.PostFormAsync(details, new(), action: $"/Resources/Archive/{resource.Id}");
        Assertions.IsRedirectTo(archived, details);
        Assert.True(await app.WithDbAsync(db => db.Resources.Select(r => r.IsArchived).SingleAsync()));
        Assert.Empty(await TitlesAsync(mentee, "/Resources"));
        Assert.NotNull((await client.GetPageAsync(details)).QuerySelector("#archived"));

        using var restored = await client.PostFormAsync(details, new(), action: $"/Resources/Restore/{resource.Id}");
        Assertions.IsRedirectTo(restored, details);
        Assert.False(await app.WithDbAsync(db => db.Resources.Select(r => r.IsArchived).SingleAsync()));
        Assert.Equal(["Board roles explained"], await TitlesAsync(mentee, "/Resources"));
    }

    private async Task<List<string>> TitlesAsync(Person person, string url)
    {
        using var client = await app.SignedInAsync(person.Email!);
        return (await client.GetPageAsync(url)).QuerySelectorAll("#resources tbody tr td:first-child a").Select(a => a.TextContent.Trim()).ToList();
    }
}
