using System.Data.Common;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Abstractions;
using Microsoft.Data.SqlClient;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace StretchPortal.Web.Infrastructure.Web;

/// <summary>
/// Turns a database that cannot be reached (SQLite busy, locked or missing; a transient SQL Server fault the retries
/// did not outlast; a connection pool that timed out) into the friendly NHS.UK "service unavailable" page with a
/// 503 and Retry-After, instead of a 500. Nothing is cached and nothing restarts: the next request tries the database
/// again, so the portal recovers by itself when the database returns. The log names the request's method and path
/// and the kind of fault, never the exception's message (which can carry values).
/// </summary>
public static partial class DatabaseUnavailable
{
    /// <summary>How long the page asks browsers and balancers to wait before trying again.</summary>
    public const int RetryAfterSeconds = 30;

    public const string ViewPath = "/Features/Errors/Unavailable.cshtml";

    // SQLite primary result codes that mean "not reachable now", not "your statement is wrong":
    // SQLITE_BUSY, SQLITE_LOCKED, SQLITE_IOERR, SQLITE_CANTOPEN.
    private static readonly HashSet<int> SqliteUnavailable = [5, 6, 10, 14];

    // SQL Server errors that mean the server or database cannot be reached now (network, failover, throttling,
    // database unavailable), as listed for Azure SQL and SQL Server connectivity.
    private static readonly HashSet<int> SqlServerUnavailable =
        [-2, 20, 53, 64, 121, 233, 1205, 4060, 4221, 10053, 10054, 10060, 10928, 10929, 40143, 40197, 40501, 40540, 40613, 42108, 42109, 49918, 49919, 49920];

    /// <summary>Whether the exception, or any exception it wraps, says the database cannot be reached now.</summary>
    public static bool IsUnavailable(Exception exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            switch (e)
            {
                case DbUpdateConcurrencyException:
                    return false;
                case SqliteException sqlite when SqliteUnavailable.Contains(sqlite.SqliteErrorCode):
                case SqlException sql when SqlServerUnavailable.Contains(sql.Number):
                case RetryLimitExceededException:
                case TimeoutException:
                    return true;
                case DbException { IsTransient: true }:
                    return true;
            }
        }

        return false;
    }

    /// <summary>The kind of fault for the log: the exception's type and, for database errors, its code.</summary>
    public static string Describe(Exception exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            switch (e)
            {
                case SqliteException sqlite:
                    return $"SqliteException {sqlite.SqliteErrorCode}/{sqlite.SqliteExtendedErrorCode}";
                case SqlException sql:
                    return $"SqlException {sql.Number}";
                case RetryLimitExceededException or TimeoutException:
                    return e.GetType().Name;
            }
        }

        return exception.GetType().Name;
    }

    /// <summary>Answers requests that fail for want of the database with the friendly 503 page.</summary>
    public static IApplicationBuilder UseDatabaseUnavailablePage(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        try
        {
            await next(context);
        }
        catch (Exception ex) when (IsUnavailable(ex) && !context.Response.HasStarted)
        {
            var logger = context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(DatabaseUnavailable).FullName!);
            LogUnavailable(logger, context.Request.Method, context.Request.Path, Describe(ex));
            await WritePageAsync(context);
        }
    });

    private static async Task WritePageAsync(HttpContext context)
    {
        context.Response.Clear();
        context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        context.Response.Headers.RetryAfter = RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        context.Response.Headers.CacheControl = "no-store";
        // Rendered here rather than by re-running the pipeline: authentication itself may need the database.
        var view = new ViewResult { ViewName = ViewPath, StatusCode = StatusCodes.Status503ServiceUnavailable };
        await view.ExecuteResultAsync(new ActionContext(context, context.GetRouteData(), new ActionDescriptor()));
    }

    [LoggerMessage(LogLevel.Error, "The database is unavailable: {Method} {Path} answered 503 ({Fault})")]
    private static partial void LogUnavailable(ILogger logger, string method, string path, string fault);
}
