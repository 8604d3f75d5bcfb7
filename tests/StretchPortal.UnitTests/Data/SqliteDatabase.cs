using Microsoft.AspNetCore.Http;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Moq;
using StretchPortal.Web.Data;
using StretchPortal.Web.Infrastructure.Auditing;

namespace StretchPortal.UnitTests.Data;

/// <summary>
/// A real SQLite database in SQLite's own in-memory mode, migrated with the production migrations, with the audit
/// interceptor attached. The connection stays open for the database's life.
/// </summary>
public sealed class SqliteDatabase : IDisposable
{
    private readonly SqliteConnection connection = new("Data Source=:memory:");

    public SqliteDatabase(IHttpContextAccessor? http = null, TimeProvider? clock = null)
    {
        connection.Open();
        var audit = new AuditContext(http ?? Mock.Of<IHttpContextAccessor>(), clock ?? TimeProvider.System);
        Options = new DbContextOptionsBuilder<SqliteStretchPortalDbContext>()
            .UseSqlite(connection)
            .AddInterceptors(new AuditInterceptor(audit))
            .Options;
        using var db = NewContext();
        db.Database.Migrate();
    }

    public DbContextOptions<SqliteStretchPortalDbContext> Options { get; }

    public SqliteStretchPortalDbContext NewContext() => new(Options);

    public void Dispose() => connection.Dispose();
}
