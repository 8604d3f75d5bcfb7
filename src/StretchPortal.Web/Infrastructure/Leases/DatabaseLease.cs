using Microsoft.EntityFrameworkCore;
using StretchPortal.Web.Data;
using StretchPortal.Web.Domain;

namespace StretchPortal.Web.Infrastructure.Leases;

/// <summary>
/// A lease held in the database so that background work runs on one instance at a time, however many instances share
/// the database. Taking it is one conditional UPDATE (free, expired, or already ours), or, the first time, one INSERT
/// that the primary key lets only one instance win: both are atomic on SQLite and SQL Server. Use it from a scope of
/// its own (it saves its context).
/// </summary>
public sealed class DatabaseLease(StretchPortalDbContext db, TimeProvider clock)
{
    /// <summary>
    /// Takes or renews the lease <paramref name="name"/> for <paramref name="holder"/> until
    /// <paramref name="duration"/> from now; false when someone else holds it and it has not expired.
    /// </summary>
    public async Task<bool> TryAcquireAsync(string name, string holder, TimeSpan duration, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var until = now + duration;
        var taken = await db.Leases
            .Where(l => l.Name == name && (l.Holder == holder || l.ExpiresAt < now))
            .ExecuteUpdateAsync(s => s.SetProperty(l => l.Holder, holder).SetProperty(l => l.ExpiresAt, until), cancellationToken);
        if (taken == 1)
        {
            return true;
        }

        if (await db.Leases.AnyAsync(l => l.Name == name, cancellationToken))
        {
            return false;
        }

        var lease = new Lease(name, holder, until);
        db.Leases.Add(lease);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateException)
        {
            // Another instance inserted the lease first: the primary key let only one of us through.
            db.Entry(lease).State = EntityState.Detached;
            if (await db.Leases.AnyAsync(l => l.Name == name && l.Holder != holder, cancellationToken))
            {
                return false;
            }

            throw;
        }
        finally
        {
            if (db.Entry(lease).State != EntityState.Detached)
            {
                db.Entry(lease).State = EntityState.Detached;
            }
        }
    }

    /// <summary>Gives the lease up, if <paramref name="holder"/> holds it, so another instance may take it at once.</summary>
    public Task ReleaseAsync(string name, string holder, CancellationToken cancellationToken) =>
        db.Leases.Where(l => l.Name == name && l.Holder == holder).ExecuteDeleteAsync(cancellationToken);

    /// <summary>Who holds the lease now, or null when it is free or has expired.</summary>
    public async Task<string?> HolderAsync(string name, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        return await db.Leases.AsNoTracking()
            .Where(l => l.Name == name && l.ExpiresAt >= now)
            .Select(l => l.Holder)
            .SingleOrDefaultAsync(cancellationToken);
    }
}
