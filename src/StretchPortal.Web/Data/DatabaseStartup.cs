using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using StretchPortal.Web.Data.Seeding;

namespace StretchPortal.Web.Data;

/// <summary>
/// Brings the database up to date before the portal reports itself ready: migrations (SQLite always, SQL Server when
/// opted in), reference data in every environment, demo data in Development only.
/// </summary>
public sealed partial class DatabaseStartup(
    IServiceProvider services,
    IOptions<DatabaseOptions> options,
    IHostEnvironment environment,
    StartupState state,
    ILogger<DatabaseStartup> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<StretchPortalDbContext>();
        var settings = options.Value;

        if (settings.Provider == DatabaseProvider.Sqlite)
        {
            await db.Database.MigrateAsync(cancellationToken);
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
            LogMigrated(logger, settings.Provider);
        }
        else if (settings.MigrateOnStart)
        {
            await db.Database.MigrateAsync(cancellationToken);
            LogMigrated(logger, settings.Provider);
        }

        await scope.ServiceProvider.GetRequiredService<ReferenceDataSeeder>().SeedAsync(cancellationToken);

        if (environment.IsDevelopment() && settings.SeedDemoData)
        {
            await scope.ServiceProvider.GetRequiredService<DemoDataSeeder>().SeedAsync(cancellationToken);
        }

        state.MarkDatabaseReady();
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(LogLevel.Information, "Database migrated ({Provider})")]
    private static partial void LogMigrated(ILogger logger, DatabaseProvider provider);
}

/// <summary>Whether start-up work has finished; the readiness check waits for it.</summary>
public sealed class StartupState
{
    private volatile bool databaseReady;

    public bool DatabaseReady => databaseReady;

    public void MarkDatabaseReady() => databaseReady = true;
}
