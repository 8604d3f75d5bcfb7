using Microsoft.Playwright;

namespace StretchPortal.BrowserTests.Infrastructure;

/// <summary>
/// One running portal and one Chromium shared by every test in <see cref="SharedPortal"/>. Each test still gets a
/// browser context of its own (<see cref="BrowserTest"/>), so cookies and storage never leak between tests. Tests
/// that change data must not depend on what other tests left behind: prefer reading the demo data.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    private IPlaywright? playwright;
    private IBrowser? browser;

    public PortalServer Portal { get; } = new();

    public IBrowser Browser => browser ?? throw new InvalidOperationException("The browser fixture has not started.");

    public async Task InitializeAsync()
    {
        // Generous for a loaded CI machine (the first request compiles views); a broken page still fails quickly enough.
        Assertions.SetDefaultExpectTimeout(10_000);
        Portal.Start();
        playwright = await Playwright.CreateAsync();
        browser = await Chromium.LaunchAsync(playwright);
    }

    public async Task DisposeAsync()
    {
        if (browser is not null)
        {
            await browser.CloseAsync();
        }

        playwright?.Dispose();
        await Portal.DisposeAsync();
    }
}

/// <summary>The browser tests: they run one after another against the shared portal and browser.</summary>
[CollectionDefinition(Name)]
public sealed class SharedPortal : ICollectionFixture<BrowserFixture>
{
    public const string Name = "Portal in a browser";
}
