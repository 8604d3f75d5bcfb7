using System.Net;
using Microsoft.EntityFrameworkCore;
using StretchPortal.IntegrationTests.Features.Weeks;
using StretchPortal.IntegrationTests.Infrastructure;
using StretchPortal.Web.Domain;
using StretchPortal.Web.Security;

namespace StretchPortal.IntegrationTests.Features.Resources;

public sealed class RecommendationsTests : IDisposable
{
    private readonly PortalApp app = new();

    public void Dispose() => app.Dispose();

    [Fact]
    public async Task A_coach_recommends_a_resource_to_their_coachee_who_sees_it_on_their_home_page()
    {
        var network = await app.SupportNetworkAsync();
        var resource = await app.ResourceAsync("Planning your next career step", ResourceAudience.Mentees);
        using var coach = await app.SignedInAsync(network.Coach.Email!);
        var details = await coach.GetPageAsync($"/Resources/Details/{resource.Id}");
        Assert.NotNull(details.QuerySelector($"a[href='/Resources/Recommend/{resource.Id}']"));

        using var response = await coach.PostFormAsync($"/Resources/Recommend/{resource.Id}", new()
        {
            ["CoacheeId"] = network.Mentee.Id,
            ["Note"] = "Worth doing before our next session",
        });

        Assertions.IsRedirectTo(response, $"/Resources/Details/{resource.Id}");
        var recommendation = await app.WithDbAsync(db => db.ResourceRecommendations.AsNoTracking().SingleAsync());
        Assert.Equal((resource.Id, network.Coach.Id, network.Mentee.Id, "Worth doing before our next session"),
            (recommendation.ResourceId, recommendation.CoachId, recommendation.CoacheeId, recommendation.Note!));
        using var mentee = await app.SignedInAsync(network.Mentee.Email!);
        var home = await mentee.GetPageAsync("/");
        var section = home.QuerySelector("#recommended-resources")!;
        Assert.Contains("Planning your next career step", section.TextContent, StringComparison.Ordinal);
        Assert.Contains(network.Coach.FullName, section.TextContent, StringComparison.Ordinal);
        Assert.Contains("Worth doing before our next session", section.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_home_page_without_recommendations_has_no_recommended_section()
    {
        var network = await app.SupportNetworkAsync();
        using var mentee = await app.SignedInAsync(network.Mentee.Email!);

        Assert.Null((await mentee.GetPageAsync("/")).QuerySelector("#recommended-resources"));
    }

    [Fact]
    public async Task A_coach_cannot_recommend_to_someone_who_is_not_their_coachee()
    {
        var network = await app.SupportNetworkAsync();
        var elsewhere = await app.SupportNetworkAsync();
        var resource = await app.ResourceAsync("Planning your next career step", ResourceAudience.Mentees);
        using var coach = await app.SignedInAsync(network.Coach.Email!);

        using var response = await coach.PostFormAsync($"/Resources/Recommend/{resource.Id}", new() { ["CoacheeId"] = elsewhere.Mentee.Id, ["Note"] = "Have a look" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await PortalClient.ParseAsync(response);
        Assert.Equal(["Choose one of your coachees from the list"], Assertions.ErrorSummary(page));
        Assert.Equal("Have a look", Assertions.FieldValue(page, "Note"));
        Assert.Equal(0, await app.WithDbAsync(db => db.ResourceRecommendations.CountAsync()));
    }

    [Fact]
    public async Task Recommending_without_choosing_a_coachee_asks_for_one_and_keeps_the_note()
    {
        var network = await app.SupportNetworkAsync();
        var resource = await app.ResourceAsync("Planning your next career step");
        using var coach = await app.SignedInAsync(network.Coach.Email!);

        using var response = await coach.PostFormAsync($"/Resources/Recommend/{resource.Id}", new() { ["Note"] = "Have a look" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await PortalClient.ParseAsync(response);
        Assert.Equal(["Choose the coachee to recommend it to"], Assertions.ErrorSummary(page));
        Assert.Equal("Have a look", Assertions.FieldValue(page, "Note"));
        Assert.Equal(0, await app.WithDbAsync(db => db.ResourceRecommendations.CountAsync()));
    }

    [Fact]
    public async Task Only_coaches_recommend_and_only_what_is_meant_for_mentees_or_everyone()
    {
        var network = await app.SupportNetworkAsync();
        var forMentees = await app.ResourceAsync("For mentees", ResourceAudience.Mentees);
        var forCoaches = await app.ResourceAsync("For coaches", ResourceAudience.Coaches);
        using var mentor = await app.SignedInAsync(network.Mentor.Email!);
        using var coach = await app.SignedInAsync(network.Coach.Email!);

        using var mentorGet = await mentor.GetAsync($"/Resources/Recommend/{forMentees.Id}");
        using var mentorPost = await mentor.PostAsync($"/Resources/Recommend/{forMentees.Id}", new() { ["CoacheeId"] = network.Mentee.Id });
        using var coachPost = await coach.PostAsync($"/Resources/Recommend/{forCoaches.Id}", new() { ["CoacheeId"] = network.Mentee.Id });

        Assert.Equal(HttpStatusCode.Forbidden, mentorGet.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, mentorPost.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, coachPost.StatusCode);
        Assert.Equal(0, await app.WithDbAsync(db => db.ResourceRecommendations.CountAsync()));
    }

    [Fact]
    public async Task An_archived_resource_leaves_the_coachees_home_page()
    {
        var network = await app.SupportNetworkAsync();
        var resource = await app.ResourceAsync("Planning your next career step", ResourceAudience.Mentees);
        await app.WithDbAsync(async db =>
        {
            db.ResourceRecommendations.Add(new ResourceRecommendation
            {
                ResourceId = resource.Id, CoachId = network.Coach.Id, CoacheeId = network.Mentee.Id, RecommendedAt = DateTime.UtcNow,
            });
            var stored = await db.Resources.SingleAsync();
            stored.Archive();
            await db.SaveChangesAsync();
        });
        using var mentee = await app.SignedInAsync(network.Mentee.Email!);

        Assert.Null((await mentee.GetPageAsync("/")).QuerySelector("#recommended-resources"));
    }
}
