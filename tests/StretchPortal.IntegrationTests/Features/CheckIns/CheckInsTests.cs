using System.Net;
using Microsoft.EntityFrameworkCore;
using StretchPortal.IntegrationTests.Features.Weeks;
using StretchPortal.IntegrationTests.Infrastructure;
using StretchPortal.Web.Domain;
using StretchPortal.Web.Security;
using static StretchPortal.IntegrationTests.Features.Weeks.SupportNetworkTestData;

namespace StretchPortal.IntegrationTests.Features.CheckIns;

public sealed class CheckInsTests : IDisposable
{
    private const string PrivateNotes = "Worried the mentee is carrying too much: raise with the sponsor";

    private readonly PortalApp app = new();

    public void Dispose() => app.Dispose();

    [Fact]
    public async Task Mentee_records_a_check_in_with_an_action_and_empty_action_rows_are_ignored()
    {
        var network = await app.SupportNetworkAsync();
        using var mentee = await app.SignedInAsync(network.Mentee.Email!);
        var index = $"/CheckIns?enrolmentId={network.Enrolment.Id}";

        using var response = await mentee.PostFormAsync($"/CheckIns/Create?enrolmentId={network.Enrolment.Id}", new()
        {
            ["HeldOn"] = Iso(Today.AddDays(-2)),
            ["Attendees"] = new List<string> { "Mentor", "Coach" },
            ["Notes"] = "Agreed the scope of the board paper",
            ["Actions[0].Description"] = "Send the draft paper to the sponsor",
            ["Actions[0].OwnerId"] = network.Mentee.Id,
            ["Actions[0].DueOn"] = Iso(Today.AddDays(5)),
        });
        Assertions.IsRedirectTo(response, index);

        var checkIn = await app.WithDbAsync(db => db.CheckIns.AsNoTracking().Include(c => c.Actions).SingleAsync());
        Assert.Equal(network.Enrolment.Id, checkIn.EnrolmentId);
        Assert.Equal(network.Mentee.Id, checkIn.AuthorId);
        Assert.Equal(Today.AddDays(-2), checkIn.HeldOn);
        Assert.Equal((true, false, true), (checkIn.WithMentor, checkIn.WithSponsor, checkIn.WithCoach));
        Assert.False(checkIn.NotesArePrivate);
        var action = Assert.Single(checkIn.Actions);
        Assert.Equal(("Send the draft paper to the sponsor", network.Mentee.Id, Today.AddDays(5)), (action.Description, action.OwnerId!, action.DueOn!.Value));
        Assert.True(action.IsOpen);

        using var sponsor = await app.SignedInAsync(network.Sponsor.Email!);
        var page = await sponsor.GetPageAsync(index);
        Assert.Contains("Agreed the scope of the board paper", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Mentee with mentor and coach", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        var row = page.QuerySelector($"tr[data-action='{action.Id}']")!;
        Assert.Contains(network.Mentee.FullName, row.TextContent, StringComparison.Ordinal);
        Assert.Contains("Open", row.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Check_ins_are_listed_newest_first_and_a_future_one_is_planned()
    {
        var network = await app.SupportNetworkAsync();
        await CheckInAsync(network, network.Mentor.Id, Today.AddDays(-20), "First meeting");
        await CheckInAsync(network, network.Coach.Id, Today.AddDays(7), "Next coaching session");
        await CheckInAsync(network, network.Sponsor.Id, Today.AddDays(-3), "Sponsor catch-up");
        using var mentee = await app.SignedInAsync(network.Mentee.Email!);

        var page = await mentee.GetPageAsync($"/CheckIns?enrolmentId={network.Enrolment.Id}");

        var headings = page.QuerySelectorAll("main h2").Select(h => h.TextContent.Trim()).ToList();
        Assert.Equal(3, headings.Count);
        Assert.StartsWith(Today.AddDays(7).ToString("d MMMM yyyy", System.Globalization.CultureInfo.GetCultureInfo("en-GB")), headings[0], StringComparison.Ordinal);
        Assert.Contains("Planned", headings[0], StringComparison.Ordinal);
        Assert.StartsWith(Today.AddDays(-3).ToString("d MMMM yyyy", System.Globalization.CultureInfo.GetCultureInfo("en-GB")), headings[1], StringComparison.Ordinal);
        Assert.DoesNotContain("Planned", headings[1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_supporter_ticks_an_action_off_and_can_open_it_again()
    {
        var network = await app.SupportNetworkAsync();
        var checkIn = await CheckInAsync(network, network.Mentor.Id, Today.AddDays(-1), "Shared notes", actionOwnerId: network.Sponsor.Id);
        var actionId = checkIn.Actions.Single().Id;
        using var sponsor = await app.SignedInAsync(network.Sponsor.Email!);
        var index = $"/CheckIns?enrolmentId={network.Enrolment.Id}";

        using var done = await sponsor.PostFormAsync(index, new(), action: $"/CheckIns/Actions/Complete/{actionId}");
        Assertions.IsRedirectTo(done, index);
        var completed = await app.WithDbAsync(db => db.CheckInActions.AsNoTracking().SingleAsync(a => a.Id == actionId));
        Assert.NotNull(completed.CompletedAt);
        var page = await sponsor.GetPageAsync(index);
        Assert.Contains("Done", page.QuerySelector($"tr[data-action='{actionId}']")!.TextContent, StringComparison.Ordinal);

        using var reopened = await sponsor.PostFormAsync(index, new(), action: $"/CheckIns/Actions/Reopen/{actionId}");
        Assertions.IsRedirectTo(reopened, index);
        Assert.True((await app.WithDbAsync(db => db.CheckInActions.AsNoTracking().SingleAsync(a => a.Id == actionId))).IsOpen);
    }

    [Fact]
    public async Task Ticking_off_an_action_with_a_stale_version_is_refused()
    {
        var network = await app.SupportNetworkAsync();
        var checkIn = await CheckInAsync(network, network.Mentor.Id, Today.AddDays(-1), "Shared notes", actionOwnerId: network.Mentee.Id);
        var action = checkIn.Actions.Single();
        using var mentee = await app.SignedInAsync(network.Mentee.Email!);
        var index = $"/CheckIns?enrolmentId={network.Enrolment.Id}";
        await app.WithDbAsync(async db =>
        {
            var stored = await db.CheckInActions.SingleAsync(a => a.Id == action.Id);
            stored.Description = "Send the revised paper to the sponsor";
            await db.SaveChangesAsync();
        });

        using var response = await mentee.PostFormAsync(index, new() { ["Version"] = action.Version.ToString() }, action: $"/CheckIns/Actions/Complete/{action.Id}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(
            "Someone else changed this action meanwhile. Check the check-ins below and try again.",
            Assertions.ErrorSummary(await PortalClient.ParseAsync(response)));
        Assert.True((await app.WithDbAsync(db => db.CheckInActions.AsNoTracking().SingleAsync(a => a.Id == action.Id))).IsOpen);
    }

    [Fact]
    public async Task The_mentors_private_notes_are_not_in_the_coachs_or_mentees_page_but_the_mentor_sees_them()
    {
        var network = await app.SupportNetworkAsync();
        using var mentor = await app.SignedInAsync(network.Mentor.Email!);
        var index = $"/CheckIns?enrolmentId={network.Enrolment.Id}";

        using var recorded = await mentor.PostFormAsync($"/CheckIns/Create?enrolmentId={network.Enrolment.Id}", new()
        {
            ["HeldOn"] = Iso(Today),
            ["Attendees"] = new List<string> { "Mentor" },
            ["Notes"] = PrivateNotes,
            ["NotesArePrivate"] = "true",
        });
        Assertions.IsRedirectTo(recorded, index);
        var stored = await app.WithDbAsync(db => db.CheckIns.AsNoTracking().SingleAsync());
        Assert.True(stored.NotesArePrivate);
        Assert.Equal(network.Mentor.Id, stored.AuthorId);

        foreach (var person in new[] { network.Coach, network.Mentee, network.Sponsor, network.Lead })
        {
            using var client = await app.SignedInAsync(person.Email!);
            using var response = await client.GetAsync(index);
            var html = await response.Content.ReadAsStringAsync();
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.DoesNotContain("Worried the mentee", html, StringComparison.Ordinal);
            Assert.Contains("Private notes", html, StringComparison.Ordinal);
        }

        var mentorPage = await mentor.GetPageAsync(index);
        Assert.Contains(PrivateNotes, mentorPage.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_coachs_private_notes_are_not_in_the_mentors_page()
    {
        var network = await app.SupportNetworkAsync();
        await CheckInAsync(network, network.Coach.Id, Today, "Coaching reflections on confidence", isPrivate: true);
        using var mentor = await app.SignedInAsync(network.Mentor.Email!);
        using var coach = await app.SignedInAsync(network.Coach.Email!);
        var index = $"/CheckIns?enrolmentId={network.Enrolment.Id}";

        using var mentorResponse = await mentor.GetAsync(index);
        Assert.DoesNotContain("Coaching reflections", await mentorResponse.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var coachPage = await coach.GetPageAsync(index);
        Assert.Contains("Coaching reflections on confidence", coachPage.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unrelated_person_is_forbidden_and_a_lead_sees_but_cannot_record()
    {
        var network = await app.SupportNetworkAsync();
        var other = await app.SupportNetworkAsync();
        var checkIn = await CheckInAsync(network, network.Mentor.Id, Today, "Shared notes", actionOwnerId: network.Mentee.Id);
        var action = checkIn.Actions.Single();

        foreach (var outsider in new[] { other.Mentor, other.Mentee, other.Coach, other.Lead })
        {
            using var client = await app.SignedInAsync(outsider.Email!);
            foreach (var url in new[] { $"/CheckIns?enrolmentId={network.Enrolment.Id}", $"/CheckIns/Create?enrolmentId={network.Enrolment.Id}" })
            {
                using var response = await client.GetAsync(url);
                Assert.True(response.StatusCode == HttpStatusCode.Forbidden, $"GET {url} answered {(int)response.StatusCode}");
            }

            using var tick = await client.PostAsync($"/CheckIns/Actions/Complete/{action.Id}", new() { ["Version"] = action.Version.ToString() });
            Assert.Equal(HttpStatusCode.Forbidden, tick.StatusCode);
            using var create = await client.PostAsync($"/CheckIns/Create?enrolmentId={network.Enrolment.Id}", new()
            {
                ["HeldOn"] = Iso(Today), ["Attendees"] = "Mentor",
            });
            Assert.Equal(HttpStatusCode.Forbidden, create.StatusCode);
        }

        using var lead = await app.SignedInAsync(network.Lead.Email!);
        var page = await lead.GetPageAsync($"/CheckIns?enrolmentId={network.Enrolment.Id}");
        Assert.Empty(page.QuerySelectorAll("main form"));
        Assert.Null(page.QuerySelector("a[href^='/CheckIns/Create']"));
        using var leadCreate = await lead.GetAsync($"/CheckIns/Create?enrolmentId={network.Enrolment.Id}");
        Assert.Equal(HttpStatusCode.Forbidden, leadCreate.StatusCode);

        Assert.Equal(1, await app.WithDbAsync(db => db.CheckIns.CountAsync()));
        Assert.True((await app.WithDbAsync(db => db.CheckInActions.AsNoTracking().SingleAsync())).IsOpen);
    }

    [Fact]
    public async Task Anonymous_visitors_are_sent_to_sign_in()
    {
        var network = await app.SupportNetworkAsync();
        using var anonymous = app.NewClient();

        foreach (var url in new[] { $"/CheckIns?enrolmentId={network.Enrolment.Id}", $"/CheckIns/Create?enrolmentId={network.Enrolment.Id}" })
        {
            using var response = await anonymous.GetAsync(url);
            Assertions.IsRedirectToSignIn(response);
        }
    }

    [Fact]
    public async Task Bad_input_shows_the_error_summary_with_the_input_kept()
    {
        var network = await app.SupportNetworkAsync();
        var unrelated = await app.PersonAsync(roles: Roles.Mentor);
        using var mentee = await app.SignedInAsync(network.Mentee.Email!);
        var create = $"/CheckIns/Create?enrolmentId={network.Enrolment.Id}";

        using var response = await mentee.PostFormAsync(create, new()
        {
            ["HeldOn"] = "",
            ["Notes"] = "Talked through the options",
            ["Actions[1].DueOn"] = Iso(Today.AddDays(3)),
        });
        var page = await PortalClient.ParseAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(
            new List<string> { "Choose who owns action 2", "Choose who was there: the mentor, sponsor or coach", "Describe action 2", "Enter the date of the check-in" },
            Assertions.ErrorSummary(page).Order(StringComparer.Ordinal));
        Assert.Equal("Talked through the options", Assertions.FieldValue(page, "Notes"));
        Assert.Equal(Iso(Today.AddDays(3)), Assertions.FieldValue(page, "Actions[1].DueOn"));

        using var strangeOwner = await mentee.PostFormAsync(create, new()
        {
            ["HeldOn"] = Iso(Today),
            ["Attendees"] = "Mentor",
            ["Actions[0].Description"] = "Book a room",
            ["Actions[0].OwnerId"] = unrelated.Id,
        });
        Assert.Equal(["Choose who owns action 1 from the list"], Assertions.ErrorSummary(await PortalClient.ParseAsync(strangeOwner)));
        Assert.Equal(0, await app.WithDbAsync(db => db.CheckIns.CountAsync()));
    }

    private Task<CheckIn> CheckInAsync(
        SupportNetwork network, string authorId, DateOnly heldOn, string notes, bool isPrivate = false, string? actionOwnerId = null) =>
        app.WithDbAsync(async db =>
        {
            var checkIn = new CheckIn
            {
                EnrolmentId = network.Enrolment.Id,
                HeldOn = heldOn,
                AuthorId = authorId,
                WithMentor = authorId == network.Mentor.Id,
                WithSponsor = authorId == network.Sponsor.Id,
                WithCoach = authorId == network.Coach.Id,
                Notes = notes,
                NotesArePrivate = isPrivate,
                RecordedAt = DateTime.UtcNow,
            };
            if (actionOwnerId is not null)
            {
                checkIn.Actions.Add(new CheckInAction { Description = "Send the draft paper to the sponsor", OwnerId = actionOwnerId, DueOn = heldOn.AddDays(7) });
            }

            db.CheckIns.Add(checkIn);
            await db.SaveChangesAsync();
            return checkIn;
        });
}
