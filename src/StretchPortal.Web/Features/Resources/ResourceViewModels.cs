using Microsoft.AspNetCore.Mvc.Rendering;
using StretchPortal.Web.Domain;

namespace StretchPortal.Web.Features.Resources;

/// <summary>A page of the library as a person may see it.</summary>
public sealed class ResourceListViewModel
{
    public required ResourceQuery Query { get; init; }

    public IReadOnlyList<ResourceRowViewModel> Resources { get; init; } = [];

    public int Total { get; init; }

    public bool MayCurate { get; init; }

    public IReadOnlyList<SelectListItem> Priorities { get; init; } = [];

    public int PageCount => Math.Max(1, (Total + ResourceQuery.PageSize - 1) / ResourceQuery.PageSize);

    public string PageUrl(int page)
    {
        var query = new List<KeyValuePair<string, string?>>();
        if (!string.IsNullOrWhiteSpace(Query.Q))
        {
            query.Add(new("q", Query.Q.Trim()));
        }

        if (Query.Topic is { } topic)
        {
            query.Add(new("topic", topic.ToString()));
        }

        if (Query.Kind is { } kind)
        {
            query.Add(new("kind", kind.ToString()));
        }

        if (Query.Priority is { } priority)
        {
            query.Add(new("priority", priority.ToString()));
        }

        query.Add(new("page", page.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        return "/Resources" + Microsoft.AspNetCore.Http.QueryString.Create(query);
    }
}

public sealed record ResourceRowViewModel(
    Guid Id, string Title, string Summary, ResourceKind Kind, ResourceAudience Audience, ResourceTopics Topics, string Url, bool IsArchived);

/// <summary>One resource, with what the viewer may do with it.</summary>
public sealed class ResourceDetailsViewModel
{
    public required Guid Id { get; init; }

    public required Guid Version { get; init; }

    public required string Title { get; init; }

    public required string Summary { get; init; }

    public required ResourceKind Kind { get; init; }

    public required ResourceAudience Audience { get; init; }

    public required ResourceTopics Topics { get; init; }

    public required string Url { get; init; }

    public bool IsArchived { get; init; }

    public IReadOnlyList<string> Priorities { get; init; } = [];

    public bool MayCurate { get; init; }

    public bool MayRecommend { get; init; }
}

/// <summary>A resource a coach recommended to the person, for their home page.</summary>
public sealed record RecommendedResourceViewModel(Guid ResourceId, string Title, string Url, ResourceKind Kind, string Coach, string? Note, DateTime RecommendedAt);

public static class ResourceDisplay
{
    public static string TopicNames(this ResourceTopics topics) =>
        string.Join(", ", Enum.GetValues<ResourceTopics>().Where(t => t != ResourceTopics.None && topics.HasFlag(t)).Select(t => Shared.EnumDisplay.DisplayName(t)));
}
