using System.Data;
using System.Data.Common;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using StretchPortal.IntegrationTests.Features.Home;
using StretchPortal.IntegrationTests.Infrastructure;
using StretchPortal.Web.Data;
using StretchPortal.Web.Domain;
using StretchPortal.Web.Features.Reports;
using StretchPortal.Web.Security;

namespace StretchPortal.IntegrationTests.Features.Reports;

/// <summary>
/// The programme roll-up is aggregated in SQL (per enrolment, and by state, type and ICS priority), while a cohort's
/// dashboard works its figures out in memory from each assignment: on a programme grown with assignments in every
/// state, ended and running, with weeks updated, missed and over hours, check-ins and coaching, the roll-up's figures
/// equal the sum of its cohorts' dashboards, and each cohort's row in the roll-up equals that cohort's dashboard.
/// </summary>
public sealed class RollUpInSqlTests : IDisposable
{
    private static readonly (string Filter, string Table, string Label)[] CohortColumns =
    [
        ("active", "Enrolments by status", "Active"),
        ("no-agreed-assignment", "Active mentees who may need attention", "No agreed assignment"),
        ("overdue", "Active mentees who may need attention", "Weeks overdue"),
        ("over-hours", "Active mentees who may need attention", "Hours over the agreement"),
        ("coaching-behind", "Active mentees who may need attention", "Behind on coaching sessions"),
    ];

    private readonly PortalApp app = new();

    public RollUpInSqlTests()
    {
        app.TestServices = services => services.AddSingleton<TimeProvider>(new FixedClock(new DateTimeOffset(ReportsScenario.Now)));
    }

    public void Dispose() => app.Dispose();

    [Fact]
    public async Task The_roll_up_summed_in_SQL_equals_its_cohort_dashboards_on_a_grown_programme()
    {
        var s = await ReportsScenario.BuildAsync(app);
        await GrowAsync(s);
        using var client = await app.SignedInAsync(s.Lead.Email!);

        var rollUp = await client.GetPageAsync($"/Reports/Programme/{s.ProgrammeId}");
        var first = await client.GetPageAsync($"/Reports/Cohort/{s.CohortId}");
        var second = await client.GetPageAsync($"/Reports/Cohort/{s.SecondCohortId}");

        var figures = Figures(rollUp);
        var a = Figures(first);
        var b = Figures(second);
        Assert.True(figures.Count > 40);
        Assert.Equal(a.Keys.Union(b.Keys).Order(), figures.Keys.Order());
        foreach (var (key, value) in figures)
        {
            Assert.True(a.GetValueOrDefault(key) + b.GetValueOrDefault(key) == value, $"{key}: roll-up {value}, cohorts {a.GetValueOrDefault(key)} + {b.GetValueOrDefault(key)}");
        }

        // The grown data reaches every kind of figure: weeks overdue, done, slipped, blocked, over hours, withdrawn.
        var weeks = ReportPages.Table(rollUp, "Weeks of active mentees");
        foreach (var label in new[] { "Done", "Slipped", "Blocked", "Overdue (ended with no update)", "Hours over the agreement" })
        {
            Assert.True(ReportPages.Number(weeks, label, "app-count") > 0, label);
        }

        Assert.True(ReportPages.Number(ReportPages.Table(rollUp, "Assignments of active mentees by status"), "Withdrawn", "app-count") > 0);

        var rows = rollUp.QuerySelectorAll("#cohorts tbody tr").ToDictionary(r => r.GetAttribute("data-cohort")!);
        foreach (var (cohortId, dashboard) in new[] { (s.CohortId, first), (s.SecondCohortId, second) })
        {
            foreach (var (filter, table, label) in CohortColumns)
            {
                var shown = rows[cohortId.ToString()].QuerySelector($"td[data-filter={filter}] a")?.FirstChild?.TextContent.Trim()
                    ?? rows[cohortId.ToString()].QuerySelector($"td[data-filter={filter}]")!.TextContent.Trim();
                Assert.Equal(ReportPages.Number(ReportPages.Table(dashboard, table), label, "app-people").ToString(System.Globalization.CultureInfo.InvariantCulture), shown);
            }
        }
    }

    [Fact]
    public async Task The_roll_up_queries_translate_for_SQL_Server_too()
    {
        var s = await ReportsScenario.BuildAsync(app);
        var programme = await app.WithScopeAsync(sp => sp.GetRequiredService<ReportsService>().FindProgrammeAsync(s.ProgrammeId, default));
        var server = new NoServer();
        var options = new DbContextOptionsBuilder<SqlServerStretchPortalDbContext>()
            .UseSqlServer("Server=127.0.0.1,1;Database=none;Connect Timeout=1")
            .AddInterceptors(server)
            .Options;
        await using var db = new SqlServerStretchPortalDbContext(options);

        var cache = new ReportCache(new MemoryCache(new MemoryCacheOptions()), Options.Create(new ReportOptions()));
        await new ReportsService(db, TimeProvider.System, cache).RollUpAsync(programme!, default);

        Assert.Equal(7, server.Commands.Count);
        Assert.Contains(server.Commands, c => c.Contains("GROUP BY [s].[EnrolmentId]", StringComparison.Ordinal));
        Assert.Contains(server.Commands, c => c.Contains("COUNT(DISTINCT ([s].[EnrolmentId]))", StringComparison.Ordinal) && c.Contains("GROUP BY [a].[IcsPriorityId]", StringComparison.Ordinal));
    }

    /// <summary>Mentees in both cohorts with assignments in every state, ended and running, and check-ins and coaching.</summary>
    private async Task GrowAsync(ReportsScenario s)
    {
        var coach = await app.PersonAsync("coach.grown@example.org", Roles.Coach);
        var statuses = Enum.GetValues<AssignmentStatus>();
        var priorities = await app.WithDbAsync(db => db.IcsPriorities.Select(p => p.Id).ToListAsync());
        var n = 0;
        foreach (var (cohortId, mentorId) in new[] { (s.CohortId, s.Mentor.Id), (s.SecondCohortId, s.SecondMentor.Id) })
        {
            for (var i = 0; i < 5; i++, n++)
            {
                var enrolment = await ReportsScenario.EnrolAsync(app, cohortId, $"grown{n}@example.org", mentorId, 3 + (n * 11));
                foreach (var (status, k) in statuses.Select((status, k) => (status, k)).Where(x => (x.k + n) % 3 != 0))
                {
                    if (status is AssignmentStatus.Presented or AssignmentStatus.Withdrawn)
                    {
                        continue;
                    }

                    // Half end in the past (every week ended), half run on past today (this week not ended).
                    var ended = (k + n) % 2 == 0;
                    var start = ended ? new DateOnly(2026, 7, 1 + n) : new DateOnly(2026, 9, 2 + n);
                    var end = ended ? new DateOnly(2026, 9, 25) : new DateOnly(2027, 1, 8);
                    var assignment = await app.AssignmentAsync(enrolment, $"Grown {n} {k}", status, start, end, ReportsScenario.Now, 7.5, a =>
                    {
                        var monday = AssignmentSchedule.MondayOf(start);
                        for (var w = 0; w < 12; w += 1 + ((n + k) % 3))
                        {
                            var week = monday.AddDays(7 * w);
                            if (week >= ReportsScenario.Today)
                            {
                                break;
                            }

                            a.Week(week, (DeliverableStatus)(2 + ((w + n) % 4)), 6 + ((w + k) % 4), week.ToDateTime(new TimeOnly(12, 0), DateTimeKind.Utc).AddDays(3));
                        }
                    });
                    await ReportsScenario.RetypeAsync(app, assignment.Id, (AssignmentType)(1 + ((n + k) % 10)), [.. priorities.Where((_, p) => (p + n + k) % 3 == 0)]);
                }

                if (n % 3 == 1)
                {
                    await app.WithDbAsync(async db =>
                    {
                        var withdrawn = await db.StretchAssignments.FirstAsync(a => a.EnrolmentId == enrolment.Id && a.Status == AssignmentStatus.Draft);
                        AssignmentTestData.Must(withdrawn.Withdraw(enrolment.MenteeId, "My role changed", ReportsScenario.Now));
                        await db.SaveChangesAsync();
                    });
                }

                if (n % 2 == 0)
                {
                    await ReportsScenario.CheckInAsync(app, enrolment, ReportsScenario.Today.AddDays(-(n * 5)));
                }

                if (n % 3 != 2)
                {
                    await ReportsScenario.CoachingAsync(app, enrolment.MenteeId, coach.Id, s.Lead.Id, new DateOnly(2026, 1 + n, 1), new DateOnly(2026, 2 + n, 3));
                }
            }
        }
    }

    /// <summary>Every number of every figure table, by table caption, row label and column.</summary>
    private static Dictionary<(string Table, string Label, string Column), int> Figures(IHtmlDocument page)
    {
        var figures = new Dictionary<(string, string, string), int>();
        foreach (var table in page.QuerySelectorAll("main table:not(#cohorts):not(#waiting)"))
        {
            var caption = table.QuerySelector("caption")!.TextContent.Trim();
            foreach (var row in table.QuerySelectorAll("tbody tr"))
            {
                var label = row.QuerySelector("th")!.TextContent.Trim();
                foreach (var column in new[] { "app-count", "app-people" })
                {
                    if (row.QuerySelector("td." + column) is { } cell
                        && int.TryParse((cell.QuerySelector("a")?.FirstChild?.TextContent ?? cell.TextContent).Trim(), out var value))
                    {
                        figures[(caption, label, column)] = value;
                    }
                }
            }
        }

        return figures;
    }

    /// <summary>A SQL Server that is never reached: each command is translated and kept, and answers no rows.</summary>
    private sealed class NoServer : DbConnectionInterceptor, IDbCommandInterceptor
    {
        public List<string> Commands { get; } = [];

        public override ValueTask<InterceptionResult> ConnectionOpeningAsync(
            DbConnection connection, ConnectionEventData eventData, InterceptionResult result, CancellationToken cancellationToken = default) =>
            ValueTask.FromResult(InterceptionResult.Suppress());

        public ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
            DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            Commands.Add(command.CommandText);
            using var empty = new DataTable();
            return ValueTask.FromResult(InterceptionResult<DbDataReader>.SuppressWithResult(empty.CreateDataReader()));
        }
    }
}
