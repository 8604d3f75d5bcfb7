using System.Net;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using StretchPortal.IntegrationTests.Features.Home;
using StretchPortal.IntegrationTests.Infrastructure;
using StretchPortal.Web.Domain;
using StretchPortal.Web.Security;
using static StretchPortal.IntegrationTests.Features.Reports.ReportPages;

namespace StretchPortal.IntegrationTests.Features.Reports;

/// <summary>
/// The programme roll-up (the cohort dashboard's figures summed over the programme's cohorts), its per-cohort table,
/// and the rule that every figure links to a list of exactly the people it counts. See <see cref="ReportsScenario"/>.
/// </summary>
public sealed class ProgrammeRollUpTests : IDisposable
{
    private static readonly string[] WaitingLabels = ["Less than 4 weeks", "4 to 8 weeks", "8 weeks or more"];
    private readonly PortalApp app = new();

    public ProgrammeRollUpTests()
    {
        app.TestServices = services => services.AddSingleton<TimeProvider>(new FixedClock(new DateTimeOffset(ReportsScenario.Now)));
    }

    public void Dispose() => app.Dispose();

    [Fact]
    public async Task The_roll_up_counts_every_cohort_of_the_programme_and_nothing_of_another()
    {
        var scenario = await ReportsScenario.BuildAsync(app);
        using var client = await app.SignedInAsync(scenario.Lead.Email!);

        var page = await client.GetPageAsync($"/Reports/Programme/{scenario.ProgrammeId}");

        var enrolments = await app.WithDbAsync(db => db.Enrolments.Where(e => e.Cohort!.ProgrammeId == scenario.ProgrammeId).ToListAsync());
        Assert.Equal(8, enrolments.Count);
        Assert.Equal(enrolments.Count, Number(Table(page, "Enrolments by status"), "All enrolments", "app-people"));
        Assert.Equal(enrolments.Count(e => e.Status == EnrolmentStatus.Active), Number(Table(page, "Enrolments by status"), "Active", "app-people"));

        // chen (30 days), dami (5 days) and hal (70 days) have no agreed assignment.
        var attention = Table(page, "Active mentees who may need attention");
        Assert.Equal(3, Number(attention, "No agreed assignment", "app-people"));
        Assert.Equal(3, Number(attention, "Weeks overdue", "app-people"));
        Assert.Equal(1, Number(attention, "Behind on coaching sessions", "app-people"));
        var waiting = Table(page, "Active mentees with no agreed assignment, by time since enrolment");
        Assert.Equal([1, 1, 1], WaitingLabels.Select(l => Number(waiting, l, "app-people")));

        var assignments = await app.WithDbAsync(db => db.StretchAssignments.AsNoTracking().Include(a => a.Priorities)
            .Where(a => a.Enrolment!.Cohort!.ProgrammeId == scenario.ProgrammeId && a.Enrolment.Status == EnrolmentStatus.Active).ToListAsync());
        var types = Table(page, "Assignments of active mentees by type");
        foreach (var type in Enum.GetValues<AssignmentType>())
        {
            var ofType = assignments.Where(a => a.Type == type && a.Status != AssignmentStatus.Withdrawn).ToList();
            Assert.Equal(ofType.Count, Number(types, DisplayName(type), "app-count"));
            Assert.Equal(ofType.Select(a => a.EnrolmentId).Distinct().Count(), Number(types, DisplayName(type), "app-people"));
        }

        Assert.Equal(1, Number(types, DisplayName(AssignmentType.QualityImprovement), "app-count"));
        var third = await app.WithDbAsync(db => db.IcsPriorities.SingleAsync(p => p.Id == scenario.GinasPriority));
        Assert.Equal(1, Number(Table(page, "Coverage of ICS priorities"), third.Name, "app-people"));

        // amara: matched 1 April, one session, two due by now (behind); bola: matched 1 September, one session, none due yet.
        var coaching = Table(page, "Coaching of active mentees");
        Assert.Equal(2, Number(coaching, "Being coached (coaching relationships)", "app-people"));
        Assert.Equal(2, Number(coaching, "Sessions held", "app-count"));
        Assert.Equal(2, Number(coaching, "Sessions due by now", "app-count"));
        Assert.Equal(1, Number(coaching, "Behind (fewer sessions held than due)", "app-people"));

        var cohorts = page.QuerySelectorAll("#cohorts tbody tr").ToList();
        Assert.Equal([scenario.CohortId.ToString(), scenario.SecondCohortId.ToString()], cohorts.Select(r => r.GetAttribute("data-cohort")));
        Assert.Equal($"/Reports/Cohort/{scenario.SecondCohortId}", cohorts[1].QuerySelector("th a")?.GetAttribute("href"));
        Assert.Equal(["5", "2"], cohorts.Select(r => r.QuerySelector("td[data-filter=active] a")!.FirstChild!.TextContent.Trim()));
        Assert.Equal(["2", "1"], cohorts.Select(r => r.QuerySelector("td[data-filter=no-agreed-assignment] a")!.FirstChild!.TextContent.Trim()));
        Assert.DoesNotContain("Elsewhere", page.Body!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_roll_up_is_the_sum_of_its_cohort_dashboards()
    {
        var scenario = await ReportsScenario.BuildAsync(app);
        using var client = await app.SignedInAsync(scenario.Lead.Email!);

        var rollUp = await client.GetPageAsync($"/Reports/Programme/{scenario.ProgrammeId}");
        var first = await client.GetPageAsync($"/Reports/Cohort/{scenario.CohortId}");
        var second = await client.GetPageAsync($"/Reports/Cohort/{scenario.SecondCohortId}");

        var figures = Figures(rollUp);
        Assert.True(figures.Count > 40);
        var a = Figures(first);
        var b = Figures(second);
        foreach (var (key, value) in figures)
        {
            Assert.Equal(a.GetValueOrDefault(key) + b.GetValueOrDefault(key), value);
        }
    }

    [Fact]
    public async Task Every_figure_links_to_a_list_of_exactly_the_people_it_counts()
    {
        var scenario = await ReportsScenario.BuildAsync(app);
        using var client = await app.SignedInAsync(scenario.Lead.Email!);

        foreach (var dashboard in new[] { $"/Reports/Programme/{scenario.ProgrammeId}", $"/Reports/Cohort/{scenario.CohortId}" })
        {
            var page = await client.GetPageAsync(dashboard);
            var links = page.QuerySelectorAll("main table a[href^='/Reports/People']").ToList();
            Assert.True(links.Count > 25, dashboard);
            foreach (var link in links)
            {
                var count = int.Parse(link.FirstChild!.TextContent.Trim(), System.Globalization.CultureInfo.InvariantCulture);
                var list = await client.GetPageAsync(link.GetAttribute("href")!.Replace("&amp;", "&", StringComparison.Ordinal));
                var total = list.QuerySelector("#total")!.TextContent.Trim();
                Assert.True(total == $"{count} {(count == 1 ? "person" : "people")}", $"{link.GetAttribute("href")}: figure {count}, list {total}");
                Assert.Equal(Math.Min(count, 25), list.QuerySelectorAll("#people tbody tr").Length);
            }
        }
    }

    [Fact]
    public async Task The_roll_up_and_cohort_tables_download_as_csv_and_excel_with_the_figures_shown()
    {
        var scenario = await ReportsScenario.BuildAsync(app);
        using var client = await app.SignedInAsync(scenario.Lead.Email!);
        var page = await client.GetPageAsync($"/Reports/Programme/{scenario.ProgrammeId}");

        using var csv = await client.GetAsync($"/Reports/Programme/{scenario.ProgrammeId}.csv");
        using var xlsx = await client.GetAsync($"/Reports/Programme/{scenario.ProgrammeId}.xlsx");
        using var cohortsXlsx = await client.GetAsync($"/Reports/Programme/{scenario.ProgrammeId}/Cohorts.xlsx");

        Assert.Equal("text/csv", csv.Content.Headers.ContentType?.MediaType);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", xlsx.Content.Headers.ContentType?.MediaType);
        var lines = CsvLines(await csv.Content.ReadAsByteArrayAsync());
        Assert.Equal("Table,Figure,Count,Mentees", lines[0]);
        var rows = XlsxRows(await xlsx.Content.ReadAsByteArrayAsync());
        Assert.Equal(lines.Length, rows.Count);
        var shown = Figures(page);
        Assert.Equal(page.QuerySelectorAll("main table:not(#cohorts) tbody tr").Length, rows.Count - 1);
        foreach (var row in rows.Skip(1))
        {
            foreach (var (index, column) in new[] { (2, "app-count"), (3, "app-people") })
            {
                if (row.Count > index && row[index].Length > 0)
                {
                    Assert.Equal(shown[(row[0], row[1], column)], int.Parse(row[index], System.Globalization.CultureInfo.InvariantCulture));
                }
            }
        }

        Assert.Equal(shown.Count, rows.Skip(1).Sum(r => r.Skip(2).Count(c => c.Length > 0)));

        var cohorts = XlsxRows(await cohortsXlsx.Content.ReadAsByteArrayAsync());
        Assert.Equal(["Cohort A", "Cohort B"], cohorts.Skip(1).Select(r => r[0]));
        Assert.Equal(["5", "2"], cohorts.Skip(1).Select(r => r[3]));
    }

    [Fact]
    public async Task A_lead_of_another_programme_gets_403_and_does_not_see_the_programme_listed()
    {
        var scenario = await ReportsScenario.BuildAsync(app);
        var otherLead = await app.PersonAsync("other.lead@example.org", Roles.ProgrammeLead);
        await app.ProgrammeAsync(otherLead.Id, "Another programme");
        using var client = await app.SignedInAsync(otherLead.Email!);

        foreach (var url in Urls(scenario.ProgrammeId))
        {
            using var response = await client.GetAsync(url);
            Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        }

        var index = await client.GetPageAsync("/Reports");
        Assert.DoesNotContain(index.QuerySelectorAll("a"), a => a.GetAttribute("href") == $"/Reports/Programme/{scenario.ProgrammeId}");
        Assert.Contains("Another programme", index.QuerySelector("#programmes")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_mentee_and_a_mentor_get_403_and_anonymous_visitors_are_sent_to_sign_in()
    {
        var scenario = await ReportsScenario.BuildAsync(app);
        foreach (var email in new[] { "amara@example.org", "mentor@example.org" })
        {
            using var client = await app.SignedInAsync(email);
            foreach (var url in Urls(scenario.ProgrammeId).Append("/Reports"))
            {
                using var response = await client.GetAsync(url);
                Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
            }
        }

        using var anonymous = app.NewClient();
        foreach (var url in Urls(scenario.ProgrammeId))
        {
            using var response = await anonymous.GetAsync(url);
            Assertions.IsRedirectToSignIn(response);
        }
    }

    [Fact]
    public async Task The_lead_finds_the_roll_up_on_the_reports_page_and_an_unknown_programme_is_not_found()
    {
        var scenario = await ReportsScenario.BuildAsync(app);
        using var client = await app.SignedInAsync(scenario.Lead.Email!);

        var index = await client.GetPageAsync("/Reports");
        using var unknown = await client.GetAsync($"/Reports/Programme/{Guid.NewGuid()}");

        Assert.Contains(index.QuerySelectorAll("#programmes a"), a => a.GetAttribute("href") == $"/Reports/Programme/{scenario.ProgrammeId}");
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }

    private static string[] Urls(Guid programmeId) =>
    [
        $"/Reports/Programme/{programmeId}",
        $"/Reports/Programme/{programmeId}.csv",
        $"/Reports/Programme/{programmeId}.xlsx",
        $"/Reports/Programme/{programmeId}/Cohorts.csv",
        $"/Reports/Programme/{programmeId}/Cohorts.xlsx",
        $"/Reports/People?programmeId={programmeId}&filter=all",
        $"/Reports/People.csv?programmeId={programmeId}&filter=all",
        $"/Reports/People.xlsx?programmeId={programmeId}&filter=all",
    ];

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
}
