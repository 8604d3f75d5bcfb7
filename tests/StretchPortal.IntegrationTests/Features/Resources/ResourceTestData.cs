using StretchPortal.IntegrationTests.Infrastructure;
using StretchPortal.Web.Domain;

namespace StretchPortal.IntegrationTests.Features.Resources;

internal static class ResourceTestData
{
    public static Task<Resource> ResourceAsync(
        this PortalApp app,
        string title,
        ResourceAudience audience = ResourceAudience.All,
        ResourceKind kind = ResourceKind.Article,
        ResourceTopics topics = ResourceTopics.CareerPlanning,
        bool archived = false,
        IReadOnlyCollection<Guid>? priorities = null) =>
        app.WithDbAsync(async db =>
        {
            var resource = Resource.Curate(
                new ResourceDetails(title, $"About {title}", kind, audience, topics, "https://example.org/" + Uri.EscapeDataString(title), priorities ?? []),
                DateTime.UtcNow);
            if (archived)
            {
                resource.Archive();
            }

            db.Resources.Add(resource);
            await db.SaveChangesAsync();
            return resource;
        });
}
