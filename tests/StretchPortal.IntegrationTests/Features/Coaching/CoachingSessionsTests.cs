using System.Net;
using Microsoft.EntityFrameworkCore;
using StretchPortal.IntegrationTests.Infrastructure;
using StretchPortal.Web.Domain;
using StretchPortal.Web.Security;
using static StretchPortal.IntegrationTests.Features.Coaching.CoachingTestData;

namespace StretchPortal.IntegrationTests.Features.Coaching;

public sealed class CoachingSessionsTests : IDisposable
{
    private const string PrivateNotes = "Coachee is weighing an interim director post against finishing her MBA.";

    private static readonly string[] EmptySessionErrors = ["Enter the date of the session", "Enter how long the session lasted, in minutes"];

    private readonly PortalApp app = new();

    public void Dispose() => app.Dispose();

    [Fact]
    public async Task A_coach_logs_a_session_and_sees_1_of_4()
    {
        var (coach, coachee, lead) = await app.CoachingPeopleAsync();
        var relationship = await app.RelationshipAsync(coach.Id, coachee.Id, lead.Id, Today.AddDays(-10));
        using var client = await app.SignedInAsync(coach.Email!);
        var url = $"/Coaching/Sessions/{relationship.Id}";

        using var response = await client.PostFormAsync(url, new()
        {
            ["HeldOn"] = Iso(Today.AddDays(-1)), ["Minutes"] = "75", ["Mode"] = "InPerson", ["PrivateNotes"] = PrivateNotes,
        });

        Assertions.IsRedirectTo(response, url);
        var session = await app.WithDbAsync(db => db.CoachingSessions.AsNoTracking().SingleAsync());
        Assert.Equal((relationship.Id, Today.AddDays(-1), 75, SessionMode.InPerson, PrivateNotes), (session.CoachingRelationshipId, session.HeldOn, session.Minutes, session.Mode, session.PrivateNotes!));
        var page = await client.GetPageAsync(url);
        Assert.StartsWith("1 of 4", page.QuerySelector("#standing")!.TextContent.Trim(), StringComparison.Ordinal);
        Assert.Contains(PrivateNotes, page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        var home = await client.GetPageAsync("/Coaching");
        Assert.Contains("1 of 4", home.QuerySelector($"tr[data-relationship='{relationship.Id}']")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_session_before_the_match_or_in_the_future_is_refused_with_the_input_kept()
    {
        var (coach, coachee, lead) = await app.CoachingPeopleAsync();
        var relationship = await app.RelationshipAsync(coach.Id, coachee.Id, lead.Id, Today.AddDays(-10));
        using var client = await app.SignedInAsync(coach.Email!);
        var url = $"/Coaching/Sessions/{relationship.Id}";

        using var future = await client.PostFormAsync(url, new() { ["HeldOn"] = Iso(Today.AddDays(3)), ["Minutes"] = "60" });
        using var empty = await client.PostFormAsync(url, new() { ["HeldOn"] = "", ["Minutes"] = "", ["PrivateNotes"] = "Kept" });

        Assert.Equal(["The session date must be today or in the past."], Assertions.ErrorSummary(await PortalClient.ParseAsync(future)));
        var page = await PortalClient.ParseAsync(empty);
        Assert.Equivalent(EmptySessionErrors, Assertions.ErrorSummary(page), strict: true);
        Assert.Equal("Kept", Assertions.FieldValue(page, "PrivateNotes"));
        Assert.Equal(0, await app.WithDbAsync(db => db.CoachingSessions.CountAsync()));
    }

    [Fact]
    public async Task A_coachs_private_session_notes_are_invisible_to_the_coachee_their_mentor_and_the_lead()
    {
        var (coach, coachee, lead) = await app.CoachingPeopleAsync();
        var mentor = await app.PersonAsync(roles: Roles.Mentor);
        var (_, cohort) = await app.ProgrammeAsync(lead.Id);
        await app.EnrolmentAsync(cohort.Id, coachee.Id, mentor.Id);
        var relationship = await app.RelationshipAsync(coach.Id, coachee.Id, lead.Id, Today.AddMonths(-2), (Today.AddDays(-20), PrivateNotes));
        var url = $"/Coaching/Sessions/{relationship.Id}";

        using var coacheeClient = await app.SignedInAsync(coachee.Email!);
        var coacheePage = await coacheeClient.GetPageAsync(url);
        Assert.StartsWith("1 of 4", coacheePage.QuerySelector("#standing")!.TextContent.Trim(), StringComparison.Ordinal);
        Assert.Single(coacheePage.QuerySelectorAll("tr[data-session]"));
        Assert.DoesNotContain(PrivateNotes, coacheePage.DocumentElement.OuterHtml, StringComparison.Ordinal);
        Assert.Null(coacheePage.QuerySelector("main form"));
        Assert.DoesNotContain(PrivateNotes, (await coacheeClient.GetPageAsync("/")).DocumentElement.OuterHtml, StringComparison.Ordinal);

        using var leadClient = await app.SignedInAsync(lead.Email!);
        var leadPage = await leadClient.GetPageAsync(url);
        Assert.Single(leadPage.QuerySelectorAll("tr[data-session]"));
        Assert.DoesNotContain(PrivateNotes, leadPage.DocumentElement.OuterHtml, StringComparison.Ordinal);
        Assert.DoesNotContain(PrivateNotes, (await leadClient.GetPageAsync("/Coaching/Relationships")).DocumentElement.OuterHtml, StringComparison.Ordinal);

        using var mentorClient = await app.SignedInAsync(mentor.Email!);
        using var mentorResponse = await mentorClient.GetAsync(url);
        Assert.Equal(HttpStatusCode.Forbidden, mentorResponse.StatusCode);
        Assert.DoesNotContain(PrivateNotes, await mentorResponse.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        using var coachClient = await app.SignedInAsync(coach.Email!);
        Assert.Contains(PrivateNotes, (await coachClient.GetPageAsync(url)).QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Only_the_coach_logs_sessions_and_an_unknown_relationship_is_not_found()
    {
        var (coach, coachee, lead) = await app.CoachingPeopleAsync();
        var relationship = await app.RelationshipAsync(coach.Id, coachee.Id, lead.Id, Today.AddDays(-10));
        var url = $"/Coaching/Sessions/{relationship.Id}";
        var session = new Dictionary<string, string> { ["HeldOn"] = Iso(Today), ["Minutes"] = "60", ["Mode"] = "Virtual" };

        using var coacheeClient = await app.SignedInAsync(coachee.Email!);
        using var byCoachee = await coacheeClient.PostAsync(url, session, "/Coaching");
        using var leadClient = await app.SignedInAsync(lead.Email!);
        using var byLead = await leadClient.PostAsync(url, session, "/Coaching");
        using var anonymous = app.NewClient();
        using var byAnonymous = await anonymous.GetAsync(url);
        using var unknown = await leadClient.GetAsync($"/Coaching/Sessions/{Guid.NewGuid()}");

        Assert.Equal(HttpStatusCode.Forbidden, byCoachee.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, byLead.StatusCode);
        Assertions.IsRedirectToSignIn(byAnonymous);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal(0, await app.WithDbAsync(db => db.CoachingSessions.CountAsync()));
    }

    [Fact]
    public async Task The_session_count_and_behind_state_follow_the_dates()
    {
        var (coach, coachee, lead) = await app.CoachingPeopleAsync();
        var other = await app.PersonAsync();
        // Seven months in: two sessions are due. One held is behind; two held is on track.
        var behind = await app.RelationshipAsync(coach.Id, coachee.Id, lead.Id, Today.AddMonths(-7), (Today.AddMonths(-5), null));
        var onTrack = await app.RelationshipAsync(coach.Id, other.Id, lead.Id, Today.AddMonths(-7), (Today.AddMonths(-5), null), (Today.AddMonths(-2), null));
        // Two months in with no session: nothing is due yet.
        var fresh = await app.RelationshipAsync(other.Id, coachee.Id, lead.Id, Today.AddMonths(-2));
        using var client = await app.SignedInAsync(lead.Email!);

        var page = await client.GetPageAsync("/Coaching/Relationships");

        var rows = page.QuerySelectorAll("tr[data-relationship]").ToList();
        Assert.Equal(behind.Id.ToString(), rows[0].GetAttribute("data-relationship"));
        Assert.Contains("1 of 4", rows[0].TextContent, StringComparison.Ordinal);
        Assert.Contains("Behind", rows[0].TextContent, StringComparison.Ordinal);
        var onTrackRow = page.QuerySelector($"tr[data-relationship='{onTrack.Id}']")!.TextContent;
        Assert.Contains("2 of 4", onTrackRow, StringComparison.Ordinal);
        Assert.DoesNotContain("Behind", onTrackRow, StringComparison.Ordinal);
        var freshRow = page.QuerySelector($"tr[data-relationship='{fresh.Id}']")!.TextContent;
        Assert.Contains("0 of 4", freshRow, StringComparison.Ordinal);
        Assert.Contains("On track", freshRow, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_coachee_sees_their_coach_and_1_of_4_on_the_home_page()
    {
        var (coach, coachee, lead) = await app.CoachingPeopleAsync();
        var relationship = await app.RelationshipAsync(coach.Id, coachee.Id, lead.Id, Today.AddDays(-30), (Today.AddDays(-3), PrivateNotes));
        using var client = await app.SignedInAsync(coachee.Email!);

        var home = await client.GetPageAsync("/");

        var row = home.QuerySelector($"tr[data-relationship='{relationship.Id}']")!.TextContent;
        Assert.Contains(coach.FullName, row, StringComparison.Ordinal);
        Assert.Contains("1 of 4", row, StringComparison.Ordinal);
        Assert.DoesNotContain(PrivateNotes, home.DocumentElement.OuterHtml, StringComparison.Ordinal);
    }
}
