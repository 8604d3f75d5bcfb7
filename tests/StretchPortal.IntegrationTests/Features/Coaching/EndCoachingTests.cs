using System.Net;
using Microsoft.EntityFrameworkCore;
using StretchPortal.IntegrationTests.Infrastructure;
using StretchPortal.Web.Domain;
using StretchPortal.Web.Features.Coaching;
using StretchPortal.Web.Features.Shared;
using StretchPortal.Web.Security;
using static StretchPortal.IntegrationTests.Features.Coaching.CoachingTestData;

namespace StretchPortal.IntegrationTests.Features.Coaching;

/// <summary>The coach or the programme lead ends a coaching relationship from its sessions page; nobody else can.</summary>
public sealed class EndCoachingTests : IDisposable
{
    private readonly PortalApp app = new();

    public void Dispose() => app.Dispose();

    [Fact]
    public async Task The_coach_ends_the_relationship_and_no_more_sessions_can_be_logged()
    {
        var (coach, coachee, lead) = await app.CoachingPeopleAsync();
        var relationship = await app.RelationshipAsync(coach.Id, coachee.Id, lead.Id, Today.AddMonths(-6), (Today.AddMonths(-3), null));
        using var client = await app.SignedInAsync(coach.Email!);
        var url = $"/Coaching/Sessions/{relationship.Id}";

        using var response = await client.PostFormAsync(url, new() { ["EndedOn"] = Iso(Today.AddDays(-1)) }, "/Coaching/End/");

        Assertions.IsRedirectTo(response, url);
        Assert.Equal(Today.AddDays(-1), await app.WithDbAsync(db => db.CoachingRelationships.Where(r => r.Id == relationship.Id).Select(r => r.EndedOn).SingleAsync()));
        var page = await client.GetPageAsync(url);
        Assert.Equal(Today.AddDays(-1).ToDisplayDate(), page.QuerySelector("#ended-on")?.TextContent.Trim());
        Assert.Null(page.QuerySelector("form[action^='/Coaching/End/']"));
        Assert.Null(page.QuerySelector($"form[action='{url}']"));
        Assert.Null((await client.GetPageAsync("/")).QuerySelector($"tr[data-relationship='{relationship.Id}']"));
        using var late = await client.PostAsync(url, new() { ["HeldOn"] = Iso(Today), ["Minutes"] = "60", ["Mode"] = "Virtual" }, url);
        Assert.Equal(HttpStatusCode.OK, late.StatusCode);
        Assert.Equal(1, await app.WithDbAsync(db => db.CoachingSessions.CountAsync()));
    }

    [Fact]
    public async Task The_programme_lead_ends_it_and_the_coachee_sees_it_ended()
    {
        var (coach, coachee, lead) = await app.CoachingPeopleAsync();
        var relationship = await app.RelationshipAsync(coach.Id, coachee.Id, lead.Id, Today.AddMonths(-2));
        using var leadClient = await app.SignedInAsync(lead.Email!);
        var url = $"/Coaching/Sessions/{relationship.Id}";

        using var response = await leadClient.PostFormAsync(url, new() { ["EndedOn"] = Iso(Today) }, "/Coaching/End/");

        Assertions.IsRedirectTo(response, url);
        using var coacheeClient = await app.SignedInAsync(coachee.Email!);
        var page = await coacheeClient.GetPageAsync(url);
        Assert.NotNull(page.QuerySelector("#ended-on"));
        Assert.Null(page.QuerySelector("form[action^='/Coaching/End/']"));
    }

    [Fact]
    public async Task The_coachee_their_mentor_and_another_coach_are_refused_and_see_no_end_form()
    {
        var (coach, coachee, lead) = await app.CoachingPeopleAsync();
        var mentor = await app.PersonAsync(roles: Roles.Mentor);
        var (_, cohort) = await app.ProgrammeAsync(lead.Id);
        await app.EnrolmentAsync(cohort.Id, coachee.Id, mentor.Id);
        var otherCoach = await app.PersonAsync(roles: Roles.Coach);
        var relationship = await app.RelationshipAsync(coach.Id, coachee.Id, lead.Id, Today.AddMonths(-2));
        var url = $"/Coaching/Sessions/{relationship.Id}";
        using var coacheeClient = await app.SignedInAsync(coachee.Email!);
        Assert.Null((await coacheeClient.GetPageAsync(url)).QuerySelector("form[action^='/Coaching/End/']"));

        foreach (var person in new[] { coachee, mentor, otherCoach })
        {
            using var client = await app.SignedInAsync(person.Email!);
            using var response = await client.PostAsync($"/Coaching/End/{relationship.Id}", new() { ["EndedOn"] = Iso(Today), ["Version"] = relationship.Version.ToString() });
            Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        }

        Assert.Null(await app.WithDbAsync(db => db.CoachingRelationships.Where(r => r.Id == relationship.Id).Select(r => r.EndedOn).SingleAsync()));
    }

    [Fact]
    public async Task A_missing_future_or_before_the_last_session_date_is_refused_with_the_input_kept()
    {
        var (coach, coachee, lead) = await app.CoachingPeopleAsync();
        var relationship = await app.RelationshipAsync(coach.Id, coachee.Id, lead.Id, Today.AddMonths(-6), (Today.AddDays(-10), null));
        using var client = await app.SignedInAsync(coach.Email!);
        var url = $"/Coaching/Sessions/{relationship.Id}";

        var empty = await PortalClient.ParseAsync(await client.PostFormAsync(url, new() { ["EndedOn"] = "" }, "/Coaching/End/"));
        var future = await PortalClient.ParseAsync(await client.PostFormAsync(url, new() { ["EndedOn"] = Iso(Today.AddDays(2)) }, "/Coaching/End/"));
        var beforeLastSession = await PortalClient.ParseAsync(await client.PostFormAsync(url, new() { ["EndedOn"] = Iso(Today.AddDays(-20)) }, "/Coaching/End/"));

        Assert.Equal(["Enter the date the coaching ended"], Assertions.ErrorSummary(empty));
        Assert.Equal(["The date the coaching ended must be today or in the past"], Assertions.ErrorSummary(future));
        Assert.Equal(Iso(Today.AddDays(2)), Assertions.FieldValue(future, "EndedOn"));
        Assert.Equal([$"The date the coaching ended must be on or after the last session, on {Today.AddDays(-10).ToDisplayDate()}"], Assertions.ErrorSummary(beforeLastSession));
        Assert.Equal(Iso(Today.AddDays(-20)), Assertions.FieldValue(beforeLastSession, "EndedOn"));
        Assert.Null(await app.WithDbAsync(db => db.CoachingRelationships.Where(r => r.Id == relationship.Id).Select(r => r.EndedOn).SingleAsync()));
    }

    [Fact]
    public async Task An_end_date_before_the_match_is_refused_by_the_rule_on_the_relationship()
    {
        var (coach, coachee, lead) = await app.CoachingPeopleAsync();
        var relationship = await app.RelationshipAsync(coach.Id, coachee.Id, lead.Id, Today.AddMonths(-1));
        using var client = await app.SignedInAsync(coach.Email!);

        var page = await PortalClient.ParseAsync(await client.PostFormAsync($"/Coaching/Sessions/{relationship.Id}", new() { ["EndedOn"] = Iso(Today.AddMonths(-2)) }, "/Coaching/End/"));

        Assert.Equal(["The end date must be on or after the date they were matched."], Assertions.ErrorSummary(page));
        Assert.Equal(Iso(Today.AddMonths(-2)), Assertions.FieldValue(page, "EndedOn"));
    }

    [Fact]
    public async Task Ending_from_a_page_shown_before_someone_else_ended_it_is_explained_not_applied()
    {
        var (coach, coachee, lead) = await app.CoachingPeopleAsync();
        var relationship = await app.RelationshipAsync(coach.Id, coachee.Id, lead.Id, Today.AddMonths(-2));
        var url = $"/Coaching/Sessions/{relationship.Id}";
        using var coachClient = await app.SignedInAsync(coach.Email!);
        using var leadClient = await app.SignedInAsync(lead.Email!);
        var shownVersion = relationship.Version.ToString();

        using var first = await leadClient.PostFormAsync(url, new() { ["EndedOn"] = Iso(Today.AddDays(-3)) }, "/Coaching/End/");
        var second = await PortalClient.ParseAsync(await coachClient.PostAsync($"/Coaching/End/{relationship.Id}", new() { ["EndedOn"] = Iso(Today), ["Version"] = shownVersion }, url));

        Assertions.IsRedirectTo(first, url);
        Assert.Equal(["This coaching relationship has already ended."], Assertions.ErrorSummary(second));
        Assert.Equal(Today.AddDays(-3), await app.WithDbAsync(db => db.CoachingRelationships.Where(r => r.Id == relationship.Id).Select(r => r.EndedOn).SingleAsync()));
    }

    [Fact]
    public async Task A_stale_form_after_another_change_to_the_relationship_is_explained()
    {
        var (coach, coachee, lead) = await app.CoachingPeopleAsync();
        var relationship = await app.RelationshipAsync(coach.Id, coachee.Id, lead.Id, Today.AddMonths(-2));
        await app.WithDbAsync(async db =>
        {
            var tracked = await db.CoachingRelationships.SingleAsync(r => r.Id == relationship.Id);
            tracked.MatchedOn = Today.AddMonths(-3);
            await db.SaveChangesAsync();
        });
        using var client = await app.SignedInAsync(coach.Email!);
        var url = $"/Coaching/Sessions/{relationship.Id}";

        var page = await PortalClient.ParseAsync(await client.PostAsync($"/Coaching/End/{relationship.Id}", new() { ["EndedOn"] = Iso(Today), ["Version"] = relationship.Version.ToString() }, url));

        Assert.Equal([CoachingRelationshipsService.ChangedMeanwhile], Assertions.ErrorSummary(page));
        Assert.Equal(Iso(Today), Assertions.FieldValue(page, "EndedOn"));
        var current = await app.WithDbAsync(db => db.CoachingRelationships.AsNoTracking().SingleAsync(r => r.Id == relationship.Id));
        Assert.Null(current.EndedOn);
        Assert.Equal(current.Version.ToString(), Assertions.FieldValue(page, "Version"));
    }

    [Fact]
    public async Task Ending_without_the_anti_forgery_token_is_rejected()
    {
        var (coach, coachee, lead) = await app.CoachingPeopleAsync();
        var relationship = await app.RelationshipAsync(coach.Id, coachee.Id, lead.Id, Today.AddMonths(-2));
        using var client = await app.SignedInAsync(coach.Email!);

        using var content = new FormUrlEncodedContent([new("EndedOn", Iso(Today)), new("Version", relationship.Version.ToString())]);
        using var response = await client.Http.PostAsync(new Uri($"/Coaching/End/{relationship.Id}", UriKind.Relative), content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Null(await app.WithDbAsync(db => db.CoachingRelationships.Where(r => r.Id == relationship.Id).Select(r => r.EndedOn).SingleAsync()));
    }
}
