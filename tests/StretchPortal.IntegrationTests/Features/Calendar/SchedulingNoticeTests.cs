using Microsoft.EntityFrameworkCore;
using MimeKit;
using StretchPortal.IntegrationTests.Features.Events;
using StretchPortal.IntegrationTests.Features.Weeks;
using StretchPortal.IntegrationTests.Infrastructure;
using StretchPortal.Web.Domain;

namespace StretchPortal.IntegrationTests.Features.Calendar;

/// <summary>Scheduling an event tells the people it is for, once each, with the invitation attached; nobody else.</summary>
public sealed class SchedulingNoticeTests : IDisposable
{
    private readonly PortalApp app = new();

    public void Dispose() => app.Dispose();

    [Fact]
    public async Task Scheduling_a_celebration_event_invites_the_programmes_mentees_and_their_supporters_and_nobody_else()
    {
        var network = await app.SupportNetworkAsync();
        var elsewhere = await app.SupportNetworkAsync();
        var programmeId = await app.ProgrammeIdAsync(network);
        using var lead = await app.SignedInAsync(network.Lead.Email!);

        await lead.PostFormAsync("/Events/ScheduleCelebration", new()
        {
            ["ProgrammeId"] = programmeId.ToString(),
            ["Title"] = "Cohort A celebration",
            ["Date"] = "2027-07-15",
            ["StartTime"] = "14:00",
            ["Place"] = "Town hall",
        });

        var celebration = await app.WithDbAsync(db => db.CelebrationEvents.AsNoTracking().SingleAsync());
        var invited = new[] { network.Mentee, network.Mentor, network.Sponsor, network.Coach };
        await AssertInvitedAsync(invited, NotificationKind.CelebrationScheduled, celebration.Id, $"/Events/Celebration/{celebration.Id}", new DateTime(2027, 7, 15, 14, 0, 0), "celebration-event-2027-07-15.ics");
        foreach (var person in new[] { network.Lead, elsewhere.Mentee, elsewhere.Mentor, elsewhere.Sponsor, elsewhere.Coach, elsewhere.Lead })
        {
            Assert.Empty(app.To(person.Email!));
        }
    }

    [Fact]
    public async Task Scheduling_a_check_in_session_invites_the_programmes_mentors_and_sponsors_and_nobody_else()
    {
        var network = await app.SupportNetworkAsync();
        var another = await app.AnotherMenteeAsync(network);
        var elsewhere = await app.SupportNetworkAsync();
        var programmeId = await app.ProgrammeIdAsync(network);
        using var lead = await app.SignedInAsync(network.Lead.Email!);

        await lead.PostFormAsync("/Events/ScheduleSession", new()
        {
            ["ProgrammeId"] = programmeId.ToString(),
            ["Title"] = "Sponsors' check-in",
            ["Date"] = "2027-01-12",
            ["StartTime"] = "9:00",
            ["Place"] = "Teams",
        });

        var session = await app.WithDbAsync(db => db.FacilitatedSessions.AsNoTracking().SingleAsync());
        await AssertInvitedAsync([network.Mentor, network.Sponsor], NotificationKind.CheckInSessionScheduled, session.Id, $"/Events/Session/{session.Id}", new DateTime(2027, 1, 12, 9, 0, 0), "check-in-session-2027-01-12.ics");
        foreach (var person in new[] { network.Lead, network.Mentee, another.Mentee, network.Coach, elsewhere.Mentor, elsewhere.Sponsor })
        {
            Assert.Empty(app.To(person.Email!));
        }
    }

    /// <summary>
    /// Exactly one notification row and one email per invited person and no others, each email with a text/calendar
    /// attachment naming that person, at the UK time given.
    /// </summary>
    private async Task AssertInvitedAsync(Person[] invited, NotificationKind kind, Guid eventId, string link, DateTime ukStart, string fileName)
    {
        var rows = await app.WithDbAsync(db => db.Notifications.AsNoTracking().Select(n => new { n.RecipientId, n.Kind, n.Link }).ToListAsync());
        Assert.Equal(invited.Select(p => p.Id).Order(StringComparer.Ordinal), rows.Select(r => r.RecipientId).Order(StringComparer.Ordinal));
        Assert.All(rows, r => Assert.Equal((kind, link), (r.Kind, r.Link)));
        Assert.Equal(invited.Length, app.Emails().Count);

        foreach (var person in invited)
        {
            var email = Assert.Single(app.To(person.Email!));
            var attachment = Assert.IsAssignableFrom<MimePart>(Assert.Single(email.Attachments));
            Assert.Equal("text/calendar", attachment.ContentType.MimeType);
            Assert.Equal(fileName, attachment.FileName);
            using var content = new MemoryStream();
            await attachment.Content!.DecodeToAsync(content);
            var calendarEvent = Ics.Invitation(Ics.Parse(System.Text.Encoding.UTF8.GetString(content.ToArray())), eventId);
            Assert.Equal(ukStart, calendarEvent.DtStart!.Value);
            Assert.Equal("Europe/London", calendarEvent.DtStart.TzId);
            Assert.Equal([person.Email!], Ics.Attendees(calendarEvent));
        }
    }
}
