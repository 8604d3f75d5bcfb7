using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;
using StretchPortal.Web.Data;

namespace StretchPortal.Web.Infrastructure.Web;

/// <summary>
/// Refuses to use a SQLite database file that has gone (removed, renamed, its volume unmounted) once start-up has
/// created it. Without this, pooled connections keep writing to the deleted file, whose changes vanish when the pool
/// lets go of it, and new connections quietly create an empty database. Instead each use fails as "cannot open"
/// (which <see cref="DatabaseUnavailable"/> answers with the 503 page), the pool is cleared so nothing stale is reused,
/// and the first use after the file is back opens it afresh: the portal recovers without a restart.
/// </summary>
public sealed class SqliteFileGuard(string path, StartupState state) : DbConnectionInterceptor
{
    private const int SqliteCantOpen = 14;

    public override InterceptionResult ConnectionOpening(DbConnection connection, ConnectionEventData eventData, InterceptionResult result)
    {
        Check(connection);
        return result;
    }

    public override ValueTask<InterceptionResult> ConnectionOpeningAsync(
        DbConnection connection, ConnectionEventData eventData, InterceptionResult result, CancellationToken cancellationToken = default)
    {
        Check(connection);
        return ValueTask.FromResult(result);
    }

    private void Check(DbConnection connection)
    {
        // Before start-up has migrated, a missing file is a new installation, which SQLite creates.
        if (!state.DatabaseReady || File.Exists(path))
        {
            return;
        }

        if (connection is SqliteConnection sqlite)
        {
            SqliteConnection.ClearPool(sqlite);
        }

        throw new SqliteException("unable to open database file: the database file is missing", SqliteCantOpen);
    }
}
