using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using StretchPortal.Web.Data;
using StretchPortal.Web.Domain;
using StretchPortal.Web.Infrastructure.Auditing;
using StretchPortal.Web.Infrastructure.Exports;

namespace StretchPortal.Web.Features.Audit;

/// <summary>
/// Reads the audit trail for administrators: newest first, filtered, a page at a time or all of it as a download.
/// It never changes an entry; the only thing it writes is the entry that records an export.
/// </summary>
public sealed class AuditService(StretchPortalDbContext db, AuditTrail audit)
{
    public const int PageSize = 50;

    /// <summary>The most rows one export carries; narrow the filter for more.</summary>
    public const int ExportLimit = 100_000;

    public async Task<AuditPageViewModel> PageAsync(AuditFilter filter, CancellationToken cancellationToken)
    {
        var entries = Filtered(filter);
        var total = await entries.CountAsync(cancellationToken);
        var pages = Math.Max(1, (total + PageSize - 1) / PageSize);
        var page = Math.Clamp(filter.Page, 1, pages);
        var rows = await Rows(entries.Skip((page - 1) * PageSize).Take(PageSize)).ToListAsync(cancellationToken);
        var types = await db.AuditEntries.AsNoTracking().Select(a => a.EntityType).Distinct().OrderBy(t => t).ToListAsync(cancellationToken);
        return new AuditPageViewModel { Filter = filter, Rows = rows, EntityTypes = types, Total = total, Page = page, Pages = pages };
    }

    /// <summary>
    /// Every entry the filter selects (up to <see cref="ExportLimit"/>), newest first, as a table to download; the
    /// export itself is audited, with the filter used.
    /// </summary>
    public async Task<ExportTable> ExportAsync(AuditFilter filter, string format, CancellationToken cancellationToken)
    {
        var rows = await Rows(Filtered(filter).Take(ExportLimit)).ToListAsync(cancellationToken);
        await audit.RecordNowAsync(
            "Audit.Exported",
            "AuditTrail",
            "audit",
            JsonSerializer.Serialize(new { filter.Action, filter.EntityType, filter.EntityId, filter.Actor, filter.From, filter.To, Format = format, Rows = rows.Count }));
        return new ExportTable(
            "Audit trail",
            ["When (UTC)", "Who", "Who (id)", "What", "Record type", "Record id", "Changes", "From"],
            rows.Select(r => (IReadOnlyList<object?>)[r.OccurredAt, r.Actor, r.ActorId, r.Action, r.EntityType, r.EntityId, r.Changes, r.FromAddress]).ToList());
    }

    /// <summary>The entries the filter selects, newest first.</summary>
    private IQueryable<AuditEntry> Filtered(AuditFilter filter)
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

        if (filter.From is { } from)
        {
            var start = UkTime.ToUtc(from, TimeOnly.MinValue);
            entries = entries.Where(a => a.OccurredAt >= start);
        }

        if (filter.To is { } to)
        {
            var end = UkTime.ToUtc(to.AddDays(1), TimeOnly.MinValue);
            entries = entries.Where(a => a.OccurredAt < end);
        }

        return entries.OrderByDescending(a => a.OccurredAt).ThenByDescending(a => a.Id);
    }

    private IQueryable<AuditRow> Rows(IQueryable<AuditEntry> entries) =>
        entries.Select(a => new AuditRow(
                a.OccurredAt,
                a.ActorId == AuditContext.System
                    ? "System"
                    : db.Users.Where(p => p.Id == a.ActorId).Select(p => p.FullName + " (" + p.Email + ")").FirstOrDefault() ?? a.ActorId,
                a.Action,
                a.EntityType,
                a.EntityId,
                a.Changes,
                a.FromAddress,
                a.ActorId));
}
