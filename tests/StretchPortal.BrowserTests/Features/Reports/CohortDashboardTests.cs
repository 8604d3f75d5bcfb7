using System.Text.RegularExpressions;
using Microsoft.Playwright;
using StretchPortal.BrowserTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace StretchPortal.BrowserTests.Features.Reports;

public sealed partial class CohortDashboardTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    [Fact]
    public async Task A_lead_opens_the_cohort_dashboard_follows_a_figure_to_its_people_sorts_them_and_downloads_the_csv()
    {
        await SignInAsync(DemoRole.Lead);
        await Page.GetByRole(AriaRole.Navigation, new() { Name = "Menu" }).GetByRole(AriaRole.Link, new() { Name = "Reports", Exact = true }).ClickAsync();
        await WaitForPathAsync("/Reports");
        await ExpectNoAxeViolationsAsync();

        await Page.GetByRole(AriaRole.Link, new() { Name = "Cohort 1 dashboard" }).First.ClickAsync();
        await Expect(MainHeading).ToHaveTextAsync("Cohort 1: dashboard");
        await ExpectNoAxeViolationsAsync();

        // The demo cohort has mentees with overdue weeks (the demo mentee's among them): follow that figure.
        await Page.Locator("a[href*='filter=overdue']").First.ClickAsync();
        await Expect(Page).ToHaveURLAsync(OverdueList());
        await Expect(Page.Locator("tbody")).ToContainTextAsync("Amara Okafor");
        await ExpectNoAxeViolationsAsync();

        await ClickLinkAsync("weeks overdue");
        await Expect(Page.Locator("strong", new() { HasText = "weeks overdue" })).ToBeVisibleAsync();
        await ExpectNoAxeViolationsAsync();

        var download = await Page.RunAndWaitForDownloadAsync(() => ClickLinkAsync("Download this list as CSV"));
        var path = await download.PathAsync();
        var csv = await File.ReadAllTextAsync(path);
        var rows = await Page.Locator("tbody tr").CountAsync();
        Assert.Contains("Amara Okafor", csv, StringComparison.Ordinal);
        Assert.Equal(rows + 1, csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Length);
    }

    [GeneratedRegex("/Reports/People\\?cohortId=.+filter=overdue")]
    private static partial Regex OverdueList();
}
