using System.Net;
using Microsoft.EntityFrameworkCore;
using StretchPortal.IntegrationTests.Features.Home;
using StretchPortal.IntegrationTests.Features.Weeks;
using StretchPortal.IntegrationTests.Infrastructure;
using StretchPortal.Web.Domain;
using StretchPortal.Web.Security;

namespace StretchPortal.IntegrationTests.Features.Events;

public sealed class CelebrationEventsTests : IDisposable
{
    private readonly PortalApp app = new();

    public void Dispose() => app.Dispose();

    [Fact]
    public async Task Anonymous_visitors_are_sent_to_sign_in()
    {
        var network = await app.SupportNetworkAsync();
        var celebration = await app.CelebrationAsync(await app.ProgrammeIdAsync(network), EventTestData.Now.AddDays(7));
        using var client = app.NewClient();

        foreach (var url in new[] { "/Events", "/Events/ScheduleCelebration", $"/Events/Celebration/{celebration.Id}" })
        {
            using var get = await client.GetAsync(url);
            Assertions.IsRedirectToSignIn(get);
        }

        using var post = await client.Http.PostAsync(new Uri($"/Events/AddPresentation/{celebration.Id}", UriKind.Relative), new FormUrlEncodedContent([]));
        Assertions.IsRedirectToSignIn(post);
    }

    [Theory]
    [InlineData(Roles.Mentee)]
    [InlineData(Roles.Mentor)]
    [InlineData(Roles.Administrator)]
    public async Task People_who_do_not_lead_programmes_cannot_schedule_a_celebration_event(string role)
    {
        var network = await app.SupportNetworkAsync();
        var person = await app.PersonAsync(roles: role);
        using var client = await app.SignedInAsync(person.Email!);

        using var get = await client.GetAsync("/Events/ScheduleCelebration");
        using var post = await client.PostAsync("/Events/ScheduleCelebration", ScheduleFields(await app.ProgrammeIdAsync(network), "Forged"));

        Assert.Equal(HttpStatusCode.Forbidden, get.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, post.StatusCode);
        Assert.Equal(0, await app.WithDbAsync(db => db.CelebrationEvents.CountAsync()));
    }

    [Fact]
    public async Task A_lead_cannot_schedule_an_event_in_a_programme_they_do_not_lead()
    {
        var network = await app.SupportNetworkAsync();
        var otherLead = await app.PersonAsync(roles: Roles.ProgrammeLead);
        await app.ProgrammeAsync(otherLead.Id, "Another programme");
        using var client = await app.SignedInAsync(otherLead.Email!);

        using var post = await client.PostAsync("/Events/ScheduleCelebration", ScheduleFields(await app.ProgrammeIdAsync(network), "Forged"));

        Assert.Equal(HttpStatusCode.Forbidden, post.StatusCode);
        Assert.Equal(0, await app.WithDbAsync(db => db.CelebrationEvents.CountAsync()));
    }

    [Fact]
    public async Task A_lead_schedules_a_celebration_event_at_a_UK_time_stored_in_UTC()
    {
        var network = await app.SupportNetworkAsync();
        var programmeId = await app.ProgrammeIdAsync(network);
        using var lead = await app.SignedInAsync(network.Lead.Email!);

        using var response = await lead.PostFormAsync("/Events/ScheduleCelebration", new()
        {
            ["ProgrammeId"] = programmeId.ToString(),
            ["Title"] = "Summer celebration",
            ["Date"] = "2027-07-01",
            ["StartTime"] = "14:30",
            ["Place"] = "City Hall",
            ["Description"] = "Presentations and awards",
        });

        var celebration = await app.WithDbAsync(db => db.CelebrationEvents.AsNoTracking().SingleAsync());
        Assertions.IsRedirectTo(response, $"/Events/Celebration/{celebration.Id}");
        Assert.Equal(programmeId, celebration.ProgrammeId);
        Assert.Equal("Summer celebration", celebration.Title);
        Assert.Equal(new DateTime(2027, 7, 1, 13, 30, 0), celebration.StartsAt);
        Assert.Equal("City Hall", celebration.Venue);
        var page = await lead.GetPageAsync($"/Events/Celebration/{celebration.Id}");
        Assert.Equal("1 July 2027 at 2:30pm (UK time) Upcoming", Normalise(page.QuerySelector("#when")!.TextContent));
    }

    [Fact]
    public async Task Scheduling_without_a_title_or_with_a_bad_time_shows_the_messages_and_keeps_the_input()
    {
        var network = await app.SupportNetworkAsync();
        using var lead = await app.SignedInAsync(network.Lead.Email!);

        using var response = await lead.PostFormAsync("/Events/ScheduleCelebration", new()
        {
            ["ProgrammeId"] = (await app.ProgrammeIdAsync(network)).ToString(),
            ["Title"] = "",
            ["Date"] = "2027-07-01",
            ["StartTime"] = "25:99",
            ["Place"] = "City Hall",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await PortalClient.ParseAsync(response);
        Assert.Equal(["Enter a title for the celebration event", "Enter the start time as hours and minutes, like 14:30"], Assertions.ErrorSummary(page));
        Assert.Equal("25:99", Assertions.FieldValue(page, "StartTime"));
        Assert.Equal("City Hall", Assertions.FieldValue(page, "Place"));
        Assert.Equal("2027-07-01", Assertions.FieldValue(page, "Date"));
        Assert.Equal(0, await app.WithDbAsync(db => db.CelebrationEvents.CountAsync()));
    }

    [Fact]
    public async Task A_lead_adds_completed_assignments_to_an_upcoming_event_in_order_and_they_wait_to_be_presented()
    {
        var network = await app.SupportNetworkAsync();
        var second = await app.AnotherMenteeAsync(network);
        var first = await app.CompletedAssignmentAsync(network, "Falls prevention collaborative");
        var next = await app.CompletedAssignmentAsync(second, "Virtual ward roll-out");
        var celebration = await app.CelebrationAsync(await app.ProgrammeIdAsync(network), EventTestData.Now.AddDays(14));
        using var lead = await app.SignedInAsync(network.Lead.Email!);
        var url = $"/Events/Celebration/{celebration.Id}";

        using var one = await lead.PostFormAsync(url, new() { ["AssignmentId"] = first.Id.ToString() }, action: $"/Events/AddPresentation/{celebration.Id}");
        using var two = await lead.PostFormAsync(url, new() { ["AssignmentId"] = next.Id.ToString() }, action: $"/Events/AddPresentation/{celebration.Id}");

        Assertions.IsRedirectTo(one, url);
        Assertions.IsRedirectTo(two, url);
        var order = await RunningOrderAsync(celebration.Id);
        Assert.Equal([(first.Id, 1), (next.Id, 2)], order);
        var statuses = await app.WithDbAsync(db => db.StretchAssignments.Select(a => a.Status).ToListAsync());
        Assert.All(statuses, s => Assert.Equal(AssignmentStatus.Completed, s));
        var page = await lead.GetPageAsync(url);
        var rows = page.QuerySelectorAll("#running-order tbody tr").Select(r => r.GetAttribute("data-assignment")).ToList();
        Assert.Equal([first.Id.ToString(), next.Id.ToString()], rows);
        Assert.DoesNotContain("Falls prevention collaborative", page.QuerySelector("select[name=AssignmentId]")?.TextContent ?? "", StringComparison.Ordinal);
    }

    [Fact]
    public async Task Adding_an_assignment_to_an_event_already_held_marks_it_presented()
    {
        var network = await app.SupportNetworkAsync();
        var assignment = await app.CompletedAssignmentAsync(network, "Falls prevention collaborative");
        var celebration = await app.CelebrationAsync(await app.ProgrammeIdAsync(network), EventTestData.Now.AddDays(-1));
        using var lead = await app.SignedInAsync(network.Lead.Email!);

        using var response = await lead.PostFormAsync($"/Events/Celebration/{celebration.Id}", new() { ["AssignmentId"] = assignment.Id.ToString() });

        Assertions.IsRedirectTo(response, $"/Events/Celebration/{celebration.Id}");
        var stored = await app.WithDbAsync(db => db.StretchAssignments.AsNoTracking().Include(a => a.Timeline).SingleAsync());
        Assert.Equal(AssignmentStatus.Presented, stored.Status);
        Assert.NotNull(stored.PresentedAt);
        Assert.Contains(stored.Timeline, e => e.Kind == AssignmentEventKind.Presented && e.ActorId == network.Lead.Id);
    }

    [Fact]
    public async Task An_assignment_that_is_not_completed_cannot_be_added()
    {
        var network = await app.SupportNetworkAsync();
        var assignment = await app.AssignmentAsync(network.Enrolment, "Still going", AssignmentStatus.InProgress,
            SupportNetworkTestData.Today.AddDays(-20), SupportNetworkTestData.Today.AddDays(20), EventTestData.Now);
        await app.CompletedAssignmentAsync(await app.AnotherMenteeAsync(network), "Done and dusted");
        var celebration = await app.CelebrationAsync(await app.ProgrammeIdAsync(network), EventTestData.Now.AddDays(14));
        using var lead = await app.SignedInAsync(network.Lead.Email!);

        using var response = await lead.PostFormAsync($"/Events/Celebration/{celebration.Id}", new() { ["AssignmentId"] = assignment.Id.ToString() });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await PortalClient.ParseAsync(response);
        Assert.Equal(["Only a completed assignment that has not been presented can be added to the running order."], Assertions.ErrorSummary(page));
        Assert.Empty(await RunningOrderAsync(celebration.Id));
    }

    [Fact]
    public async Task An_assignment_of_another_programme_cannot_be_added()
    {
        var network = await app.SupportNetworkAsync();
        var elsewhere = await app.SupportNetworkAsync();
        await app.CompletedAssignmentAsync(network, "Ours");
        var theirs = await app.CompletedAssignmentAsync(elsewhere, "Theirs");
        var celebration = await app.CelebrationAsync(await app.ProgrammeIdAsync(network), EventTestData.Now.AddDays(14));
        using var lead = await app.SignedInAsync(network.Lead.Email!);

        using var response = await lead.PostFormAsync($"/Events/Celebration/{celebration.Id}", new() { ["AssignmentId"] = theirs.Id.ToString() });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await PortalClient.ParseAsync(response);
        Assert.Equal(["Choose an assignment from this programme."], Assertions.ErrorSummary(page));
        Assert.Empty(await RunningOrderAsync(celebration.Id));
    }

    [Fact]
    public async Task Adding_without_choosing_an_assignment_asks_for_one()
    {
        var network = await app.SupportNetworkAsync();
        await app.CompletedAssignmentAsync(network, "Falls prevention collaborative");
        var celebration = await app.CelebrationAsync(await app.ProgrammeIdAsync(network), EventTestData.Now.AddDays(14));
        using var lead = await app.SignedInAsync(network.Lead.Email!);

        using var response = await lead.PostFormAsync($"/Events/Celebration/{celebration.Id}", new() { ["AssignmentId"] = "" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(["Choose the completed assignment to add"], Assertions.ErrorSummary(await PortalClient.ParseAsync(response)));
        Assert.Empty(await RunningOrderAsync(celebration.Id));
    }

    [Fact]
    public async Task A_lead_moves_a_presentation_up_and_removes_another()
    {
        var network = await app.SupportNetworkAsync();
        var a = await app.CompletedAssignmentAsync(network, "First");
        var b = await app.CompletedAssignmentAsync(await app.AnotherMenteeAsync(network), "Second");
        var c = await app.CompletedAssignmentAsync(await app.AnotherMenteeAsync(network), "Third");
        var celebration = await app.CelebrationAsync(await app.ProgrammeIdAsync(network), EventTestData.Now.AddDays(14), a.Id, b.Id, c.Id);
        using var lead = await app.SignedInAsync(network.Lead.Email!);
        var url = $"/Events/Celebration/{celebration.Id}";

        using var moved = await lead.PostFormAsync(url, new() { ["AssignmentId"] = c.Id.ToString() }, action: $"/Events/MoveUp/{celebration.Id}");
        Assertions.IsRedirectTo(moved, url);
        Assert.Equal([(a.Id, 1), (c.Id, 2), (b.Id, 3)], await RunningOrderAsync(celebration.Id));

        using var removed = await lead.PostFormAsync(url, new() { ["AssignmentId"] = a.Id.ToString() }, action: $"/Events/RemovePresentation/{celebration.Id}");
        Assertions.IsRedirectTo(removed, url);
        Assert.Equal([(c.Id, 1), (b.Id, 2)], await RunningOrderAsync(celebration.Id));
    }

    [Fact]
    public async Task A_running_order_change_made_on_a_stale_page_is_refused()
    {
        var network = await app.SupportNetworkAsync();
        var a = await app.CompletedAssignmentAsync(network, "First");
        var b = await app.CompletedAssignmentAsync(await app.AnotherMenteeAsync(network), "Second");
        var celebration = await app.CelebrationAsync(await app.ProgrammeIdAsync(network), EventTestData.Now.AddDays(14), a.Id, b.Id);
        using var lead = await app.SignedInAsync(network.Lead.Email!);

        using var response = await lead.PostFormAsync($"/Events/Celebration/{celebration.Id}",
            new() { ["AssignmentId"] = b.Id.ToString(), ["Version"] = Guid.NewGuid().ToString() }, action: $"/Events/MoveUp/{celebration.Id}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(
            ["Someone else changed this event's running order while you were looking at it. Check the running order below and try again."],
            Assertions.ErrorSummary(await PortalClient.ParseAsync(response)));
        Assert.Equal([(a.Id, 1), (b.Id, 2)], await RunningOrderAsync(celebration.Id));
    }

    [Fact]
    public async Task Recording_an_event_held_marks_every_completed_assignment_in_its_running_order_presented()
    {
        var network = await app.SupportNetworkAsync();
        var a = await app.CompletedAssignmentAsync(network, "First");
        var b = await app.CompletedAssignmentAsync(await app.AnotherMenteeAsync(network), "Second");
        var notInOrder = await app.CompletedAssignmentAsync(await app.AnotherMenteeAsync(network), "Not presenting");
        var celebration = await app.CelebrationAsync(await app.ProgrammeIdAsync(network), EventTestData.Now.AddHours(-3), a.Id, b.Id);
        using var lead = await app.SignedInAsync(network.Lead.Email!);
        var url = $"/Events/Celebration/{celebration.Id}";

        using var response = await lead.PostFormAsync(url, new(), action: $"/Events/RecordPresented/{celebration.Id}");

        Assertions.IsRedirectTo(response, url);
        var statuses = await app.WithDbAsync(db => db.StretchAssignments.ToDictionaryAsync(x => x.Id, x => x.Status));
        Assert.Equal(AssignmentStatus.Presented, statuses[a.Id]);
        Assert.Equal(AssignmentStatus.Presented, statuses[b.Id]);
        Assert.Equal(AssignmentStatus.Completed, statuses[notInOrder.Id]);
    }

    [Fact]
    public async Task An_upcoming_event_cannot_be_recorded_as_held()
    {
        var network = await app.SupportNetworkAsync();
        var a = await app.CompletedAssignmentAsync(network, "First");
        var celebration = await app.CelebrationAsync(await app.ProgrammeIdAsync(network), EventTestData.Now.AddDays(3), a.Id);
        using var lead = await app.SignedInAsync(network.Lead.Email!);

        using var response = await lead.PostAsync($"/Events/RecordPresented/{celebration.Id}",
            new() { ["Version"] = celebration.Version.ToString() }, $"/Events/Celebration/{celebration.Id}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(["The presentations can be recorded once the event has taken place."], Assertions.ErrorSummary(await PortalClient.ParseAsync(response)));
        Assert.Equal(AssignmentStatus.Completed, await app.WithDbAsync(db => db.StretchAssignments.Select(x => x.Status).SingleAsync()));
    }

    [Fact]
    public async Task A_lead_of_another_programme_cannot_see_or_change_the_event()
    {
        var network = await app.SupportNetworkAsync();
        var a = await app.CompletedAssignmentAsync(network, "First");
        var celebration = await app.CelebrationAsync(await app.ProgrammeIdAsync(network), EventTestData.Now.AddDays(14));
        var otherLead = await app.PersonAsync(roles: Roles.ProgrammeLead);
        await app.ProgrammeAsync(otherLead.Id, "Another programme");
        using var client = await app.SignedInAsync(otherLead.Email!);

        using var get = await client.GetAsync($"/Events/Celebration/{celebration.Id}");
        using var add = await client.PostAsync($"/Events/AddPresentation/{celebration.Id}",
            new() { ["AssignmentId"] = a.Id.ToString(), ["Version"] = celebration.Version.ToString() });

        Assert.Equal(HttpStatusCode.Forbidden, get.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, add.StatusCode);
        Assert.Empty(await RunningOrderAsync(celebration.Id));
        var index = await client.GetPageAsync("/Events");
        Assert.Null(index.QuerySelector($"[data-event='{celebration.Id}']"));
    }

    [Fact]
    public async Task People_in_the_programme_see_its_event_without_the_leads_controls_and_others_get_403()
    {
        var network = await app.SupportNetworkAsync();
        var a = await app.CompletedAssignmentAsync(network, "Falls prevention collaborative");
        var celebration = await app.CelebrationAsync(await app.ProgrammeIdAsync(network), EventTestData.Now.AddDays(14), a.Id);
        var outsider = await app.PersonAsync(roles: Roles.Mentee);
        using var mentee = await app.SignedInAsync(network.Mentee.Email!);
        using var sponsor = await app.SignedInAsync(network.Sponsor.Email!);
        using var stranger = await app.SignedInAsync(outsider.Email!);

        var page = await mentee.GetPageAsync($"/Events/Celebration/{celebration.Id}");
        Assert.Contains("Falls prevention collaborative", page.QuerySelector("#running-order")!.TextContent, StringComparison.Ordinal);
        Assert.Empty(page.QuerySelectorAll("main form"));
        Assert.NotNull((await sponsor.GetPageAsync("/Events")).QuerySelector($"[data-event='{celebration.Id}']"));
        using var refused = await stranger.GetAsync($"/Events/Celebration/{celebration.Id}");
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        using var forged = await mentee.PostAsync($"/Events/RemovePresentation/{celebration.Id}",
            new() { ["AssignmentId"] = a.Id.ToString(), ["Version"] = celebration.Version.ToString() });
        Assert.Equal(HttpStatusCode.Forbidden, forged.StatusCode);
        Assert.Single(await RunningOrderAsync(celebration.Id));
    }

    [Fact]
    public async Task An_unknown_event_is_404()
    {
        var network = await app.SupportNetworkAsync();
        using var lead = await app.SignedInAsync(network.Lead.Email!);

        using var get = await lead.GetAsync($"/Events/Celebration/{Guid.NewGuid()}");
        using var post = await lead.PostAsync($"/Events/MoveUp/{Guid.NewGuid()}", new() { ["AssignmentId"] = Guid.NewGuid().ToString() });

        Assert.Equal(HttpStatusCode.NotFound, get.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, post.StatusCode);
    }

    private Task<List<(Guid, int)>> RunningOrderAsync(Guid eventId) =>
        app.WithDbAsync(async db => (await db.CelebrationEvents.AsNoTracking().Include(e => e.Presentations).SingleAsync(e => e.Id == eventId))
            .Presentations.OrderBy(p => p.Position).Select(p => (p.AssignmentId, p.Position)).ToList());

    private static Dictionary<string, string> ScheduleFields(Guid programmeId, string title) => new()
    {
        ["ProgrammeId"] = programmeId.ToString(),
        ["Title"] = title,
        ["Date"] = "2027-07-01",
        ["StartTime"] = "14:30",
    };

    private static string Normalise(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
