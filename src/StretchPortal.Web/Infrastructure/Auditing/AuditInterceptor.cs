using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;
using StretchPortal.Web.Domain;

namespace StretchPortal.Web.Infrastructure.Auditing;

/// <summary>
/// Writes an audit entry for every record added, changed or removed, in the same save, so that no state change
/// escapes the trail. Changes name the fields with their old and new values; the concurrency token is left out.
/// Records of special-category data (<see cref="ValuesWithheld"/>) name the fields that changed but never their values.
/// </summary>
public sealed class AuditInterceptor(AuditContext audit) : SaveChangesInterceptor
{
    /// <summary>What the trail writes in place of a withheld value.</summary>
    public const string Withheld = "withheld";

    private static readonly JsonSerializerOptions Json = new() { Converters = { new JsonStringEnumConverter() } };

    /// <summary>
    /// Entity types whose values must never be copied into the trail: equality monitoring answers are special-category
    /// personal data that nobody but their owner may read, and the audit trail is read by administrators. Notifications
    /// repeat what happened elsewhere (already audited there) in words that name people, so only their sending is kept.
    /// </summary>
    private static readonly HashSet<Type> ValuesWithheld = [typeof(EqualityDeclaration), typeof(Notification)];

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Record(eventData.Context);
        return base.SavingChanges(eventData, result);
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Record(eventData.Context);
        return base.SavingChangesAsync(eventData, result, cancellationToken);
    }

    private void Record(DbContext? context)
    {
        if (context is null)
        {
            return;
        }

        var entries = context.ChangeTracker.Entries<Entity>()
            .Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted)
            .Select(e => new AuditEntry
            {
                OccurredAt = audit.Now,
                ActorId = audit.ActorId,
                FromAddress = audit.FromAddress,
                Action = $"{e.Metadata.ClrType.Name}.{e.State}",
                EntityType = e.Metadata.ClrType.Name,
                EntityId = e.Entity.Id.ToString(),
                Changes = DescribeChanges(e),
            })
            .ToList();

        context.AddRange(entries);
        Neutralise(context);
    }

    /// <summary>
    /// Every entry about to be written, whether made here or by <see cref="AuditTrail"/>, has its text neutralised
    /// (<see cref="UntrustedText"/>), so no value typed into the portal can forge or disguise a line of the trail.
    /// </summary>
    private static void Neutralise(DbContext context)
    {
        foreach (var entry in context.ChangeTracker.Entries<AuditEntry>().Where(e => e.State == EntityState.Added))
        {
            var a = entry.Entity;
            a.ActorId = UntrustedText.Neutralise(a.ActorId, 64);
            a.Action = UntrustedText.Neutralise(a.Action, 100);
            a.EntityType = UntrustedText.Neutralise(a.EntityType, 100);
            a.EntityId = UntrustedText.Neutralise(a.EntityId, 64);
            a.Changes = UntrustedText.NeutraliseOrNull(a.Changes);
            a.FromAddress = a.FromAddress is null ? null : UntrustedText.Neutralise(a.FromAddress, 64);
        }
    }

    private static string? DescribeChanges(EntityEntry<Entity> entry)
    {
        var changes = new SortedDictionary<string, object?[]>(StringComparer.Ordinal);
        var withhold = ValuesWithheld.Contains(entry.Metadata.ClrType);
        foreach (var property in entry.Properties)
        {
            var name = property.Metadata.Name;
            if (name is nameof(Entity.Version) or nameof(Entity.Id))
            {
                continue;
            }

            switch (entry.State)
            {
                case EntityState.Added:
                    changes[name] = [null, property.CurrentValue];
                    break;
                case EntityState.Modified when property.IsModified && !Equals(property.OriginalValue, property.CurrentValue):
                    changes[name] = [property.OriginalValue, property.CurrentValue];
                    break;
                case EntityState.Deleted:
                    changes[name] = [property.OriginalValue, null];
                    break;
            }
        }

        if (withhold)
        {
            foreach (var name in changes.Keys.ToList())
            {
                changes[name] = [Withheld, Withheld];
            }
        }

        return changes.Count == 0 ? null : JsonSerializer.Serialize(changes, Json);
    }
}
