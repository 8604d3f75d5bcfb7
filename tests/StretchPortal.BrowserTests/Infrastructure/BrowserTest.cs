using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace StretchPortal.BrowserTests.Infrastructure;

/// <summary>
/// Base for browser tests: a fresh browser context and page per test on the shared portal, and the few verbs journeys
/// are written in (go to, sign in, fill a field by its label, press a button, follow a link, check with axe). Never
/// sleep: wait on what the person would see, with Playwright's <see cref="Assertions.Expect(IPage)"/>.
/// </summary>
[Collection(SharedPortal.Name)]
public abstract class BrowserTest(BrowserFixture fixture) : IAsyncLifetime
{
    private readonly List<string> policyViolations = [];
    private IBrowserContext? context;
    private IPage? page;

    protected PortalServer Portal => fixture.Portal;

    protected IPage Page => page ?? throw new InvalidOperationException("The page is created in InitializeAsync.");

    public virtual async Task InitializeAsync()
    {
        context = await fixture.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = fixture.Portal.Address,
            Locale = "en-GB",
            TimezoneId = "Europe/London",
        });
        page = await context.NewPageAsync();

        // The portal's Content-Security-Policy allows no inline script or style: any page that breaks it fails here.
        page.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase))
            {
                policyViolations.Add($"{page.Url}: {message.Text}");
            }
        };
    }

    public virtual async Task DisposeAsync()
    {
        if (context is not null)
        {
            await context.CloseAsync();
        }

        Assert.True(policyViolations.Count == 0, "Content-Security-Policy violations:\n" + string.Join("\n", policyViolations));
    }

    /// <summary>Opens a path on the portal (for example "/Programmes") and waits for the page to load.</summary>
    protected async Task GotoAsync(string path) => await Page.GotoAsync(path);

    /// <summary>Opens the sign-in page and signs in through the form as the demo account for a role.</summary>
    protected Task SignInAsync(DemoRole role) => SignInAsync(DemoAccount.For(role));

    /// <summary>
    /// Signs in through the real form, then waits until the header offers "Sign out". Fails with the error summary's
    /// text if the portal refused the sign-in.
    /// </summary>
    protected async Task SignInAsync(DemoAccount account, string? returnUrl = null)
    {
        await GotoAsync(returnUrl is null ? "/Account/Login" : "/Account/Login?ReturnUrl=" + Uri.EscapeDataString(returnUrl));
        await SubmitSignInFormAsync(account.Email, DemoAccount.Password);
        await ExpectSignedInAsync(account);
    }

    /// <summary>
    /// Waits until the header offers "Sign out" after the sign-in form was sent. Fails with the error summary's text if
    /// the portal refused the sign-in, or with the page it stayed on if neither came.
    /// </summary>
    protected async Task ExpectSignedInAsync(DemoAccount account)
    {
        var errors = ErrorSummary;
        try
        {
            await Expect(SignOutButton.Or(errors).First).ToBeVisibleAsync();
        }
        catch (PlaywrightException)
        {
            Assert.Fail($"Signing in as {account.Email} did not finish: the browser is on {Page.Url}, titled \"{await Page.TitleAsync()}\".");
        }

        if (await errors.IsVisibleAsync())
        {
            Assert.Fail($"Signing in as {account.Email} was refused: {await errors.InnerTextAsync()}");
        }
    }

    /// <summary>Fills the sign-in form on the current page and presses "Sign in"; waits for nothing.</summary>
    protected async Task SubmitSignInFormAsync(string email, string password)
    {
        await FillAsync("Email address", email);
        await FillAsync("Password", password);
        await ClickButtonAsync("Sign in");
    }

    /// <summary>Signs out with the header's button and waits for the sign-in page.</summary>
    protected async Task SignOutAsync()
    {
        await SignOutButton.ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Sign in to StretchPortal", Level = 1 })).ToBeVisibleAsync();
    }

    /// <summary>The form field whose label is exactly this text (inputs, text areas, selects).</summary>
    protected ILocator Field(string label) => Page.GetByLabel(label, new() { Exact = true });

    /// <summary>Types into the field labelled exactly so, replacing what was there.</summary>
    protected Task FillAsync(string label, string value) => Field(label).FillAsync(value);

    /// <summary>Chooses the option with this visible text in the select labelled exactly so.</summary>
    protected Task SelectAsync(string label, string optionText) =>
        Field(label).SelectOptionAsync(new SelectOptionValue { Label = optionText });

    /// <summary>Ticks the radio or checkbox labelled exactly so.</summary>
    protected Task CheckAsync(string label) => Field(label).CheckAsync();

    /// <summary>Presses the button with exactly this accessible name.</summary>
    protected Task ClickButtonAsync(string name) => Button(name).ClickAsync();

    /// <summary>Follows the link with exactly this accessible name.</summary>
    protected Task ClickLinkAsync(string name) => Link(name).ClickAsync();

    protected ILocator Button(string name) => Page.GetByRole(AriaRole.Button, new() { Name = name, Exact = true });

    protected ILocator Link(string name) => Page.GetByRole(AriaRole.Link, new() { Name = name, Exact = true });

    /// <summary>The page's one h1.</summary>
    protected ILocator MainHeading => Page.GetByRole(AriaRole.Heading, new() { Level = 1 });

    /// <summary>The NHS.UK error summary ("There is a problem").</summary>
    protected ILocator ErrorSummary => Page.Locator(".nhsuk-error-summary");

    /// <summary>The green "Success" notification banner that <c>this.Flash(...)</c> shows after a redirect.</summary>
    protected ILocator FlashBanner => Page.Locator(".nhsuk-notification-banner--success");

    protected ILocator SignOutButton => Page.GetByRole(AriaRole.Button, new() { Name = "Sign out", Exact = true });

    /// <summary>Waits until the browser is on exactly this path of the portal, whatever the query string.</summary>
    protected Task WaitForPathAsync(string path) =>
        Page.WaitForURLAsync(url => new Uri(url).AbsolutePath == path);

    /// <summary>Runs axe (WCAG 2.2 AA tags) on the current page and fails with a readable list of violations.</summary>
    protected Task ExpectNoAxeViolationsAsync() => Accessibility.ExpectNoAxeViolationsAsync(Page);
}
