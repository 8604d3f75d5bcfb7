using System.Net;
using Microsoft.EntityFrameworkCore;
using StretchPortal.IntegrationTests.Features.Weeks;
using StretchPortal.IntegrationTests.Infrastructure;
using StretchPortal.Web.Security;

namespace StretchPortal.IntegrationTests.Features.Events;

public sealed class FacilitatedSessionsTests : IDisposable
{
    private readonly PortalApp app = new();

    public void Dispose() => app.Dispose();

    [Fact]
    public async Task Anonymous_visitors_are_sent_to_sign_in()
    {
        var network = await app.SupportNetworkAsync();
        var session = await app.SessionAsync(await app.ProgrammeIdAsync(network), EventTestData.Now.AddDays(3));
        using var client = app.NewClient();

        using var schedule = await client.GetAsync("/Events/ScheduleSession");
        using var details = await client.GetAsync($"/Events/Session/{session.Id}");
        using var post = await client.Http.PostAsync(new Uri($"/Events/RecordAttendance/{session.Id}", UriKind.Relative), new FormUrlEncodedContent([]));

        Assertions.IsRedirectToSignIn(schedule);
        Assertions.IsRedirectToSignIn(details);
        Assertions.IsRedirectToSignIn(post);
    }

    [Fact]
    public async Task A_lead_schedules_a_facilitated_session_and_the_programmes_mentors_and_sponsors_see_it()
    {
        var network = await app.SupportNetworkAsync();
        var programmeId = await app.ProgrammeIdAsync(network);
        using var lead = await app.SignedInAsync(network.Lead.Email!);

        using var response = await lead.PostFormAsync("/Events/ScheduleSession", new()
        {
            ["ProgrammeId"] = programmeId.ToString(),
            ["Title"] = "Sponsors' check-in",
            ["Date"] = "2027-01-12",
            ["StartTime"] = "9:00",
            ["Place"] = "Teams",
        });

        var session = await app.WithDbAsync(db => db.FacilitatedSessions.AsNoTracking().SingleAsync());
        Assertions.IsRedirectTo(response, $"/Events/Session/{session.Id}");
        Assert.Equal((programmeId, "Sponsors' check-in", new DateTime(2027, 1, 12, 9, 0, 0), "Teams"), (session.ProgrammeId, session.Title, session.StartsAt, session.Location));
        foreach (var supporter in new[] { network.Mentor, network.Sponsor })
        {
            using var client = await app.SignedInAsync(supporter.Email!);
            Assert.NotNull((await client.GetPageAsync("/Events")).QuerySelector($"[data-event='{session.Id}']"));
            Assert.Equal("12 January 2027 at 9am (UK time)", (await client.GetPageAsync($"/Events/Session/{session.Id}")).QuerySelector("#when")!.TextContent.Trim());
        }
    }

    [Fact]
    public async Task A_mentee_and_a_mentor_of_another_programme_cannot_open_the_session()
    {
        var network = await app.SupportNetworkAsync();
        var elsewhere = await app.SupportNetworkAsync();
        var session = await app.SessionAsync(await app.ProgrammeIdAsync(network), EventTestData.Now.AddDays(3));

        foreach (var person in new[] { network.Mentee, elsewhere.Mentor })
        {
            using var client = await app.SignedInAsync(person.Email!);
            using var response = await client.GetAsync($"/Events/Session/{session.Id}");
            Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
            Assert.Null((await client.GetPageAsync("/Events")).QuerySelector($"[data-event='{session.Id}']"));
        }
    }

    [Fact]
    public async Task Scheduling_a_session_without_a_date_shows_the_message_and_keeps_the_input()
    {
        var network = await app.SupportNetworkAsync();
        using var lead = await app.SignedInAsync(network.Lead.Email!);

        using var response = await lead.PostFormAsync("/Events/ScheduleSession", new()
        {
            ["ProgrammeId"] = (await app.ProgrammeIdAsync(network)).ToString(),
            ["Title"] = "Sponsors' check-in",
            ["StartTime"] = "09:00",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await PortalClient.ParseAsync(response);
        Assert.Equal(["Enter the date of the session"], Assertions.ErrorSummary(page));
        Assert.Equal("Sponsors' check-in", Assertions.FieldValue(page, "Title"));
        Assert.Equal(0, await app.WithDbAsync(db => db.FacilitatedSessions.CountAsync()));
    }

    [Fact]
    public async Task A_lead_records_who_attended_and_a_mentor_sees_that_they_attended()
    {
        var network = await app.SupportNetworkAsync();
        var session = await app.SessionAsync(await app.ProgrammeIdAsync(network), EventTestData.Now.AddHours(-2));
        using var lead = await app.SignedInAsync(network.Lead.Email!);
        var url = $"/Events/Session/{session.Id}";

        using var response = await lead.PostFormAsync(url, new() { ["Attended"] = new List<string> { network.Mentor.Id } });

        Assertions.IsRedirectTo(response, url);
        var stored = await app.WithDbAsync(db => db.FacilitatedSessions.AsNoTracking().Include(s => s.Attendance).SingleAsync());
        Assert.Equal([network.Mentor.Id], stored.Attendance.Select(a => a.PersonId));
        Assert.NotNull(stored.AttendanceRecordedAt);
        using var mentor = await app.SignedInAsync(network.Mentor.Email!);
        Assert.Equal("You attended", (await mentor.GetPageAsync(url)).QuerySelector("#your-attendance")!.TextContent.Trim());
        using var sponsor = await app.SignedInAsync(network.Sponsor.Email!);
        Assert.Equal("Not recorded as attending", (await sponsor.GetPageAsync(url)).QuerySelector("#your-attendance")!.TextContent.Trim());
    }

    [Fact]
    public async Task Attendance_cannot_be_recorded_before_the_session_starts()
    {
        var network = await app.SupportNetworkAsync();
        var session = await app.SessionAsync(await app.ProgrammeIdAsync(network), EventTestData.Now.AddDays(2));
        using var lead = await app.SignedInAsync(network.Lead.Email!);

        using var response = await lead.PostAsync($"/Events/RecordAttendance/{session.Id}",
            new() { ["Attended"] = network.Mentor.Id, ["Version"] = session.Version.ToString() }, $"/Events/Session/{session.Id}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(["Attendance can be recorded once the session has started."], Assertions.ErrorSummary(await PortalClient.ParseAsync(response)));
        Assert.Equal(0, await app.WithDbAsync(db => db.FacilitatedSessions.SelectMany(s => s.Attendance).CountAsync()));
    }

    [Fact]
    public async Task Only_the_programmes_mentors_and_sponsors_can_be_recorded_as_attending()
    {
        var network = await app.SupportNetworkAsync();
        var session = await app.SessionAsync(await app.ProgrammeIdAsync(network), EventTestData.Now.AddHours(-1));
        using var lead = await app.SignedInAsync(network.Lead.Email!);

        using var response = await lead.PostFormAsync($"/Events/Session/{session.Id}", new() { ["Attended"] = new List<string> { network.Mentee.Id } });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(["Choose the people who attended from the list."], Assertions.ErrorSummary(await PortalClient.ParseAsync(response)));
        Assert.Equal(0, await app.WithDbAsync(db => db.FacilitatedSessions.SelectMany(s => s.Attendance).CountAsync()));
    }

    [Fact]
    public async Task A_mentor_and_a_lead_of_another_programme_cannot_record_attendance()
    {
        var network = await app.SupportNetworkAsync();
        var session = await app.SessionAsync(await app.ProgrammeIdAsync(network), EventTestData.Now.AddHours(-1));
        var otherLead = await app.PersonAsync(roles: Roles.ProgrammeLead);
        await app.ProgrammeAsync(otherLead.Id, "Another programme");

        foreach (var person in new[] { network.Mentor, otherLead })
        {
            using var client = await app.SignedInAsync(person.Email!);
            using var response = await client.PostAsync($"/Events/RecordAttendance/{session.Id}",
                new() { ["Attended"] = network.Mentor.Id, ["Version"] = session.Version.ToString() });
            Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        }

        Assert.Equal(0, await app.WithDbAsync(db => db.FacilitatedSessions.SelectMany(s => s.Attendance).CountAsync()));
    }
}
