using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using StretchPortal.IntegrationTests.Features.Home;
using StretchPortal.IntegrationTests.Infrastructure;
using StretchPortal.Web.Domain;
using StretchPortal.Web.Security;

namespace StretchPortal.IntegrationTests.Features.PdrObjectives;

public sealed class PdrObjectivesTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2026, 11, 18, 10, 0, 0, TimeSpan.Zero);
    private readonly PortalApp app = new();

    public PdrObjectivesTests()
    {
        app.TestServices = services => services.AddSingleton<TimeProvider>(new FixedClock(Now));
    }

    [Theory]
    [InlineData("/PdrObjectives")]
    [InlineData("/PdrObjectives/Create")]
    [InlineData("/PdrObjectives/Edit/0199a3c4-0000-7000-8000-000000000001")]
    public async Task Anonymous_visits_are_sent_to_sign_in(string url)
    {
        using var client = app.NewClient();

        using var response = await client.GetAsync(url);

        Assertions.IsRedirectToSignIn(response);
    }

    [Fact]
    public async Task A_person_adds_an_objective_for_this_pdr_year_by_default()
    {
        var mentee = await app.PersonAsync("mentee@example.org", Roles.Mentee);
        using var client = await app.SignedInAsync(mentee.Email!);

        var form = await client.GetPageAsync("/PdrObjectives/Create");
        using var response = await client.PostFormAsync("/PdrObjectives/Create", new()
        {
            ["Title"] = "  Lead a service improvement project  ",
            ["Description"] = "Scope, test and evaluate a pathway change.",
        });

        Assert.Equal("2026/2027", Assertions.FieldValue(form, "Year"));
        Assertions.IsRedirectTo(response, "/PdrObjectives");
        var stored = await app.WithDbAsync(db => db.PdrObjectives.AsNoTracking().SingleAsync());
        Assert.Equal(mentee.Id, stored.PersonId);
        Assert.Equal("2026/2027", stored.Year);
        Assert.Equal("Lead a service improvement project", stored.Title);
        Assert.Equal("Scope, test and evaluate a pathway change.", stored.Description);
        Assert.True(await app.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.Action == "PdrObjective.Added" && a.EntityId == stored.Id.ToString() && a.ActorId == mentee.Id)));
    }

    [Fact]
    public async Task Anyone_signed_in_can_keep_objectives_even_without_a_role()
    {
        var person = await app.PersonAsync("no-role@example.org");
        using var client = await app.SignedInAsync(person.Email!);

        using var response = await client.PostFormAsync("/PdrObjectives/Create", new() { ["Year"] = "2025/2026", ["Title"] = "Complete the Mary Seacole programme" });

        Assertions.IsRedirectTo(response, "/PdrObjectives");
        Assert.Equal(person.Id, await app.WithDbAsync(db => db.PdrObjectives.Select(o => o.PersonId).SingleAsync()));
    }

    [Fact]
    public async Task The_list_shows_only_my_objectives_grouped_by_year_newest_first()
    {
        var mentee = await app.PersonAsync("mentee@example.org", Roles.Mentee);
        var other = await app.PersonAsync("other@example.org", Roles.Mentee);
        await ObjectiveAsync(mentee.Id, "2024/2025", "Oldest objective");
        await ObjectiveAsync(mentee.Id, "2026/2027", "Newest objective B");
        await ObjectiveAsync(mentee.Id, "2025/2026", "Middle objective");
        await ObjectiveAsync(mentee.Id, "2026/2027", "Newest objective A");
        await ObjectiveAsync(other.Id, "2026/2027", "Someone else's objective");
        using var client = await app.SignedInAsync(mentee.Email!);

        var page = await client.GetPageAsync("/PdrObjectives");

        Assert.Equal(["Your PDR objectives"], page.QuerySelectorAll("h1").Select(h => h.TextContent.Trim()));
        Assert.Equal(["2026/2027", "2025/2026", "2024/2025"], page.QuerySelectorAll("main h2").Select(h => h.TextContent.Trim()));
        var titles = page.QuerySelectorAll("main tbody tr td:first-child a").Select(a => a.TextContent.Trim()).ToList();
        Assert.Equal(["Newest objective A", "Newest objective B", "Middle objective", "Oldest objective"], titles);
        Assert.DoesNotContain("Someone else's objective", page.Body!.TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("", "Enter the PDR year, like 2026/2027")]
    [InlineData("26/27", "Enter the PDR year as two years, like 2026/2027")]
    [InlineData("2026-2027", "Enter the PDR year as two years, like 2026/2027")]
    [InlineData("2026/2028", "The PDR year must be two consecutive years, like 2026/2027")]
    [InlineData("2027/2026", "The PDR year must be two consecutive years, like 2026/2027")]
    public async Task A_badly_written_year_is_refused_with_the_input_kept(string year, string message)
    {
        var mentee = await app.PersonAsync("mentee@example.org", Roles.Mentee);
        using var client = await app.SignedInAsync(mentee.Email!);

        using var response = await client.PostFormAsync("/PdrObjectives/Create", new() { ["Year"] = year, ["Title"] = "Kept title", ["Description"] = "Kept description" });
        var page = await PortalClient.ParseAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal([message], Assertions.ErrorSummary(page));
        Assert.Equal(year, Assertions.FieldValue(page, "Year"));
        Assert.Equal("Kept title", Assertions.FieldValue(page, "Title"));
        Assert.Equal("Kept description", Assertions.FieldValue(page, "Description"));
        Assert.Equal(0, await app.WithDbAsync(db => db.PdrObjectives.CountAsync()));
    }

    [Fact]
    public async Task A_missing_title_and_overlong_text_are_refused()
    {
        var mentee = await app.PersonAsync("mentee@example.org", Roles.Mentee);
        using var client = await app.SignedInAsync(mentee.Email!);

        using var missing = await client.PostFormAsync("/PdrObjectives/Create", new() { ["Year"] = "2026/2027", ["Title"] = "  " });
        using var overlong = await client.PostFormAsync("/PdrObjectives/Create", new()
        {
            ["Year"] = "2026/2027",
            ["Title"] = new string('t', 301),
            ["Description"] = new string('d', 2001),
        });

        Assert.Equal(["Enter the objective"], Assertions.ErrorSummary(await PortalClient.ParseAsync(missing)));
        Assert.Equal(
            ["The objective must be 300 characters or fewer", "The description must be 2,000 characters or fewer"],
            Assertions.ErrorSummary(await PortalClient.ParseAsync(overlong)));
        Assert.Equal(0, await app.WithDbAsync(db => db.PdrObjectives.CountAsync()));
    }

    [Fact]
    public async Task A_person_changes_their_objective()
    {
        var mentee = await app.PersonAsync("mentee@example.org", Roles.Mentee);
        var objective = await ObjectiveAsync(mentee.Id, "2025/2026", "Old title", "Old description");
        using var client = await app.SignedInAsync(mentee.Email!);

        using var response = await client.PostFormAsync("/PdrObjectives/Edit/" + objective.Id, new()
        {
            ["Year"] = "2026/2027",
            ["Title"] = "New title",
            ["Description"] = "",
        });

        Assertions.IsRedirectTo(response, "/PdrObjectives");
        var stored = await app.WithDbAsync(db => db.PdrObjectives.AsNoTracking().SingleAsync());
        Assert.Equal(("2026/2027", "New title", (string?)null), (stored.Year, stored.Title, stored.Description));
        Assert.NotEqual(objective.Version, stored.Version);
    }

    [Fact]
    public async Task A_stale_edit_is_refused_with_the_input_kept_and_a_second_save_goes_through()
    {
        var mentee = await app.PersonAsync("mentee@example.org", Roles.Mentee);
        var objective = await ObjectiveAsync(mentee.Id, "2026/2027", "Shared title");
        using var client = await app.SignedInAsync(mentee.Email!);
        var url = "/PdrObjectives/Edit/" + objective.Id;
        var seen = Assertions.FieldValue(await client.GetPageAsync(url), "Version");
        await app.WithDbAsync(async db =>
        {
            var elsewhere = await db.PdrObjectives.SingleAsync();
            elsewhere.Description = "Changed in another tab";
            await db.SaveChangesAsync();
        });

        using var response = await client.PostFormAsync(url, new() { ["Title"] = "My typed title", ["Version"] = seen });
        var page = await PortalClient.ParseAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(Assertions.ErrorSummary(page), e => e.StartsWith("Someone else changed this objective", StringComparison.Ordinal));
        Assert.Equal("My typed title", Assertions.FieldValue(page, "Title"));
        var stored = await app.WithDbAsync(db => db.PdrObjectives.AsNoTracking().SingleAsync());
        Assert.Equal("Shared title", stored.Title);
        Assert.Equal(stored.Version.ToString(), Assertions.FieldValue(page, "Version"));

        using var again = await client.PostFormAsync(url, new() { ["Title"] = "My typed title", ["Version"] = Assertions.FieldValue(page, "Version") });

        Assertions.IsRedirectTo(again, "/PdrObjectives");
        Assert.Equal("My typed title", await app.WithDbAsync(db => db.PdrObjectives.Select(o => o.Title).SingleAsync()));
    }

    [Fact]
    public async Task Another_persons_objective_is_not_found_and_stays_unchanged()
    {
        var owner = await app.PersonAsync("owner@example.org", Roles.Mentee);
        var intruder = await app.PersonAsync("intruder@example.org", Roles.Mentor, Roles.ProgrammeLead, Roles.Administrator);
        var objective = await ObjectiveAsync(owner.Id, "2026/2027", "Private objective");
        using var client = await app.SignedInAsync(intruder.Email!);

        using var edit = await client.GetAsync("/PdrObjectives/Edit/" + objective.Id);
        using var postEdit = await client.PostAsync("/PdrObjectives/Edit/" + objective.Id, new()
        {
            ["Year"] = "2026/2027",
            ["Title"] = "Hijacked",
            ["Version"] = objective.Version.ToString(),
        });
        using var delete = await client.PostAsync("/PdrObjectives/Delete/" + objective.Id, []);
        var index = await client.GetPageAsync("/PdrObjectives");

        Assert.All(new[] { edit, postEdit, delete }, r => Assert.Equal(HttpStatusCode.NotFound, r.StatusCode));
        var stored = await app.WithDbAsync(db => db.PdrObjectives.AsNoTracking().SingleAsync());
        Assert.Equal("Private objective", stored.Title);
        Assert.DoesNotContain("Private objective", index.Body!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_objective_is_not_found()
    {
        var mentee = await app.PersonAsync("mentee@example.org", Roles.Mentee);
        using var client = await app.SignedInAsync(mentee.Email!);

        using var edit = await client.GetAsync("/PdrObjectives/Edit/" + Guid.NewGuid());
        using var delete = await client.PostAsync("/PdrObjectives/Delete/" + Guid.NewGuid(), []);

        Assert.Equal(HttpStatusCode.NotFound, edit.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, delete.StatusCode);
    }

    [Fact]
    public async Task A_person_deletes_an_objective_no_assignment_links_to()
    {
        var mentee = await app.PersonAsync("mentee@example.org", Roles.Mentee);
        var objective = await ObjectiveAsync(mentee.Id, "2026/2027", "Short-lived objective");
        using var client = await app.SignedInAsync(mentee.Email!);

        using var response = await client.PostFormAsync("/PdrObjectives/Edit/" + objective.Id, [], "/PdrObjectives/Delete/" + objective.Id);

        Assertions.IsRedirectTo(response, "/PdrObjectives");
        Assert.Equal(0, await app.WithDbAsync(db => db.PdrObjectives.CountAsync()));
        Assert.True(await app.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.Action == "PdrObjective.Deleted" && a.EntityId == objective.Id.ToString())));
    }

    [Fact]
    public async Task An_objective_an_assignment_links_to_cannot_be_deleted()
    {
        var lead = await app.PersonAsync("lead@example.org", Roles.ProgrammeLead);
        var mentee = await app.PersonAsync("mentee@example.org", Roles.Mentee);
        var (_, cohort) = await app.ProgrammeAsync(lead.Id);
        var enrolment = await app.EnrolmentAsync(cohort.Id, mentee.Id);
        var objective = await ObjectiveAsync(mentee.Id, "2026/2027", "Linked objective");
        await app.WithDbAsync(async db =>
        {
            var priority = await db.IcsPriorities.Select(p => p.Id).FirstAsync();
            db.StretchAssignments.Add(StretchAssignment.Draft(
                enrolment.Id,
                new AssignmentDetails(
                    "Outpatient pathway redesign", AssignmentType.ServiceRedesign, null, "Shorter waits", null, "Lead", "A new pathway",
                    new DateOnly(2026, 9, 7), new DateOnly(2026, 11, 27), 7.5, null, [priority], [objective.Id]),
                mentee.Id,
                Now.UtcDateTime));
            await db.SaveChangesAsync();
        });
        using var client = await app.SignedInAsync(mentee.Email!);

        using var response = await client.PostFormAsync("/PdrObjectives/Edit/" + objective.Id, [], "/PdrObjectives/Delete/" + objective.Id);
        var page = await PortalClient.ParseAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(
            ["This objective cannot be deleted because a stretch assignment links to it. Remove it from the assignment first."],
            Assertions.ErrorSummary(page));
        Assert.Equal("Linked objective", Assertions.FieldValue(page, "Title"));
        Assert.Equal(1, await app.WithDbAsync(db => db.PdrObjectives.CountAsync()));
        var index = await client.GetPageAsync("/PdrObjectives");
        Assert.Equal("1", index.QuerySelector("main tbody tr td:nth-child(2)")?.TextContent.Trim());
    }

    [Fact]
    public async Task The_mentee_home_page_links_to_their_objectives()
    {
        var mentee = await app.PersonAsync("mentee@example.org", Roles.Mentee);
        using var client = await app.SignedInAsync(mentee.Email!);

        var home = await client.GetPageAsync("/");

        Assert.Contains(home.QuerySelectorAll("#mentee-heading ~ * a, section[aria-labelledby=mentee-heading] a"), a => a.GetAttribute("href") == "/PdrObjectives" && a.TextContent.Trim() == "Your PDR objectives");
    }

    private Task<PdrObjective> ObjectiveAsync(string personId, string year, string title, string? description = null) =>
        app.WithDbAsync(async db =>
        {
            var objective = new PdrObjective { PersonId = personId, Year = year, Title = title, Description = description };
            db.PdrObjectives.Add(objective);
            await db.SaveChangesAsync();
            return objective;
        });

    public void Dispose() => app.Dispose();
}
