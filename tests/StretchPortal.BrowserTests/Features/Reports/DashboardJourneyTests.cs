using System.Text.RegularExpressions;
using Microsoft.Playwright;
using StretchPortal.BrowserTests.Infrastructure;
using StretchPortal.Web.Data.Seeding;
using static Microsoft.Playwright.Assertions;

namespace StretchPortal.BrowserTests.Features.Reports;

/// <summary>
/// The demo programme lead monitors the demo cohort: the reports page, the programme roll-up, the cohort dashboard
/// with its charts, a figure's list, the list filtered and sorted, and the CSV of exactly the filtered rows. Reads
/// the demo data only; axe finds nothing on any page.
/// </summary>
public sealed partial class DashboardJourneyTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    [Fact]
    public async Task A_lead_opens_the_dashboard_follows_a_figure_to_its_list_filters_it_and_downloads_the_csv()
    {
        await SignInAsync(DemoRole.Lead);
        await Page.GetByRole(AriaRole.Navigation, new() { Name = "Menu" }).GetByRole(AriaRole.Link, new() { Name = "Reports", Exact = true }).ClickAsync();
        await WaitForPathAsync("/Reports");
        await ExpectNoAxeViolationsAsync();

        // Other journeys share this portal and add programmes and cohorts of their own: open the demo's by name.
        await Page.Locator("#programmes").GetByRole(AriaRole.Link, new() { Name = DemoDataSeeder.ProgrammeName, Exact = false }).ClickAsync();
        await Expect(MainHeading).ToHaveTextAsync("All cohorts: dashboard");
        await Expect(Page.Locator("#cohorts tbody tr").First).ToBeVisibleAsync();
        await ExpectNoAxeViolationsAsync();

        await Page.Locator("#cohorts").GetByRole(AriaRole.Link, new() { Name = "Cohort 1 dashboard", Exact = true }).ClickAsync();
        await Expect(MainHeading).ToHaveTextAsync(DashboardHeading());
        await Expect(Page.Locator(".app-chart").First).ToBeVisibleAsync();
        await ExpectNoAxeViolationsAsync();

        // The demo cohort has mentees with overdue weeks (the demo mentee's among them): follow that figure.
        var figure = Page.Locator("tr[data-figure='filter=overdue'] td.app-people a").First;
        var count = int.Parse(Regex.Match(await figure.InnerTextAsync(), "\\d+").Value, System.Globalization.CultureInfo.InvariantCulture);
        await figure.ClickAsync();
        await Expect(Page).ToHaveURLAsync(OverdueList());
        await Expect(Page.Locator("#total")).ToHaveTextAsync($"{count} {(count == 1 ? "person" : "people")}");
        await Expect(Page.Locator("#people tbody")).ToContainTextAsync("Amara Okafor");
        await ExpectNoAxeViolationsAsync();

        await SelectAsync("Mentor", "Dr Rajesh Patel");
        await CheckAsync("Only mentees with weeks overdue");
        await SelectAsync("Sort by", "Weeks overdue, most first");
        await ClickButtonAsync("Apply filters");
        await Expect(Page).ToHaveURLAsync(FilteredList());
        await Expect(Field("Mentor").Locator("option:checked")).ToHaveTextAsync("Dr Rajesh Patel");
        await Expect(Field("Only mentees with weeks overdue")).ToBeCheckedAsync();
        await Expect(Page.Locator("#narrowing")).ToContainTextAsync("mentor Dr Rajesh Patel");
        await ExpectNoAxeViolationsAsync();

        var names = await Page.Locator("#people tbody tr td:first-child").AllInnerTextsAsync();
        var mentors = await Page.Locator("#people tbody tr td:nth-child(2)").AllInnerTextsAsync();
        Assert.NotEmpty(names);
        Assert.All(mentors, m => Assert.Equal("Dr Rajesh Patel", m.Trim()));
        var overdue = (await Page.Locator("#people tbody tr td:nth-child(4)").AllInnerTextsAsync())
            .Select(w => int.Parse(w, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(overdue.OrderByDescending(w => w), overdue);

        var waitForDownload = Page.WaitForDownloadAsync();
        await ClickLinkAsync("Download this list as CSV");
        var download = await waitForDownload;
        Assert.EndsWith(".csv", download.SuggestedFilename, StringComparison.Ordinal);
        var text = await File.ReadAllTextAsync((await download.PathAsync())!);
        var lines = text.TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("Mentee,Cohort,Mentor,", lines[0], StringComparison.Ordinal);
        Assert.Equal(names.Select(n => n.Trim()), lines.Skip(1).Select(l => l.Split(',')[0]));
        Assert.All(lines.Skip(1), l => Assert.Equal("Dr Rajesh Patel", l.Split(',')[2]));
    }

    [GeneratedRegex("/Reports/People\\?cohortId=.+filter=overdue$")]
    private static partial Regex OverdueList();

    [GeneratedRegex("/Reports/People\\?.*Filter=overdue.*Mentor=.+Overdue=true.*Sort=Overdue")]
    private static partial Regex FilteredList();

    [GeneratedRegex(".+: dashboard")]
    private static partial Regex DashboardHeading();
}
