using System.Security.Claims;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using StretchPortal.Web.Data;
using StretchPortal.Web.Domain;
using StretchPortal.Web.Features.Shared;
using StretchPortal.Web.Security;

namespace StretchPortal.Web.Features.Resources;

/// <summary>
/// The resource library: browsing and searching what is meant for a person's roles, and curating it (add, change,
/// archive, restore) with the version the curator saw. Recommendations are <see cref="RecommendationsService"/>'s.
/// </summary>
public sealed class ResourcesService(StretchPortalDbContext db, TimeProvider clock)
{
    public const string ChangedMeanwhile =
        "Someone else changed this resource while you were editing. Check the values below and save again.";

    /// <summary>The audiences a person's roles give them; curators see every audience.</summary>
    public static IReadOnlyList<ResourceAudience> AudiencesFor(ClaimsPrincipal user) =>
        Resource.AudiencesFor(
            user.IsInRole(Roles.Mentee),
            user.IsInRole(Roles.Mentor),
            user.IsInRole(Roles.Coach),
            Capabilities.Map[Capabilities.CurateResources].Any(user.IsInRole));

    public async Task<ResourceListViewModel> SearchAsync(ResourceQuery query, ClaimsPrincipal user, bool mayCurate, CancellationToken cancellationToken)
    {
        var audiences = AudiencesFor(user).ToList();
        var resources = db.Resources.AsNoTracking().Where(r => audiences.Contains(r.Audience) && (mayCurate || !r.IsArchived));
        if (!string.IsNullOrWhiteSpace(query.Q))
        {
            var pattern = Events.Search.LikePattern(query.Q);
            resources = resources.Where(r => EF.Functions.Like(r.Title, pattern, Events.Search.Escape)
                || EF.Functions.Like(r.Summary, pattern, Events.Search.Escape));
        }

        if (query.Topic is { } topic)
        {
            resources = resources.Where(r => (r.Topics & topic) == topic);
        }

        if (query.Kind is { } kind)
        {
            resources = resources.Where(r => r.Kind == kind);
        }

        if (query.Priority is { } priority)
        {
            resources = resources.Where(r => r.Priorities.Any(p => p.IcsPriorityId == priority));
        }

        var total = await resources.CountAsync(cancellationToken);
        query.Page = Math.Clamp(query.Page, 1, Math.Max(1, (total + ResourceQuery.PageSize - 1) / ResourceQuery.PageSize));
        var rows = await resources
            .OrderBy(r => r.IsArchived).ThenBy(r => r.Title)
            .Skip((query.Page - 1) * ResourceQuery.PageSize)
            .Take(ResourceQuery.PageSize)
            .Select(r => new ResourceRowViewModel(r.Id, r.Title, r.Summary, r.Kind, r.Audience, r.Topics, r.Url, r.IsArchived))
            .ToListAsync(cancellationToken);
        return new ResourceListViewModel
        {
            Query = query,
            Total = total,
            Resources = rows,
            MayCurate = mayCurate,
            Priorities = await PriorityOptionsAsync(null, cancellationToken),
        };
    }

    /// <summary>The resource with its ICS priorities; tracked, so it can be changed.</summary>
    public Task<Resource?> FindAsync(Guid id, CancellationToken cancellationToken) =>
        db.Resources.Include(r => r.Priorities).SingleOrDefaultAsync(r => r.Id == id, cancellationToken);

    public async Task<ResourceDetailsViewModel> DetailsAsync(Resource resource, bool mayCurate, bool mayRecommend, CancellationToken cancellationToken)
    {
        var ids = resource.Priorities.Select(p => p.IcsPriorityId).ToList();
        return new ResourceDetailsViewModel
        {
            Id = resource.Id,
            Version = resource.Version,
            Title = resource.Title,
            Summary = resource.Summary,
            Kind = resource.Kind,
            Audience = resource.Audience,
            Topics = resource.Topics,
            Url = resource.Url,
            IsArchived = resource.IsArchived,
            Priorities = await db.IcsPriorities.AsNoTracking().Where(p => ids.Contains(p.Id)).OrderBy(p => p.SortOrder)
                .Select(p => p.Name).ToListAsync(cancellationToken),
            MayCurate = mayCurate,
            MayRecommend = mayRecommend,
        };
    }

    /// <summary>The ICS priorities to offer: those not archived, and those the resource names already.</summary>
    public async Task<IReadOnlyList<SelectListItem>> PriorityOptionsAsync(IReadOnlyCollection<Guid>? current, CancellationToken cancellationToken)
    {
        var named = current ?? [];
        return (await db.IcsPriorities.AsNoTracking()
                .Where(p => !p.IsArchived || named.Contains(p.Id))
                .OrderBy(p => p.SortOrder).ThenBy(p => p.Name)
                .Select(p => new { p.Id, p.Name })
                .ToListAsync(cancellationToken))
            .Select(p => new SelectListItem(p.Name, p.Id.ToString()))
            .ToList();
    }

    public async Task<FormResult> CreateAsync(CreateResourceForm form, CancellationToken cancellationToken)
    {
        if (await UnknownPrioritiesAsync(form.IcsPriorityIds, null, cancellationToken))
        {
            return FormResult.Refused(nameof(form.IcsPriorityIds), "Choose ICS priorities from the list");
        }

        var resource = Resource.Curate(form.Details(), clock.GetUtcNow().UtcDateTime);
        db.Resources.Add(resource);
        await db.SaveChangesAsync(cancellationToken);
        return FormResult.Done(resource.Id);
    }

    public static EditResourceForm EditForm(Resource resource) => new()
    {
        Title = resource.Title,
        Summary = resource.Summary,
        Kind = resource.Kind,
        Audience = resource.Audience,
        Topics = Enum.GetValues<ResourceTopics>().Where(t => t != ResourceTopics.None && resource.Topics.HasFlag(t)).ToList(),
        Url = resource.Url,
        IcsPriorityIds = resource.Priorities.Select(p => p.IcsPriorityId).ToList(),
        Version = resource.Version,
    };

    public async Task<FormResult> EditAsync(Resource resource, EditResourceForm form, CancellationToken cancellationToken)
    {
        if (await UnknownPrioritiesAsync(form.IcsPriorityIds, resource, cancellationToken))
        {
            return FormResult.Refused(nameof(form.IcsPriorityIds), "Choose ICS priorities from the list");
        }

        return await SaveAsync(resource, form.Version, () =>
        {
            resource.Revise(form.Details());
            return Outcome.Done;
        }, cancellationToken);
    }

    public Task<FormResult> ArchiveAsync(Resource resource, ArchiveResourceForm form, CancellationToken cancellationToken) =>
        SaveAsync(resource, form.Version, resource.Archive, cancellationToken);

    public Task<FormResult> RestoreAsync(Resource resource, ArchiveResourceForm form, CancellationToken cancellationToken) =>
        SaveAsync(resource, form.Version, resource.Restore, cancellationToken);

    private async Task<FormResult> SaveAsync(Resource resource, Guid versionSeen, Func<Outcome> change, CancellationToken cancellationToken)
    {
        db.ExpectVersion(resource, versionSeen);
        var outcome = change();
        if (!outcome.Succeeded)
        {
            return FormResult.Refused("", outcome.Refusal!);
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return FormResult.Done(resource.Id);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return FormResult.Refused("", ChangedMeanwhile);
        }
    }

    private async Task<bool> UnknownPrioritiesAsync(IReadOnlyCollection<Guid> ids, Resource? resource, CancellationToken cancellationToken)
    {
        var named = resource?.Priorities.Select(p => p.IcsPriorityId).ToList() ?? [];
        var distinct = ids.Distinct().ToList();
        var known = await db.IcsPriorities.CountAsync(p => distinct.Contains(p.Id) && (!p.IsArchived || named.Contains(p.Id)), cancellationToken);
        return known != distinct.Count;
    }
}
