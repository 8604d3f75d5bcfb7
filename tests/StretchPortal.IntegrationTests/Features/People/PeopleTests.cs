using System.Net;
using System.Text.Json;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using StretchPortal.IntegrationTests.Infrastructure;
using StretchPortal.Web.Domain;
using StretchPortal.Web.Security;

namespace StretchPortal.IntegrationTests.Features.People;

public sealed class PeopleTests : IDisposable
{
    private readonly MovableClock clock = new();
    private readonly PortalApp app = new();

    public PeopleTests()
    {
        app.TestServices = services => services.AddSingleton<TimeProvider>(clock);
    }

    [Theory]
    [InlineData("/People")]
    [InlineData("/People/Details/someone")]
    public async Task Anonymous_visits_are_sent_to_sign_in(string url)
    {
        using var client = app.NewClient();

        using var response = await client.GetAsync(url);

        Assertions.IsRedirectToSignIn(response);
    }

    [Theory]
    [InlineData(Roles.Mentee)]
    [InlineData(Roles.ProgrammeLead)]
    public async Task Only_administrators_reach_people_pages_and_actions(string role)
    {
        var target = await app.PersonAsync("target@example.org", Roles.Mentee);
        var person = await app.PersonAsync("not-admin@example.org", role);
        using var client = await app.SignedInAsync(person.Email!);

        using var index = await client.GetAsync("/People");
        using var details = await client.GetAsync("/People/Details/" + target.Id);
        using var roles = await client.PostAsync("/People/Roles/" + target.Id, new() { ["Roles"] = Roles.Administrator });
        using var deactivate = await client.PostAsync("/People/Deactivate/" + target.Id, []);

        Assert.All(new[] { index, details, roles, deactivate }, r => Assert.Equal(HttpStatusCode.Forbidden, r.StatusCode));
        Assert.Equal([Roles.Mentee], await RolesOfAsync(target.Id));
        Assert.True((await StoredAsync(target.Id)).IsActive);
    }

    [Fact]
    public async Task An_administrator_finds_people_by_name_or_email()
    {
        var admin = await AdminAsync();
        await app.PersonAsync("priya.shah@example.org", Roles.ProgrammeLead);
        await app.PersonAsync("rajesh.patel@nhs.example", Roles.Mentor);
        await app.PersonAsync("grace.mensah@example.org", Roles.Coach);
        using var client = await app.SignedInAsync(admin.Email!);

        var byName = await client.GetPageAsync("/People?search=PRIYA");
        var byEmail = await client.GetPageAsync("/People?search=nhs.example");
        var wildcard = await client.GetPageAsync("/People?search=%25");

        Assert.Equal(["Test priya.shah"], Names(byName));
        Assert.Equal("Programme lead", byName.QuerySelector("tbody tr td:nth-child(4)")?.TextContent.Trim());
        Assert.Equal("Active", byName.QuerySelector("tbody tr .nhsuk-tag")?.TextContent.Trim());
        Assert.Equal("PRIYA", Assertions.FieldValue(byName, "Search"));
        Assert.Equal(["Test rajesh.patel"], Names(byEmail));
        Assert.Empty(Names(wildcard));
    }

    [Fact]
    public async Task People_are_listed_25_a_page_with_pagination()
    {
        var admin = await AdminAsync();
        for (var i = 1; i <= 29; i++)
        {
            await app.PersonAsync($"member{i:00}@example.org");
        }

        using var client = await app.SignedInAsync(admin.Email!);

        var first = await client.GetPageAsync("/People");
        var next = first.QuerySelector(".nhsuk-pagination-item--next a")?.GetAttribute("href");
        var second = await client.GetPageAsync(next!);

        Assert.Equal(25, Names(first).Count);
        Assert.Null(first.QuerySelector(".nhsuk-pagination-item--previous"));
        Assert.Contains("Showing 1 to 25 of 30 people", first.QuerySelector("#people-results")?.TextContent, StringComparison.Ordinal);
        Assert.Equal(5, Names(second).Count);
        Assert.Null(second.QuerySelector(".nhsuk-pagination-item--next"));
        Assert.NotNull(second.QuerySelector(".nhsuk-pagination-item--previous a[rel=prev]"));
        Assert.Empty(Names(first).Intersect(Names(second)));
    }

    [Fact]
    public async Task An_administrator_grants_a_role_which_is_audited_and_takes_effect_at_the_next_sign_in()
    {
        var admin = await AdminAsync();
        var mentee = await app.PersonAsync("mentee@example.org", Roles.Mentee);
        var stampBefore = (await StoredAsync(mentee.Id)).SecurityStamp;
        using var menteeBefore = await app.SignedInAsync(mentee.Email!);
        using var refusedBefore = await menteeBefore.GetAsync("/Organisations");
        using var client = await app.SignedInAsync(admin.Email!);

        using var response = await client.PostFormAsync("/People/Details/" + mentee.Id, new() { ["Roles"] = new[] { Roles.Mentee, Roles.ProgrammeLead } });

        Assertions.IsRedirectTo(response, "/People/Details/" + mentee.Id);
        Assert.Equal([Roles.Mentee, Roles.ProgrammeLead], await RolesOfAsync(mentee.Id));
        Assert.NotEqual(stampBefore, (await StoredAsync(mentee.Id)).SecurityStamp);
        var entry = await app.WithDbAsync(db => db.AuditEntries.AsNoTracking().SingleAsync(a => a.Action == "Person.RolesChanged"));
        Assert.Equal(admin.Id, entry.ActorId);
        Assert.Equal(mentee.Id, entry.EntityId);
        using var changes = JsonDocument.Parse(entry.Changes!);
        Assert.Equal([Roles.ProgrammeLead], changes.RootElement.GetProperty("added").EnumerateArray().Select(e => e.GetString()));
        Assert.Empty(changes.RootElement.GetProperty("removed").EnumerateArray());

        Assert.Equal(HttpStatusCode.Forbidden, refusedBefore.StatusCode);
        using var menteeAfter = await app.SignedInAsync(mentee.Email!);
        using var allowedAfter = await menteeAfter.GetAsync("/Organisations");
        Assert.Equal(HttpStatusCode.OK, allowedAfter.StatusCode);
    }

    [Fact]
    public async Task Removing_a_role_is_audited_and_takes_the_capability_away()
    {
        var admin = await AdminAsync();
        var lead = await app.PersonAsync("lead@example.org", Roles.ProgrammeLead, Roles.Mentor);
        using var client = await app.SignedInAsync(admin.Email!);

        using var response = await client.PostFormAsync("/People/Details/" + lead.Id, new() { ["Roles"] = new[] { Roles.Mentor } });

        Assertions.IsRedirectTo(response, "/People/Details/" + lead.Id);
        Assert.Equal([Roles.Mentor], await RolesOfAsync(lead.Id));
        var changes = await app.WithDbAsync(db => db.AuditEntries.Where(a => a.Action == "Person.RolesChanged" && a.EntityId == lead.Id).Select(a => a.Changes).SingleAsync());
        Assert.Equal("""{"added":[],"removed":["ProgrammeLead"]}""", changes);
        using var leadAfter = await app.SignedInAsync(lead.Email!);
        using var refused = await leadAfter.GetAsync("/Organisations");
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
    }

    [Fact]
    public async Task A_role_change_ends_the_persons_open_session_within_a_minute()
    {
        var admin = await AdminAsync();
        var mentee = await app.PersonAsync("mentee@example.org", Roles.Mentee);
        using var menteeSession = await app.SignedInAsync(mentee.Email!);
        using var client = await app.SignedInAsync(admin.Email!);

        using var response = await client.PostFormAsync("/People/Details/" + mentee.Id, new() { ["Roles"] = new[] { Roles.ProgrammeLead } });
        clock.Advance(TimeSpan.FromMinutes(2));
        using var later = await menteeSession.GetAsync("/");
        using var adminLater = await client.GetAsync("/People");

        Assertions.IsRedirectTo(response, "/People/Details/" + mentee.Id);
        Assertions.IsRedirectToSignIn(later);
        Assert.Equal(HttpStatusCode.OK, adminLater.StatusCode);
    }

    [Fact]
    public async Task Saving_unchanged_roles_changes_and_audits_nothing()
    {
        var admin = await AdminAsync();
        var mentor = await app.PersonAsync("mentor@example.org", Roles.Mentor);
        var stampBefore = (await StoredAsync(mentor.Id)).SecurityStamp;
        using var client = await app.SignedInAsync(admin.Email!);

        using var response = await client.PostFormAsync("/People/Details/" + mentor.Id, []);

        Assertions.IsRedirectTo(response, "/People/Details/" + mentor.Id);
        Assert.Equal([Roles.Mentor], await RolesOfAsync(mentor.Id));
        Assert.Equal(stampBefore, (await StoredAsync(mentor.Id)).SecurityStamp);
        Assert.False(await app.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.Action == "Person.RolesChanged")));
    }

    [Fact]
    public async Task An_administrator_cannot_remove_their_own_administrator_role()
    {
        var admin = await AdminAsync();
        using var client = await app.SignedInAsync(admin.Email!);

        using var response = await client.PostFormAsync("/People/Details/" + admin.Id, new() { ["Roles"] = new[] { Roles.Mentor } });
        var page = await PortalClient.ParseAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(Assertions.ErrorSummary(page), e => e.StartsWith("You cannot remove your own Administrator role", StringComparison.Ordinal));
        Assert.True(page.QuerySelector<IHtmlInputElement>($"input[name=Roles][value={Roles.Mentor}]")!.IsChecked);
        Assert.False(page.QuerySelector<IHtmlInputElement>($"input[name=Roles][value={Roles.Administrator}]")!.IsChecked);
        Assert.Equal([Roles.Administrator], await RolesOfAsync(admin.Id));
        Assert.False(await app.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.Action == "Person.RolesChanged")));
    }

    [Fact]
    public async Task An_administrator_adds_a_role_to_themselves_and_stays_signed_in()
    {
        var admin = await AdminAsync();
        using var client = await app.SignedInAsync(admin.Email!);

        using var response = await client.PostFormAsync("/People/Details/" + admin.Id, new() { ["Roles"] = new[] { Roles.Administrator, Roles.Coach } });
        clock.Advance(TimeSpan.FromMinutes(2));
        using var later = await client.GetAsync("/People");

        Assertions.IsRedirectTo(response, "/People/Details/" + admin.Id);
        Assert.Equal([Roles.Coach, Roles.Administrator], await RolesOfAsync(admin.Id));
        Assert.Equal(HttpStatusCode.OK, later.StatusCode);
    }

    [Fact]
    public async Task An_unknown_role_is_refused_and_nothing_changes()
    {
        var admin = await AdminAsync();
        var mentee = await app.PersonAsync("mentee@example.org", Roles.Mentee);
        using var client = await app.SignedInAsync(admin.Email!);

        using var response = await client.PostFormAsync("/People/Details/" + mentee.Id, new() { ["Roles"] = new[] { Roles.Mentee, "Superuser" } });
        var page = await PortalClient.ParseAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Choose roles from the list", Assertions.ErrorSummary(page));
        Assert.Equal([Roles.Mentee], await RolesOfAsync(mentee.Id));
    }

    [Fact]
    public async Task Deactivating_a_person_is_audited_stops_them_signing_in_and_ends_their_session()
    {
        var admin = await AdminAsync();
        var mentor = await app.PersonAsync("mentor@example.org", Roles.Mentor);
        using var mentorSession = await app.SignedInAsync(mentor.Email!);
        using var client = await app.SignedInAsync(admin.Email!);

        using var response = await client.PostFormAsync("/People/Details/" + mentor.Id, [], "/People/Deactivate/" + mentor.Id);
        clock.Advance(TimeSpan.FromMinutes(2));
        using var later = await mentorSession.GetAsync("/");
        using var fresh = app.NewClient();
        using var signIn = await fresh.PostFormAsync("/Account/Login", new() { ["Email"] = mentor.Email, ["Password"] = TestData.Password });

        Assertions.IsRedirectTo(response, "/People/Details/" + mentor.Id);
        Assert.False((await StoredAsync(mentor.Id)).IsActive);
        var entry = await app.WithDbAsync(db => db.AuditEntries.AsNoTracking().SingleAsync(a => a.Action == "Person.Deactivated"));
        Assert.Equal((admin.Id, mentor.Id), (entry.ActorId, entry.EntityId));
        Assertions.IsRedirectToSignIn(later);
        Assert.Equal(HttpStatusCode.OK, signIn.StatusCode);
        Assert.Contains(Assertions.ErrorSummary(await PortalClient.ParseAsync(signIn)), e => e.StartsWith("Enter a correct email address and password", StringComparison.Ordinal));
        Assert.Equal("Deactivated", (await client.GetPageAsync("/People?search=mentor")).QuerySelector("tbody .nhsuk-tag")?.TextContent.Trim());
    }

    [Fact]
    public async Task Reactivating_a_person_lets_them_sign_in_again()
    {
        var admin = await AdminAsync();
        var mentor = await app.PersonAsync("mentor@example.org", Roles.Mentor);
        using var client = await app.SignedInAsync(admin.Email!);
        using var deactivated = await client.PostFormAsync("/People/Details/" + mentor.Id, [], "/People/Deactivate/" + mentor.Id);

        using var response = await client.PostFormAsync("/People/Details/" + mentor.Id, [], "/People/Reactivate/" + mentor.Id);
        using var fresh = app.NewClient();
        using var signIn = await fresh.PostFormAsync("/Account/Login", new() { ["Email"] = mentor.Email, ["Password"] = TestData.Password });

        Assertions.IsRedirectTo(deactivated, "/People/Details/" + mentor.Id);
        Assertions.IsRedirectTo(response, "/People/Details/" + mentor.Id);
        Assert.True((await StoredAsync(mentor.Id)).IsActive);
        Assert.True(await app.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.Action == "Person.Reactivated" && a.EntityId == mentor.Id)));
        Assertions.IsRedirectTo(signIn, "/");
    }

    [Fact]
    public async Task An_administrator_cannot_deactivate_themselves()
    {
        var admin = await AdminAsync();
        using var client = await app.SignedInAsync(admin.Email!);

        var details = await client.GetPageAsync("/People/Details/" + admin.Id);
        using var response = await client.PostAsync("/People/Deactivate/" + admin.Id, [], "/People/Details/" + admin.Id);
        var page = await PortalClient.ParseAsync(response);

        Assert.Null(details.QuerySelector("form[action^='/People/Deactivate']"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(Assertions.ErrorSummary(page), e => e.StartsWith("You cannot deactivate your own account", StringComparison.Ordinal));
        Assert.True((await StoredAsync(admin.Id)).IsActive);
        Assert.False(await app.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.Action == "Person.Deactivated")));
    }

    [Fact]
    public async Task An_unknown_person_is_not_found()
    {
        var admin = await AdminAsync();
        using var client = await app.SignedInAsync(admin.Email!);

        using var details = await client.GetAsync("/People/Details/no-such-person");
        using var roles = await client.PostAsync("/People/Roles/no-such-person", new() { ["Roles"] = Roles.Mentee });
        using var deactivate = await client.PostAsync("/People/Deactivate/no-such-person", []);
        using var noId = await client.GetAsync("/People/Details");
        using var reactivateNoId = await client.PostAsync("/People/Reactivate", []);

        Assert.All(new[] { details, roles, deactivate, noId, reactivateNoId }, r => Assert.Equal(HttpStatusCode.NotFound, r.StatusCode));
    }

    public void Dispose() => app.Dispose();

    private Task<Person> AdminAsync() => app.PersonAsync("admin@example.org", Roles.Administrator);

    private static List<string> Names(IHtmlDocument page) =>
        page.QuerySelectorAll("tbody tr td:first-child").Select(td => td.TextContent.Trim()).ToList();

    private Task<Person> StoredAsync(string personId) =>
        app.WithDbAsync(db => db.Users.AsNoTracking().SingleAsync(p => p.Id == personId));

    /// <summary>The person's roles in the order of <see cref="Roles.All"/>.</summary>
    private async Task<List<string>> RolesOfAsync(string personId)
    {
        var held = await app.WithDbAsync(db => db.UserRoles
            .Where(ur => ur.UserId == personId)
            .Join(db.Roles, ur => ur.RoleId, r => r.Id, (_, r) => r.Name!)
            .ToListAsync());
        return Roles.All.Where(held.Contains).ToList();
    }
}
