using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace StretchPortal.Web.Data;

/// <summary>The context on SQLite, the embedded default; its migrations are in Migrations/Sqlite.</summary>
public sealed class SqliteStretchPortalDbContext(DbContextOptions<SqliteStretchPortalDbContext> options)
    : StretchPortalDbContext(options);

/// <summary>Lets <c>dotnet ef</c> build the SQLite model without starting the app.</summary>
public sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteStretchPortalDbContext>
{
    public SqliteStretchPortalDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteStretchPortalDbContext>().UseSqlite("Data Source=design-time.db").Options);
}
