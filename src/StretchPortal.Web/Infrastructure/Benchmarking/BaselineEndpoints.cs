using Microsoft.Data.Sqlite;
using StretchPortal.Web.Infrastructure.Startup;

namespace StretchPortal.Web.Infrastructure.Benchmarking;

/// <summary>
/// The benchmark's baseline (docs/benchmark.md): bare endpoints in the same host that run the same SQL as a page
/// through raw ADO.NET and write their HTML by hand, so the benchmark can say what the page costs over the least it
/// could cost. Mapped only when <c>Benchmark:Baseline</c> is true (never in a normal run) and the database is SQLite;
/// they need a signed-in person like every page, and read only that person's own data or a cohort of a programme
/// they lead.
/// </summary>
public static class BaselineEndpoints
{
    public static WebApplication MapBenchmarkBaselines(this WebApplication app)
    {
        if (!app.Configuration.GetValue<bool>("Benchmark:Baseline")
            || !string.Equals(app.Configuration["Database:Provider"] ?? "Sqlite", "Sqlite", StringComparison.OrdinalIgnoreCase))
        {
            return app;
        }

        var connectionString = DataSetup.SqliteConnectionString(app.Configuration.GetConnectionString("Sqlite"), app.Environment.ContentRootPath);
        var baseline = app.MapGroup("/benchmark/baseline").RequireAuthorization();
        baseline.MapGet("/mentee-home", (HttpContext http, TimeProvider clock) => Html(http, connectionString, (c, w) =>
            BaselineHomePages.MenteeAsync(c, w, http.User, clock.GetUtcNow().UtcDateTime, http.RequestAborted)));
        baseline.MapGet("/mentor-home", (HttpContext http, TimeProvider clock) => Html(http, connectionString, (c, w) =>
            BaselineHomePages.MentorAsync(c, w, http.User, clock.GetUtcNow().UtcDateTime, http.RequestAborted)));
        return app;
    }

    private static async Task<IResult> Html(
        HttpContext http, string connectionString, Func<SqliteConnection, BaselineHtml, Task> write)
    {
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync(http.RequestAborted);
        var html = new BaselineHtml();
        await write(connection, html);
        return Results.Content(html.ToString(), "text/html; charset=utf-8");
    }
}
