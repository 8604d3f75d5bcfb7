using System.Net;
using Microsoft.Extensions.DependencyInjection;
using StretchPortal.IntegrationTests.Features.Home;
using StretchPortal.IntegrationTests.Infrastructure;
using StretchPortal.Web.Domain;
using static StretchPortal.IntegrationTests.Features.Reports.ReportPages;

namespace StretchPortal.IntegrationTests.Features.Reports;

/// <summary>
/// The drill-down's filters (cohort, mentor, state, type, ICS priority, overdue) with the figure groups, its sorting,
/// and its CSV and Excel downloads holding exactly the filtered rows. See <see cref="ReportsScenario"/>.
/// </summary>
public sealed class DrillDownTests : IDisposable
{
    private readonly PortalApp app = new();

    public DrillDownTests()
    {
        app.TestServices = services => services.AddSingleton<TimeProvider>(new FixedClock(new DateTimeOffset(ReportsScenario.Now)));
    }

    public void Dispose() => app.Dispose();

    [Fact]
    public async Task Each_filter_narrows_the_list_to_exactly_the_people_it_names()
    {
        var s = await ReportsScenario.BuildAsync(app);
        using var client = await app.SignedInAsync(s.Lead.Email!);
        var programme = $"programmeId={s.ProgrammeId}";

        var cases = new (string Query, string[] Names)[]
        {
            ($"{programme}&filter=all", ["amara", "bola", "chen", "dami", "eve", "femi", "gina", "hal"]),
            ($"{programme}&cohortId={s.SecondCohortId}&filter=all", ["gina", "hal"]),
            ($"cohortId={s.CohortId}&filter=quiet", ["amara", "chen"]),
            ($"{programme}&filter=all&mentor={s.SecondMentor.Id}", ["gina", "hal"]),
            ($"{programme}&filter=active&state=InProgress", ["amara", "femi", "gina"]),
            ($"{programme}&filter=all&state=InProgress", ["amara", "eve", "femi", "gina"]),
            ($"{programme}&filter=all&state=Withdrawn", ["dami"]),
            ($"{programme}&filter=active&type=ServiceRedesign", ["bola", "chen", "femi"]),
            ($"{programme}&filter=active&type=QualityImprovement", ["gina"]),
            ($"{programme}&filter=active&priority={s.DefaultPriority}", ["amara", "bola", "chen", "femi"]),
            ($"{programme}&filter=active&priority={s.AmarasOtherPriority}", ["amara"]),
            ($"{programme}&filter=active&type=ServiceRedesign&priority={s.AmarasOtherPriority}", []),
            ($"{programme}&filter=all&overdue=true", ["amara", "eve", "femi", "gina"]),
            ($"{programme}&filter=active&overdue=true&mentor={s.Mentor.Id}&type=ServiceRedesign", ["femi"]),
            ($"{programme}&filter=coaching-behind", ["amara"]),
            ($"{programme}&filter=no-agreed-assignment&cohortId={s.CohortId}", ["chen", "dami"]),
            ($"{programme}&filter=waiting-over-8-weeks", ["hal"]),
        };

        foreach (var (query, names) in cases)
        {
            var page = await client.GetPageAsync("/Reports/People?" + query);
            Assert.True(names.Select(n => "Test " + n).SequenceEqual(Column(page, 0)), $"{query}: {string.Join(", ", Column(page, 0))}");
        }
    }

    [Fact]
    public async Task The_list_sorts_by_cohort_and_by_time_waiting_and_shows_the_cohort_across_a_programme()
    {
        var s = await ReportsScenario.BuildAsync(app);
        using var client = await app.SignedInAsync(s.Lead.Email!);

        var byCohort = await client.GetPageAsync($"/Reports/People?programmeId={s.ProgrammeId}&filter=active&sort=cohort");
        var byWaiting = await client.GetPageAsync($"/Reports/People?programmeId={s.ProgrammeId}&filter=no-agreed-assignment&sort=waiting");

        Assert.Equal(["Cohort A", "Cohort A", "Cohort A", "Cohort A", "Cohort A", "Cohort B", "Cohort B"], Column(byCohort, 1));
        Assert.Equal(["Test hal", "Test chen", "Test dami"], Column(byWaiting, 0));
    }

    [Fact]
    public async Task The_filter_form_keeps_the_chosen_values()
    {
        var s = await ReportsScenario.BuildAsync(app);
        using var client = await app.SignedInAsync(s.Lead.Email!);

        var page = await client.GetPageAsync(
            $"/Reports/People?programmeId={s.ProgrammeId}&cohortId={s.SecondCohortId}&filter=active&mentor={s.SecondMentor.Id}&state=InProgress&type=QualityImprovement&overdue=true&sort=overdue");

        var form = page.QuerySelector("form[action='/Reports/People']")!;
        Assert.Equal("get", form.GetAttribute("method"));
        Assert.Equal(s.ProgrammeId.ToString(), form.QuerySelector("input[name=ProgrammeId]")?.GetAttribute("value"));
        Assert.Equal(s.SecondCohortId.ToString(), Selected("CohortId"));
        Assert.Equal(s.SecondMentor.Id, Selected("Mentor"));
        Assert.Equal("InProgress", Selected("State"));
        Assert.Equal("QualityImprovement", Selected("Type"));
        Assert.Equal("active", Selected("Filter"));
        Assert.Equal("Overdue", Selected("Sort"));
        Assert.True(form.QuerySelector("input[name=Overdue][value=true]")?.HasAttribute("checked"));
        Assert.Equal(["Test gina"], Column(page, 0));
        Assert.NotNull(form.QuerySelector("label[for=Priority]"));

        string? Selected(string name) => form.QuerySelector($"select[name={name}] option[selected]")?.GetAttribute("value");
    }

    [Fact]
    public async Task The_csv_and_the_excel_file_hold_exactly_the_filtered_rows_of_every_page()
    {
        var s = await ReportsScenario.BuildAsync(app);
        using var client = await app.SignedInAsync(s.Lead.Email!);
        var query = $"programmeId={s.ProgrammeId}&filter=all&state=InProgress&overdue=true&sort=overdue";
        var page = await client.GetPageAsync("/Reports/People?" + query);

        using var csv = await client.GetAsync("/Reports/People.csv?" + query);
        using var xlsx = await client.GetAsync("/Reports/People.xlsx?" + query);

        Assert.Equal("/Reports/People.csv?" + query, page.QuerySelector("a[href^='/Reports/People.csv']")?.GetAttribute("href"));
        Assert.Equal("/Reports/People.xlsx?" + query, page.QuerySelector("a[href^='/Reports/People.xlsx']")?.GetAttribute("href"));
        Assert.Equal(HttpStatusCode.OK, xlsx.StatusCode);
        Assert.Equal("attachment", xlsx.Content.Headers.ContentDisposition?.DispositionType);
        Assert.EndsWith(".xlsx", xlsx.Content.Headers.ContentDisposition?.FileName?.Trim('"'), StringComparison.Ordinal);
        var lines = CsvLines(await csv.Content.ReadAsByteArrayAsync());
        var rows = XlsxRows(await xlsx.Content.ReadAsByteArrayAsync());
        var shown = Column(page, 0);
        Assert.Equal(["Test eve", "Test femi", "Test amara", "Test gina"], shown);
        Assert.Equal(shown, lines.Skip(1).Select(l => l.Split(',')[0]));
        Assert.Equal(shown, rows.Skip(1).Select(r => r[0]));
        Assert.Equal(["3", "3", "2", "2"], rows.Skip(1).Select(r => r[7]));
        Assert.Equal(rows[0], lines[0].Split(','));
        Assert.DoesNotContain(rows.Skip(1), r => r.Contains("Private to the coach"));
    }

    [Fact]
    public async Task The_downloads_cover_every_page_not_just_the_one_shown()
    {
        var s = await ReportsScenario.BuildAsync(app);
        for (var i = 0; i < 26; i++)
        {
            await ReportsScenario.EnrolAsync(app, s.SecondCohortId, $"extra{i:00}@example.org", s.SecondMentor.Id, 3);
        }

        using var client = await app.SignedInAsync(s.Lead.Email!);
        var query = $"cohortId={s.SecondCohortId}&filter=all&mentor={s.SecondMentor.Id}";
        var first = await client.GetPageAsync("/Reports/People?" + query);
        var second = await client.GetPageAsync("/Reports/People?" + query + "&page=2");
        using var csv = await client.GetAsync("/Reports/People.csv?" + query + "&page=2");

        Assert.Equal("28 people", first.QuerySelector("#total")?.TextContent.Trim());
        Assert.Equal($"/Reports/People?{query}&page=2", first.QuerySelector(".nhsuk-pagination a[rel=next]")?.GetAttribute("href"));
        var lines = CsvLines(await csv.Content.ReadAsByteArrayAsync());
        Assert.Equal(Column(first, 0).Concat(Column(second, 0)), lines.Skip(1).Select(l => l.Split(',')[0]));
    }

    [Fact]
    public async Task A_cohort_outside_the_programme_an_unknown_priority_or_a_bad_state_is_not_found()
    {
        var s = await ReportsScenario.BuildAsync(app);
        using var client = await app.SignedInAsync(s.Lead.Email!);

        foreach (var url in new[]
        {
            $"/Reports/People?programmeId={s.ProgrammeId}&cohortId={s.OtherCohortId}&filter=all",
            $"/Reports/People.csv?programmeId={s.ProgrammeId}&cohortId={s.OtherCohortId}&filter=all",
            $"/Reports/People?programmeId={s.ProgrammeId}&filter=all&priority={Guid.NewGuid()}",
            $"/Reports/People?programmeId={s.ProgrammeId}&filter=all&state=Nonsense",
            "/Reports/People?filter=all",
        })
        {
            using var response = await client.GetAsync(url);
            Assert.True(response.StatusCode == HttpStatusCode.NotFound, url);
        }

        using var otherCohort = await client.GetAsync($"/Reports/People?cohortId={s.OtherCohortId}&filter=all");
        Assert.Equal(HttpStatusCode.Forbidden, otherCohort.StatusCode);
    }
}
