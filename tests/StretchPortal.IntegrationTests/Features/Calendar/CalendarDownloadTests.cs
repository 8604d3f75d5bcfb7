using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using StretchPortal.IntegrationTests.Features.Coaching;
using StretchPortal.IntegrationTests.Features.Events;
using StretchPortal.IntegrationTests.Features.Weeks;
using StretchPortal.IntegrationTests.Infrastructure;
using StretchPortal.Web.Domain;
using StretchPortal.Web.Infrastructure.Email;
using StretchPortal.Web.Security;

namespace StretchPortal.IntegrationTests.Features.Calendar;

/// <summary>"Add to calendar (.ics)": each kind of item, for the people who may see it and nobody else.</summary>
public sealed class CalendarDownloadTests : IDisposable
{
    private readonly PortalApp app = new();

    public void Dispose() => app.Dispose();

    private string PortalAddress => app.Services.GetRequiredService<IOptions<EmailOptions>>().Value.FromAddress;

    [Fact]
    public async Task A_check_in_downloads_as_an_all_day_event_for_those_who_may_see_it()
    {
        var network = await app.SupportNetworkAsync();
        var elsewhere = await app.SupportNetworkAsync();
        var checkIn = await app.WithDbAsync(async db =>
        {
            var recorded = new CheckIn
            {
                EnrolmentId = network.Enrolment.Id,
                HeldOn = new DateOnly(2026, 12, 1),
                AuthorId = network.Mentor.Id,
                WithMentor = true,
                Notes = "Private thoughts",
                NotesArePrivate = true,
                RecordedAt = DateTime.UtcNow,
            };
            db.CheckIns.Add(recorded);
            await db.SaveChangesAsync();
            return recorded;
        });
        var url = $"/CheckIns/Calendar/{checkIn.Id}";

        using var mentee = await app.SignedInAsync(network.Mentee.Email!);
        var link = (await mentee.GetPageAsync($"/CheckIns?enrolmentId={network.Enrolment.Id}")).QuerySelector($"a[href='{url}']");
        using var download = await mentee.GetAsync(url);

        Assert.NotNull(link);
        Assert.StartsWith("Add to calendar (.ics)", link.TextContent.Trim(), StringComparison.Ordinal);
        var calendarEvent = Ics.Invitation(await Ics.DownloadedAsync(download, "check-in-2026-12-01.ics"), checkIn.Id);
        Ics.IsAllDay(calendarEvent, new DateOnly(2026, 12, 1));
        Assert.Equal(network.Mentor.Email, Ics.Organizer(calendarEvent));
        Assert.Equal(Ics.Sorted(network.Mentee.Email, network.Mentor.Email), Ics.Attendees(calendarEvent));
        Assert.DoesNotContain("Private thoughts", calendarEvent.Description, StringComparison.Ordinal);

        using var stranger = await app.SignedInAsync(elsewhere.Mentor.Email!);
        using var refused = await stranger.GetAsync(url);
        using var missing = await mentee.GetAsync($"/CheckIns/Calendar/{Guid.NewGuid()}");
        using var anonymous = await app.NewClient().GetAsync(url);
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assertions.IsRedirectToSignIn(anonymous);
    }

    [Fact]
    public async Task A_coaching_session_downloads_for_the_coach_and_the_coachee_only()
    {
        var lead = await app.PersonAsync(roles: Roles.ProgrammeLead);
        var coach = await app.PersonAsync(roles: Roles.Coach);
        var coachee = await app.PersonAsync(roles: Roles.Mentee);
        var otherCoach = await app.PersonAsync(roles: Roles.Coach);
        var relationship = await app.RelationshipAsync(coach.Id, coachee.Id, lead.Id, new DateOnly(2026, 1, 5), (new DateOnly(2026, 3, 10), "Coach's own notes"));
        var session = relationship.Sessions.Single();
        var url = $"/Coaching/Sessions/Calendar/{session.Id}";

        foreach (var person in new[] { coach, coachee })
        {
            using var client = await app.SignedInAsync(person.Email!);
            Assert.NotNull((await client.GetPageAsync($"/Coaching/Sessions/{relationship.Id}")).QuerySelector($"a[href='{url}']"));
            using var download = await client.GetAsync(url);
            var calendarEvent = Ics.Invitation(await Ics.DownloadedAsync(download, "coaching-session-2026-03-10.ics"), session.Id);
            Ics.IsAllDay(calendarEvent, new DateOnly(2026, 3, 10));
            Assert.Equal(coach.Email, Ics.Organizer(calendarEvent));
            Assert.Equal(Ics.Sorted(coach.Email, coachee.Email), Ics.Attendees(calendarEvent));
            Assert.DoesNotContain("Coach's own notes", await (await client.GetAsync(url)).Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        foreach (var person in new[] { lead, otherCoach })
        {
            using var client = await app.SignedInAsync(person.Email!);
            using var refused = await client.GetAsync(url);
            Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        }

        using var anonymous = await app.NewClient().GetAsync(url);
        Assertions.IsRedirectToSignIn(anonymous);
    }

    [Fact]
    public async Task A_workshop_downloads_in_summer_time_for_the_booked_coach_and_the_coaching_lead()
    {
        var lead = await app.PersonAsync(roles: Roles.ProgrammeLead);
        var coach = await app.PersonAsync(roles: Roles.Coach);
        var notBooked = await app.PersonAsync(roles: Roles.Coach);
        var application = await app.ApplicationAsync(coach.Id, approvedBy: lead.Id, token: "coach-token");
        await app.ApplicationAsync(notBooked.Id, approvedBy: lead.Id, token: "other-token");
        var workshop = await app.WithDbAsync(async db =>
        {
            var stored = await db.CoachApplications.FindAsync(application.Id);
            var added = new CoachingWorkshop { Part = 1, StartsAtUtc = new DateTime(2027, 6, 1, 8, 30, 0, DateTimeKind.Utc), Place = "MS Teams", Capacity = 10 };
            Assert.True(added.Book(stored!, DateTime.UtcNow).Succeeded);
            db.CoachingWorkshops.Add(added);
            await db.SaveChangesAsync();
            return added;
        });
        var url = $"/Coaching/Workshops/Calendar/{workshop.Id}";

        foreach (var (person, page) in new[] { (coach, "/Coaching"), (lead, "/Coaching/Workshops") })
        {
            using var client = await app.SignedInAsync(person.Email!);
            Assert.NotNull((await client.GetPageAsync(page)).QuerySelector($"a[href='{url}']"));
            using var download = await client.GetAsync(url);
            var calendarEvent = Ics.Invitation(await Ics.DownloadedAsync(download, "coaching-workshop-2027-06-01.ics"), workshop.Id);
            Ics.IsAt(calendarEvent, new DateTime(2027, 6, 1, 9, 30, 0), new DateTime(2027, 6, 1, 13, 0, 0), new DateTime(2027, 6, 1, 8, 30, 0, DateTimeKind.Utc));
            Assert.Equal("MS Teams", calendarEvent.Location);
            Assert.Equal(PortalAddress, Ics.Organizer(calendarEvent));
            Assert.Equal([person.Email!], Ics.Attendees(calendarEvent));
        }

        using var other = await app.SignedInAsync(notBooked.Email!);
        using var refused = await other.GetAsync(url);
        using var missing = await other.GetAsync($"/Coaching/Workshops/Calendar/{Guid.NewGuid()}");
        using var anonymous = await app.NewClient().GetAsync(url);
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assertions.IsRedirectToSignIn(anonymous);
    }

    [Fact]
    public async Task A_celebration_event_downloads_in_summer_time_for_those_taking_part()
    {
        var network = await app.SupportNetworkAsync();
        var elsewhere = await app.SupportNetworkAsync();
        var celebration = await app.CelebrationAsync(await app.ProgrammeIdAsync(network), new DateTime(2027, 7, 15, 13, 0, 0, DateTimeKind.Utc));
        var url = $"/Events/Celebration/{celebration.Id}/Calendar";

        using var mentee = await app.SignedInAsync(network.Mentee.Email!);
        Assert.NotNull((await mentee.GetPageAsync($"/Events/Celebration/{celebration.Id}")).QuerySelector($"a[href='{url}']"));
        using var download = await mentee.GetAsync(url);

        var calendarEvent = Ics.Invitation(await Ics.DownloadedAsync(download, "celebration-event-2027-07-15.ics"), celebration.Id);
        Ics.IsAt(calendarEvent, new DateTime(2027, 7, 15, 14, 0, 0), new DateTime(2027, 7, 15, 16, 0, 0), new DateTime(2027, 7, 15, 13, 0, 0, DateTimeKind.Utc));
        Assert.Equal(("Cohort A celebration", "Town hall"), (calendarEvent.Summary, calendarEvent.Location));
        Assert.Equal(PortalAddress, Ics.Organizer(calendarEvent));
        Assert.Equal([network.Mentee.Email!], Ics.Attendees(calendarEvent));

        using var stranger = await app.SignedInAsync(elsewhere.Mentee.Email!);
        using var refused = await stranger.GetAsync(url);
        using var missing = await mentee.GetAsync($"/Events/Celebration/{Guid.NewGuid()}/Calendar");
        using var anonymous = await app.NewClient().GetAsync(url);
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assertions.IsRedirectToSignIn(anonymous);
    }

    [Fact]
    public async Task A_check_in_session_downloads_in_winter_time_for_mentors_and_sponsors_only()
    {
        var network = await app.SupportNetworkAsync();
        var session = await app.SessionAsync(await app.ProgrammeIdAsync(network), new DateTime(2027, 1, 12, 9, 0, 0, DateTimeKind.Utc));
        var url = $"/Events/Session/{session.Id}/Calendar";

        using var sponsor = await app.SignedInAsync(network.Sponsor.Email!);
        Assert.NotNull((await sponsor.GetPageAsync($"/Events/Session/{session.Id}")).QuerySelector($"a[href='{url}']"));
        using var download = await sponsor.GetAsync(url);

        var calendarEvent = Ics.Invitation(await Ics.DownloadedAsync(download, "check-in-session-2027-01-12.ics"), session.Id);
        Ics.IsAt(calendarEvent, new DateTime(2027, 1, 12, 9, 0, 0), new DateTime(2027, 1, 12, 10, 0, 0), new DateTime(2027, 1, 12, 9, 0, 0, DateTimeKind.Utc));
        Assert.Equal(("Sponsors' check-in", "Teams"), (calendarEvent.Summary, calendarEvent.Location));
        Assert.Equal(PortalAddress, Ics.Organizer(calendarEvent));
        Assert.Equal([network.Sponsor.Email!], Ics.Attendees(calendarEvent));

        using var mentee = await app.SignedInAsync(network.Mentee.Email!);
        using var refused = await mentee.GetAsync(url);
        using var missing = await sponsor.GetAsync($"/Events/Session/{Guid.NewGuid()}/Calendar");
        using var anonymous = await app.NewClient().GetAsync(url);
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assertions.IsRedirectToSignIn(anonymous);
    }
}
