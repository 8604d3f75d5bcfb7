using StretchPortal.BrowserTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace StretchPortal.BrowserTests.Features.Errors;

/// <summary>The friendly error pages for a request that cannot be read (400) and for an unavailable service (503), checked with axe.</summary>
public sealed class ErrorPageTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    [Theory]
    [InlineData(400, "Sorry, we could not read what you sent")]
    [InlineData(503, "Sorry, the service is unavailable")]
    public async Task The_error_page_shows_its_heading_with_its_status_and_passes_axe(int status, string heading)
    {
        var response = await Page.GotoAsync($"/Errors/{status}");

        Assert.Equal(status, response?.Status);
        await Expect(MainHeading).ToHaveTextAsync(heading);
        await ExpectNoAxeViolationsAsync();
    }
}
