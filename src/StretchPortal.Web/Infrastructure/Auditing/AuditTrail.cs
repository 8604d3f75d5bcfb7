using StretchPortal.Web.Data;
using StretchPortal.Web.Domain;

namespace StretchPortal.Web.Infrastructure.Auditing;

/// <summary>
/// Records what the interceptor cannot see for itself (role changes, sign-ins, views of sensitive reports). The entry
/// is added to the context and saved with the caller's next save, so it stands or falls with the change it records.
/// </summary>
public sealed class AuditTrail(StretchPortalDbContext db, AuditContext audit)
{
    public void Record(string action, string entityType, string entityId, string? changes = null) =>
        db.AuditEntries.Add(new AuditEntry
        {
            OccurredAt = audit.Now,
            ActorId = audit.ActorId,
            FromAddress = audit.FromAddress,
            Action = action,
            EntityType = entityType,
            EntityId = entityId,
            Changes = changes,
        });

    /// <summary>Records an event that has no change of its own to ride on (a sign-in, a refusal) and saves it at once.</summary>
    public async Task RecordNowAsync(string action, string entityType, string entityId, string? changes = null)
    {
        Record(action, entityType, entityId, changes);
        await db.SaveChangesAsync();
    }
}
