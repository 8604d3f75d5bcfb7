using System.Text;
using Microsoft.Playwright;
using StretchPortal.BrowserTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace StretchPortal.BrowserTests.Features.Opportunities;

/// <summary>
/// The second half of the opportunities journey: a lead imports the staff pool through the page (a bad file first,
/// refused line by line), then reads take-up against it, with small demo groups suppressed and the WRES relative
/// likelihood flagged. The demo's own take-up data (Data/Seeding/DemoEquality.cs) is read, never changed.
/// </summary>
public sealed class EqualityReportJourneyTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    [Fact]
    public async Task A_lead_imports_the_staff_pool_and_sees_take_up_against_it_with_small_groups_suppressed()
    {
        await SignInAsync(DemoRole.Lead);
        await Page.GetByRole(AriaRole.Navigation, new() { Name = "Menu" }).GetByRole(AriaRole.Link, new() { Name = "Reports", Exact = true }).ClickAsync();
        await WaitForPathAsync("/Reports");
        await ClickLinkAsync("Staff pool");
        await Expect(MainHeading).ToHaveTextAsync("Staff pool");
        await Expect(Page.Locator("#sample-csv")).ToContainTextAsync("Characteristic,Group,Organisation,Count");
        await ExpectNoAxeViolationsAsync();

        await UploadAsync("Characteristic,Group,Organisation,Count\nEthnicGroup,White,,9300\nEthnicGroup,Purple,,12\n");
        await Expect(ErrorSummary).ToContainTextAsync("Nothing was imported");
        await Expect(ErrorSummary).ToContainTextAsync("Line 3: \"Purple\" is not a group of EthnicGroup");
        await ExpectNoAxeViolationsAsync();

        await UploadAsync(
            "Characteristic,Group,Organisation,Count\n"
            + "EthnicGroup,White,,9300\nEthnicGroup,Mixed,,450\nEthnicGroup,Asian,,3300\nEthnicGroup,Black,,1200\nEthnicGroup,Other,,450\nEthnicGroup,Z,,300\n"
            + "Sex,Female,,11550\nSex,Male,,3300\nSex,PreferNotToSay,,150\n"
            + "Disability,Yes,,750\nDisability,No,,12750\nDisability,PreferNotToSay,,1500\n");
        await Expect(FlashBanner).ToContainTextAsync("The staff pool has been imported");
        await Expect(Page.Locator("#pool")).ToContainTextAsync("9300");
        await ExpectNoAxeViolationsAsync();

        await GotoAsync("/Reports");
        await ClickLinkAsync("Take-up by protected characteristic");
        await Expect(MainHeading).ToHaveTextAsync("Take-up by protected characteristic");
        var ethnicity = Page.Locator("#takeup-EthnicGroup");
        await Expect(ethnicity.Locator("tr[data-group=White] [data-column=pool]")).ToContainTextAsync("9300");
        await Expect(ethnicity.Locator("tr[data-group=White] [data-column=pool]")).ToContainTextAsync("62.0%");
        await Expect(ethnicity.Locator("tr[data-group=White] [data-column=interested]")).ToContainTextAsync("%");
        await Expect(ethnicity.Locator("tr[data-group=Mixed] [data-column=appointed]")).ToHaveTextAsync("Suppressed");
        await Expect(Page.Locator("#likelihood-EthnicGroup tr[data-group=BME] .nhsuk-tag--red")).ToBeVisibleAsync();
        await ExpectNoAxeViolationsAsync();

        var download = await Page.RunAndWaitForDownloadAsync(() => ClickLinkAsync("Download this report as CSV"));
        var csv = await File.ReadAllTextAsync(await download.PathAsync());
        Assert.Contains("Ethnic group,White,9300,62.0,", csv, StringComparison.Ordinal);
        Assert.Contains("Suppressed", csv, StringComparison.Ordinal);
    }

    private async Task UploadAsync(string csv)
    {
        await Field("Staff pool CSV file").SetInputFilesAsync(new FilePayload { Name = "staff-pool.csv", MimeType = "text/csv", Buffer = Encoding.UTF8.GetBytes(csv) });
        await ClickButtonAsync("Import the staff pool");
    }
}
