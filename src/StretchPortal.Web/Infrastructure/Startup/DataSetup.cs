using Microsoft.AspNetCore.DataProtection;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using StretchPortal.Web.Data;
using StretchPortal.Web.Data.Seeding;
using StretchPortal.Web.Infrastructure.Auditing;
using StretchPortal.Web.Infrastructure.Web;

namespace StretchPortal.Web.Infrastructure.Startup;

public static class DataSetup
{
    /// <summary>
    /// The pooled context on the configured provider, every <see cref="IInterceptor"/> registered in the container
    /// (the audit interceptor, the SQLite file guard; tests add a command counter), start-up migration and seeding,
    /// SQL Server's retries of transient faults, and the
    /// data-protection keys kept in the database so that every instance shares them.
    /// </summary>
    public static IServiceCollection AddStretchPortalData(
        this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        var section = configuration.GetSection("Database");
        services.Configure<DatabaseOptions>(section);
        var options = section.Get<DatabaseOptions>() ?? new DatabaseOptions();

        services.AddSingleton<AuditContext>();
        services.AddSingleton<AuditInterceptor>();
        services.AddSingleton<IInterceptor>(sp => sp.GetRequiredService<AuditInterceptor>());
        services.AddScoped<AuditTrail>();
        services.AddRefusalAudit();

        if (options.Provider == DatabaseProvider.SqlServer)
        {
            var connectionString = configuration.GetConnectionString("SqlServer")
                ?? throw new InvalidOperationException("Database:Provider is SqlServer but ConnectionStrings:SqlServer is not set.");
            services.AddDbContextPool<StretchPortalDbContext, SqlServerStretchPortalDbContext>((sp, db) => db
                .UseSqlServer(connectionString, sql => sql.EnableRetryOnFailure())
                .AddInterceptors(sp.GetServices<IInterceptor>()));
        }
        else
        {
            var connectionString = SqliteConnectionString(configuration.GetConnectionString("Sqlite"), environment.ContentRootPath);
            var sqlite = new SqliteConnectionStringBuilder(connectionString);
            if (sqlite.DataSource != ":memory:" && sqlite.Mode != SqliteOpenMode.Memory)
            {
                services.AddSingleton<IInterceptor>(sp => new SqliteFileGuard(sqlite.DataSource, sp.GetRequiredService<StartupState>()));
            }

            services.AddDbContextPool<StretchPortalDbContext, SqliteStretchPortalDbContext>((sp, db) => db
                .UseSqlite(connectionString)
                .AddInterceptors(sp.GetServices<IInterceptor>()));
        }

        services.AddSingleton<StartupState>();
        services.AddScoped<ReferenceDataSeeder>();
        services.AddScoped<DemoDataSeeder>();
        services.AddHostedService<DatabaseStartup>();

        services.AddDataProtection()
            .SetApplicationName("StretchPortal")
            .PersistKeysToDbContext<StretchPortalDbContext>();
        return services;
    }

    /// <summary>Resolves a relative SQLite file against the content root and makes sure its folder exists.</summary>
    internal static string SqliteConnectionString(string? configured, string contentRoot)
    {
        var builder = new SqliteConnectionStringBuilder(configured ?? "Data Source=App_Data/stretchportal.db");
        if (builder.DataSource != ":memory:" && builder.Mode != SqliteOpenMode.Memory)
        {
            builder.DataSource = Path.GetFullPath(builder.DataSource, contentRoot);
            Directory.CreateDirectory(Path.GetDirectoryName(builder.DataSource)!);
        }

        return builder.ToString();
    }
}
