using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using StretchPortal.BrowserTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace StretchPortal.BrowserTests.Features.TwoFactor;

/// <summary>
/// Two-factor authentication end to end: a newly registered person sets it up from their profile with the key the page
/// shows (the test is their authenticator app, computing RFC 6238 codes), keeps the recovery codes, signs out, signs in
/// with their password and then a code, and once with a recovery code instead. Every page is checked with axe.
/// </summary>
public sealed class TwoFactorJourneyTests(BrowserFixture fixture) : FreshPersonTest(fixture)
{
    private static readonly string[] WrongCodes = ["000000", "111111", "222222"];

    [Fact]
    public async Task A_person_sets_up_two_factor_authentication_and_signs_in_with_a_code_and_with_a_recovery_code()
    {
        var person = NewPerson("twofactor");
        await RegisterConfirmAndSignInAsync(person);

        // Profile → two-factor authentication (off) → set up.
        await Page.GetByRole(AriaRole.Navigation, new() { Name = "Menu" }).GetByRole(AriaRole.Link, new() { Name = "Your profile", Exact = true }).ClickAsync();
        await WaitForPathAsync("/Profile");
        await Expect(Page.Locator("#profile-two-factor")).ToHaveTextAsync("Off");
        await ExpectNoAxeViolationsAsync();
        await ClickLinkAsync("Manage two-factor authentication");
        await WaitForPathAsync("/TwoFactor");
        await Expect(MainHeading).ToHaveTextAsync("Two-factor authentication");
        await Expect(Page.Locator("#two-factor-status")).ToHaveTextAsync("Off");
        await ExpectNoAxeViolationsAsync();
        await ClickButtonAsync("Set up two-factor authentication");
        await WaitForPathAsync("/TwoFactor/Setup");
        await Expect(MainHeading).ToHaveTextAsync("Set up two-factor authentication");
        await ExpectNoAxeViolationsAsync();

        // A wrong code is refused, with the message in the error summary.
        await FillAsync("Code from your authenticator app", WrongCode(await SharedKeyAsync()));
        await ClickButtonAsync("Turn on two-factor authentication");
        await Expect(ErrorSummary).ToContainTextAsync("The code is not correct or has expired");
        await ExpectNoAxeViolationsAsync();

        // The app's code turns it on and shows the recovery codes once.
        var key = await SharedKeyAsync();
        await FillAsync("Code from your authenticator app", Code(key, 0));
        await ClickButtonAsync("Turn on two-factor authentication");
        await Expect(MainHeading).ToHaveTextAsync("Two-factor authentication is on");
        var codes = Page.Locator("#recovery-codes code");
        await Expect(codes).ToHaveCountAsync(10);
        var recoveryCode = (await codes.First.InnerTextAsync()).Trim();
        await ExpectNoAxeViolationsAsync();
        await ClickButtonAsync("I have kept my recovery codes");
        await WaitForPathAsync("/TwoFactor");
        await Expect(Page.Locator("#two-factor-status")).ToHaveTextAsync("On");
        await Expect(Page.Locator("#recovery-codes-left")).ToHaveTextAsync("You have 10 recovery codes left.");
        await ExpectNoAxeViolationsAsync();

        // The pages for a new phone and for turning it off pass axe too (nothing is submitted).
        await ClickLinkAsync("Set up your authenticator app again");
        await Expect(MainHeading).ToHaveTextAsync("Set up your authenticator app again");
        await ExpectNoAxeViolationsAsync();
        await GotoAsync("/TwoFactor/Disable");
        await Expect(MainHeading).ToHaveTextAsync("Turn off two-factor authentication");
        await ExpectNoAxeViolationsAsync();
        await SignOutAsync();

        // Password, then the code the app shows (the next 30-second step: a code is never reused).
        await SubmitSignInFormAsync(person.Email, DemoAccount.Password);
        await WaitForPathAsync("/Account/LoginWith2fa");
        await Expect(MainHeading).ToHaveTextAsync("Enter the code from your authenticator app");
        await Expect(SignOutButton).ToHaveCountAsync(0);
        await ExpectNoAxeViolationsAsync();
        await FillAsync("Code", Code(key, 1));
        await ClickButtonAsync("Sign in");
        await Expect(SignOutButton).ToBeVisibleAsync();
        await GotoAsync("/Profile");
        await Expect(Page.Locator("#profile-two-factor")).ToHaveTextAsync("On");
        await SignOutAsync();

        // Password, then a recovery code instead: it works once.
        await SubmitSignInFormAsync(person.Email, DemoAccount.Password);
        await WaitForPathAsync("/Account/LoginWith2fa");
        await ClickLinkAsync("Sign in with a recovery code");
        await WaitForPathAsync("/Account/LoginWithRecoveryCode");
        await Expect(MainHeading).ToHaveTextAsync("Sign in with a recovery code");
        await ExpectNoAxeViolationsAsync();
        await FillAsync("Recovery code", recoveryCode);
        await ClickButtonAsync("Sign in");
        await Expect(FlashBanner).ToContainTextAsync("You signed in with a recovery code, which cannot be used again.");
        await Expect(SignOutButton).ToBeVisibleAsync();
        await ExpectNoAxeViolationsAsync();
        await GotoAsync("/TwoFactor");
        await Expect(Page.Locator("#recovery-codes-left")).ToHaveTextAsync("You have 9 recovery codes left.");
        await SignOutAsync();

        // The same recovery code is refused the second time.
        await SubmitSignInFormAsync(person.Email, DemoAccount.Password);
        await WaitForPathAsync("/Account/LoginWith2fa");
        await ClickLinkAsync("Sign in with a recovery code");
        await FillAsync("Recovery code", recoveryCode);
        await ClickButtonAsync("Sign in");
        await Expect(ErrorSummary).ToContainTextAsync("The recovery code is not correct or has been used already");
        await Expect(SignOutButton).ToHaveCountAsync(0);
        await ExpectNoAxeViolationsAsync();
    }

    private async Task<string> SharedKeyAsync() => (await Page.Locator("#shared-key").InnerTextAsync()).Trim();

    /// <summary>A code the portal refuses: not the app's code for any step it accepts (two either side of now).</summary>
    private string WrongCode(string key)
    {
        var accepted = Enumerable.Range(-2, 5).Select(step => Code(key, step)).ToHashSet();
        return WrongCodes.First(code => !accepted.Contains(code));
    }

    private string Code(string key, int stepsAhead) =>
        Totp.Code(key, Portal.Services.GetRequiredService<TimeProvider>().GetUtcNow(), stepsAhead);
}
