using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using StretchPortal.Web.Infrastructure.Web;

namespace StretchPortal.Web.Data;

/// <summary>
/// Ready when start-up migrations and seeding are done and the database answers a query (and, on SQLite, would take
/// a write) within a few seconds: a missing or locked SQLite file or an unreachable SQL Server makes it fail, so a
/// load balancer stops sending requests here until the database is back.
/// </summary>
public sealed class DatabaseReadyCheck(StartupState state, StretchPortalDbContext db) : IHealthCheck
{
    /// <summary>Well under a balancer's probe timeout, so the probe sees a 503 rather than no answer.</summary>
    public static readonly TimeSpan QueryTimeout = TimeSpan.FromSeconds(3);

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (!state.DatabaseReady)
        {
            return HealthCheckResult.Unhealthy("Database start-up has not finished.");
        }

        var timeout = db.Database.GetCommandTimeout();
        try
        {
            db.Database.SetCommandTimeout(QueryTimeout);

            // A real read of a table: opening a connection alone succeeds on a missing or locked SQLite file.
            await db.Roles.AsNoTracking().AnyAsync(cancellationToken);
            if (db.Database.IsSqlite())
            {
                // In WAL mode a lock held by another process blocks writes but not reads: ask for the write lock too.
                await db.Database.ExecuteSqlRawAsync("BEGIN IMMEDIATE; ROLLBACK;", cancellationToken);
            }
            return HealthCheckResult.Healthy();
        }
        catch (Exception ex) when (ex is InvalidOperationException or System.Data.Common.DbException || DatabaseUnavailable.IsUnavailable(ex))
        {
            return HealthCheckResult.Unhealthy("The database does not answer.", ex);
        }
        finally
        {
            db.Database.SetCommandTimeout(timeout);
        }
    }
}
