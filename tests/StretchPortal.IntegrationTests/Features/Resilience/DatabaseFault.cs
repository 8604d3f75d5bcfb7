using System.Collections.Concurrent;
using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace StretchPortal.IntegrationTests.Features.Resilience;

/// <summary>
/// A test-only EF Core interceptor that breaks the database on demand: every command fails as if the SQLite file were
/// locked (<see cref="Unavailable"/>), or only the commands a test picks fail part-way through a save
/// (<see cref="FailCommand"/>). It keeps the text of every command that ran, so a test can show the save had started.
/// </summary>
internal sealed class DatabaseFault : DbCommandInterceptor
{
    private const int SqliteBusy = 5;
    private const int SqliteIoError = 10;

    private volatile bool unavailable;
    private volatile Func<string, bool>? failCommand;

    public bool Unavailable { get => unavailable; set => unavailable = value; }

    /// <summary>Commands whose SQL matches fail with a disk I/O error, as a save cut off part-way would.</summary>
    public Func<string, bool>? FailCommand { get => failCommand; set => failCommand = value; }

    public ConcurrentQueue<string> Executed { get; } = new();

    public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
    {
        Check(command);
        return result;
    }

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        Check(command);
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult<object> ScalarExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<object> result)
    {
        Check(command);
        return result;
    }

    public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default)
    {
        Check(command);
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult<int> NonQueryExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<int> result)
    {
        Check(command);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Check(command);
        return ValueTask.FromResult(result);
    }

    private void Check(DbCommand command)
    {
        if (unavailable)
        {
            throw new SqliteException("database is locked", SqliteBusy);
        }

        if (failCommand?.Invoke(command.CommandText) == true)
        {
            throw new SqliteException("disk I/O error", SqliteIoError);
        }

        Executed.Enqueue(command.CommandText);
    }
}
