using Microsoft.Playwright;
using StretchPortal.BrowserTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace StretchPortal.BrowserTests.Features.Audit;

public sealed class AuditTrailPageTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    [Fact]
    public async Task The_administrator_opens_the_audit_trail_from_the_menu_and_filters_it()
    {
        await SignInAsync(DemoRole.Admin);

        await Page.GetByRole(AriaRole.Navigation, new() { Name = "Menu" }).GetByRole(AriaRole.Link, new() { Name = "Audit trail", Exact = true }).ClickAsync();
        await WaitForPathAsync("/Audit");
        await Expect(MainHeading).ToHaveTextAsync("Audit trail");
        await Expect(Page.Locator("tbody tr").First).ToBeVisibleAsync();
        await ExpectNoAxeViolationsAsync();

        await SelectAsync("Record type", "StretchAssignment");
        await ClickButtonAsync("Filter");
        await Expect(Page.Locator("tbody tr").First).ToContainTextAsync("StretchAssignment");
        await ExpectNoAxeViolationsAsync();
    }
}
