using StretchPortal.Web.Domain;

namespace StretchPortal.UnitTests.Domain;

public sealed class ResourceTests
{
    private static readonly DateTime Now = new(2026, 11, 22, 10, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void A_resource_is_archived_and_restored_once_each()
    {
        var resource = Resource.Curate(Details(ResourceAudience.All), Now);

        Assert.True(resource.Archive().Succeeded);
        Assert.Equal("This resource is already archived.", resource.Archive().Refusal);
        Assert.True(resource.Restore().Succeeded);
        Assert.Equal("This resource is in the library already.", resource.Restore().Refusal);
        Assert.False(resource.IsArchived);
    }

    [Fact]
    public void Revising_replaces_the_ICS_priorities_and_trims_the_text()
    {
        var (a, b, c) = (Guid.CreateVersion7(), Guid.CreateVersion7(), Guid.CreateVersion7());
        var resource = Resource.Curate(Details(ResourceAudience.All) with { IcsPriorityIds = [a, b] }, Now);

        resource.Revise(Details(ResourceAudience.Mentors) with { Title = "  New title ", IcsPriorityIds = [b, c] });

        Assert.Equal(new[] { b, c }.Order(), resource.Priorities.Select(p => p.IcsPriorityId).Order());
        Assert.Equal(("New title", ResourceAudience.Mentors), (resource.Title, resource.Audience));
    }

    [Theory]
    [InlineData(false, false, false, false, new[] { ResourceAudience.All })]
    [InlineData(true, false, false, false, new[] { ResourceAudience.All, ResourceAudience.Mentees })]
    [InlineData(false, true, false, false, new[] { ResourceAudience.All, ResourceAudience.Mentors })]
    [InlineData(false, false, true, false, new[] { ResourceAudience.All, ResourceAudience.Mentees, ResourceAudience.Coaches })]
    [InlineData(false, false, false, true, new[] { ResourceAudience.Mentees, ResourceAudience.Mentors, ResourceAudience.Coaches, ResourceAudience.All })]
    public void Each_role_finds_its_own_audience_and_what_is_for_everyone(bool mentee, bool mentor, bool coach, bool lead, ResourceAudience[] expected)
    {
        Assert.Equal(expected.Order(), Resource.AudiencesFor(mentee, mentor, coach, lead).Order());
    }

    [Theory]
    [InlineData(ResourceAudience.Mentees, false, true)]
    [InlineData(ResourceAudience.All, false, true)]
    [InlineData(ResourceAudience.Mentors, false, false)]
    [InlineData(ResourceAudience.Coaches, false, false)]
    [InlineData(ResourceAudience.All, true, false)]
    public void A_coach_recommends_to_a_coachee_only_what_is_in_the_library_for_mentees_or_everyone(ResourceAudience audience, bool archived, bool allowed)
    {
        var resource = Resource.Curate(Details(audience), Now);
        if (archived)
        {
            resource.Archive();
        }

        Assert.Equal(allowed, resource.MayBeRecommendedToACoachee().Succeeded);
    }

    private static ResourceDetails Details(ResourceAudience audience) =>
        new("Board roles", "What boards look for", ResourceKind.Article, audience, ResourceTopics.BoardRoles, "https://example.org", []);
}
