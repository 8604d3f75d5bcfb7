using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace StretchPortal.Web.Data;

/// <summary>The context on SQL Server, for production; its migrations are in Migrations/SqlServer.</summary>
public sealed class SqlServerStretchPortalDbContext(DbContextOptions<SqlServerStretchPortalDbContext> options)
    : StretchPortalDbContext(options);

/// <summary>Lets <c>dotnet ef</c> build the SQL Server model and script migrations without a server.</summary>
public sealed class SqlServerDesignTimeFactory : IDesignTimeDbContextFactory<SqlServerStretchPortalDbContext>
{
    public SqlServerStretchPortalDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqlServerStretchPortalDbContext>()
            .UseSqlServer("Server=localhost;Database=StretchPortal;Trusted_Connection=True;TrustServerCertificate=True")
            .Options);
}
