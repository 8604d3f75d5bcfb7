using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;
using StretchPortal.Web.Data;

namespace StretchPortal.UnitTests.Data;

public sealed class MigrationTests
{
    [Fact]
    public void The_SQLite_migrations_match_the_model()
    {
        using var database = new SqliteDatabase();
        using var db = database.NewContext();

        Assert.False(db.Database.HasPendingModelChanges(), "Run: dotnet ef migrations add <Name> --context SqliteStretchPortalDbContext --output-dir Data/Migrations/Sqlite");
        Assert.Empty(db.Database.GetPendingMigrations());
    }

    [Fact]
    public void The_SQL_Server_migrations_match_the_model()
    {
        using var db = new SqlServerDesignTimeFactory().CreateDbContext([]);

        Assert.False(db.Database.HasPendingModelChanges(), "Run: dotnet ef migrations add <Name> --context SqlServerStretchPortalDbContext --output-dir Data/Migrations/SqlServer");
    }

    [Fact]
    public void Each_provider_has_its_own_complete_migration_set()
    {
        using var sqlite = new SqliteDatabase();
        using var sqliteDb = sqlite.NewContext();
        using var sqlServerDb = new SqlServerDesignTimeFactory().CreateDbContext([]);

        var sqliteMigrations = sqliteDb.Database.GetMigrations().Select(m => m[15..]).ToList();
        var sqlServerMigrations = sqlServerDb.Database.GetMigrations().Select(m => m[15..]).ToList();

        Assert.NotEmpty(sqliteMigrations);
        Assert.Equal(sqliteMigrations, sqlServerMigrations);
    }

    [Fact]
    public void The_committed_SQL_Server_script_is_the_idempotent_script_of_the_current_migrations()
    {
        using var db = new SqlServerDesignTimeFactory().CreateDbContext([]);
        var script = db.GetInfrastructure().GetRequiredService<IMigrator>()
            .GenerateScript(options: MigrationsSqlGenerationOptions.Idempotent);
        var committed = File.ReadAllText(Path.Combine(RepositoryRoot(), "docs", "sql", "sqlserver-migrations.sql"));

        Assert.True(
            Normalise(script) == Normalise(committed),
            "docs/sql/sqlserver-migrations.sql is stale. Run: dotnet ef migrations script --idempotent --context SqlServerStretchPortalDbContext --project src/StretchPortal.Web -o docs/sql/sqlserver-migrations.sql");
    }

    private static string Normalise(string sql) => sql.ReplaceLineEndings("\n").Trim();

    /// <summary>The repository this test file was compiled from (test binaries may be built elsewhere).</summary>
    private static string RepositoryRoot([System.Runtime.CompilerServices.CallerFilePath] string sourceFile = "")
    {
        var directory = new DirectoryInfo(Path.GetDirectoryName(sourceFile)!);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "StretchPortal.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("StretchPortal.sln not found above the test source");
    }
}
