using Microsoft.Playwright;
using StretchPortal.BrowserTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace StretchPortal.BrowserTests.Features.Account;

public sealed class SignInTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    [Theory]
    [InlineData(DemoRole.Mentee)]
    [InlineData(DemoRole.Mentor)]
    [InlineData(DemoRole.Sponsor)]
    [InlineData(DemoRole.Coach)]
    [InlineData(DemoRole.Lead)]
    [InlineData(DemoRole.Admin)]
    public async Task A_demo_person_signs_in_through_the_form_and_lands_on_their_home_page(DemoRole role)
    {
        var account = DemoAccount.For(role);
        await GotoAsync("/Account/Login");
        await Expect(MainHeading).ToHaveTextAsync("Sign in to StretchPortal");
        await ExpectNoAxeViolationsAsync();

        await SubmitSignInFormAsync(account.Email, DemoAccount.Password);

        await ExpectSignedInAsync(account);
        await WaitForPathAsync("/");
        await Expect(MainHeading).ToHaveTextAsync($"Welcome, {account.FullName}");
        await Expect(Page).ToHaveTitleAsync("Home – StretchPortal");
        await Expect(Page.Locator("#" + account.HomeSectionId)).ToBeVisibleAsync();
        foreach (var other in DemoAccount.All.Where(a => a.Role != role))
        {
            await Expect(Page.Locator("#" + other.HomeSectionId)).ToHaveCountAsync(0);
        }

        await Expect(SignOutButton).ToBeVisibleAsync();
        await ExpectNoAxeViolationsAsync();
    }

    [Fact]
    public async Task A_wrong_password_shows_the_error_summary_focused_and_keeps_the_email()
    {
        var account = DemoAccount.For(DemoRole.Mentee);
        await GotoAsync("/Account/Login");

        await SubmitSignInFormAsync(account.Email, "not the password at all");

        await Expect(ErrorSummary).ToBeVisibleAsync();
        await Expect(ErrorSummary).ToBeFocusedAsync();
        await Expect(ErrorSummary.GetByRole(AriaRole.Heading)).ToHaveTextAsync("There is a problem");
        var message = ErrorSummary.GetByRole(AriaRole.Link, new() { Name = "Enter a correct email address and password" });
        await Expect(message).ToBeVisibleAsync();
        await Expect(Page).ToHaveTitleAsync("Error: Sign in – StretchPortal");
        await Expect(Field("Email address")).ToHaveValueAsync(account.Email);
        await Expect(Field("Password")).ToHaveValueAsync("");
        await Expect(SignOutButton).ToHaveCountAsync(0);
        await ExpectNoAxeViolationsAsync();

        await message.ClickAsync();

        await Expect(Field("Email address")).ToBeFocusedAsync();
    }

    [Fact]
    public async Task An_anonymous_visit_to_the_home_page_lands_on_the_sign_in_page()
    {
        await GotoAsync("/");

        await WaitForPathAsync("/Account/Login");
        Assert.Equal("?ReturnUrl=%2F", new Uri(Page.Url).Query);
        await Expect(MainHeading).ToHaveTextAsync("Sign in to StretchPortal");
        await Expect(SignOutButton).ToHaveCountAsync(0);
        await Expect(Page.GetByRole(AriaRole.Navigation, new() { Name = "Menu" })).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task Signing_out_returns_to_the_sign_in_page_and_home_is_closed_again()
    {
        await SignInAsync(DemoRole.Coach);

        await SignOutAsync();

        await WaitForPathAsync("/Account/Login");
        await Expect(FlashBanner).ToContainTextAsync("You have signed out.");
        await GotoAsync("/");
        await WaitForPathAsync("/Account/Login");
        await Expect(MainHeading).ToHaveTextAsync("Sign in to StretchPortal");
    }
}
