using Microsoft.Data.Sqlite;
using StretchPortal.Web.Infrastructure.Startup;
using StretchPortal.Web.Security;

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
            BaselineHomePages.MenteeAsync(c, w, http, clock, http.RequestAborted)));
        baseline.MapGet("/mentor-home", (HttpContext http, TimeProvider clock) => Html(http, connectionString, (c, w) =>
            BaselineHomePages.MentorAsync(c, w, http, clock, http.RequestAborted)));
        baseline.MapGet("/cohort/{cohortId:guid}", (HttpContext http, Guid cohortId, TimeProvider clock) => Html(http, connectionString, (c, w) =>
            BaselineReports.DashboardAsync(c, w, http.User.PersonId(), cohortId, clock.GetUtcNow().UtcDateTime, http.RequestAborted)));
        baseline.MapGet("/people", (HttpContext http, Guid cohortId, TimeProvider clock) => Html(http, connectionString, (c, w) =>
            BaselineReports.PeopleAsync(c, w, http.User.PersonId(), cohortId, clock.GetUtcNow().UtcDateTime, http.RequestAborted)));
        baseline.MapGet("/people.csv", async (HttpContext http, Guid cohortId, TimeProvider clock) =>
        {
            await using var connection = new SqliteConnection(connectionString);
            await connection.OpenAsync(http.RequestAborted);
            var csv = await BaselineReports.PeopleCsvAsync(connection, http.User.PersonId(), cohortId, clock.GetUtcNow().UtcDateTime, http.RequestAborted);
            return csv is null ? Results.Forbid() : Results.Text(csv, "text/csv; charset=utf-8");
        });
        return app;
    }

    private static async Task<IResult> Html(
        HttpContext http, string connectionString, Func<SqliteConnection, BaselineHtml, Task<bool>> write)
    {
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync(http.RequestAborted);
        var html = new BaselineHtml();
        return await write(connection, html) ? Results.Content(html.ToString(), "text/html; charset=utf-8") : Results.Forbid();
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
