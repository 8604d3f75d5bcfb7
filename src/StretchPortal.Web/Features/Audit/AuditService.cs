using Microsoft.EntityFrameworkCore;
using StretchPortal.Web.Data;
using StretchPortal.Web.Infrastructure.Auditing;

namespace StretchPortal.Web.Features.Audit;

/// <summary>Reads the audit trail for administrators: newest first, filtered, a page at a time. It never writes.</summary>
public sealed class AuditService(StretchPortalDbContext db)
{
    public const int PageSize = 50;

    public async Task<AuditPageViewModel> PageAsync(AuditFilter filter, CancellationToken cancellationToken)
    {
        var entries = db.AuditEntries.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(filter.Action))
        {
            var action = filter.Action.Trim();
            entries = entries.Where(a => a.Action.StartsWith(action));
        }

        if (!string.IsNullOrWhiteSpace(filter.EntityType))
        {
            entries = entries.Where(a => a.EntityType == filter.EntityType);
        }

        if (!string.IsNullOrWhiteSpace(filter.EntityId))
        {
            var id = filter.EntityId.Trim();
            entries = entries.Where(a => a.EntityId == id);
        }

        if (!string.IsNullOrWhiteSpace(filter.Actor))
        {
            var normalised = filter.Actor.Trim().ToUpperInvariant();
            var actorIds = db.Users.Where(p => p.NormalizedEmail == normalised).Select(p => p.Id);
            entries = entries.Where(a => actorIds.Contains(a.ActorId));
        }

        var total = await entries.CountAsync(cancellationToken);
        var pages = Math.Max(1, (total + PageSize - 1) / PageSize);
        var page = Math.Clamp(filter.Page, 1, pages);
        var rows = await entries
            .OrderByDescending(a => a.OccurredAt).ThenByDescending(a => a.Id)
            .Skip((page - 1) * PageSize).Take(PageSize)
            .Select(a => new AuditRow(
                a.OccurredAt,
                a.ActorId == AuditContext.System
                    ? "System"
                    : db.Users.Where(p => p.Id == a.ActorId).Select(p => p.FullName + " (" + p.Email + ")").FirstOrDefault() ?? a.ActorId,
                a.Action,
                a.EntityType,
                a.EntityId,
                a.Changes,
                a.FromAddress))
            .ToListAsync(cancellationToken);
        var types = await db.AuditEntries.AsNoTracking().Select(a => a.EntityType).Distinct().OrderBy(t => t).ToListAsync(cancellationToken);
        return new AuditPageViewModel { Filter = filter, Rows = rows, EntityTypes = types, Total = total, Page = page, Pages = pages };
    }
}
