namespace StretchPortal.Web.Data;

public enum DatabaseProvider
{
    Sqlite,
    SqlServer,
}

/// <summary>The "Database" configuration section.</summary>
public sealed class DatabaseOptions
{
    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>
    /// Apply migrations when the app starts. Always done for SQLite; opt-in for SQL Server, where production applies
    /// the idempotent script instead (docs/operations.md).
    /// </summary>
    public bool MigrateOnStart { get; set; }

    /// <summary>Seed the demo programme and accounts. Only ever honoured in Development.</summary>
    public bool SeedDemoData { get; set; } = true;
}
