using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace StretchPortal.Web.Data;

/// <summary>Ready when start-up migrations and seeding are done and the database answers.</summary>
public sealed class DatabaseReadyCheck(StartupState state, StretchPortalDbContext db) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (!state.DatabaseReady)
        {
            return HealthCheckResult.Unhealthy("Database start-up has not finished.");
        }

        try
        {
            return await db.Database.CanConnectAsync(cancellationToken)
                ? HealthCheckResult.Healthy()
                : HealthCheckResult.Unhealthy("The database does not answer.");
        }
        catch (Exception ex) when (ex is InvalidOperationException or System.Data.Common.DbException)
        {
            return HealthCheckResult.Unhealthy("The database does not answer.", ex);
        }
    }
}
