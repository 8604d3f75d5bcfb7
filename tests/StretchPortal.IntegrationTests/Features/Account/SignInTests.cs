using System.Net;
using StretchPortal.IntegrationTests.Infrastructure;
using StretchPortal.Web.Security;

namespace StretchPortal.IntegrationTests.Features.Account;

public sealed class SignInTests : IDisposable
{
    private readonly PortalApp app = new();

    [Fact]
    public async Task A_person_signs_in_through_the_form_and_lands_on_their_home_page()
    {
        var mentor = await app.PersonAsync("mentor.one@example.org", Roles.Mentor);
        using var client = app.NewClient();

        using var response = await client.PostFormAsync("/Account/Login", new() { ["Email"] = mentor.Email, ["Password"] = TestData.Password });
        Assertions.IsRedirectTo(response, "/");
        var home = await client.GetPageAsync("/");

        Assert.Contains(mentor.FullName, home.QuerySelector("h1")?.TextContent, StringComparison.Ordinal);
        Assert.NotNull(home.QuerySelector("#mentor-heading"));
        Assert.Null(home.QuerySelector("#lead-heading"));
    }

    [Fact]
    public async Task A_wrong_password_shows_the_error_summary_and_keeps_the_email()
    {
        var person = await app.PersonAsync("typo@example.org");
        using var client = app.NewClient();

        using var response = await client.PostFormAsync("/Account/Login", new() { ["Email"] = person.Email, ["Password"] = "not the password at all" });
        var page = await PortalClient.ParseAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(Assertions.ErrorSummary(page), e => e.StartsWith("Enter a correct email address and password", StringComparison.Ordinal));
        Assert.Equal("typo@example.org", Assertions.FieldValue(page, "Email"));
        Assert.Equal("", Assertions.FieldValue(page, "Password"));
    }

    [Fact]
    public async Task Five_failed_attempts_lock_the_account_even_against_the_right_password()
    {
        var person = await app.PersonAsync();
        using var client = app.NewClient();
        for (var i = 0; i < 5; i++)
        {
            using var failed = await client.PostFormAsync("/Account/Login", new() { ["Email"] = person.Email, ["Password"] = "wrong password " + i });
            Assert.Equal(HttpStatusCode.OK, failed.StatusCode);
        }

        using var response = await client.PostFormAsync("/Account/Login", new() { ["Email"] = person.Email, ["Password"] = TestData.Password });
        var page = await PortalClient.ParseAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(Assertions.ErrorSummary(page), e => e.Contains("locked", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_deactivated_person_cannot_sign_in()
    {
        var person = await app.PersonAsync();
        await app.WithDbAsync(async db =>
        {
            var stored = await db.Users.FindAsync(person.Id);
            stored!.IsActive = false;
            await db.SaveChangesAsync();
        });
        using var client = app.NewClient();

        using var response = await client.PostFormAsync("/Account/Login", new() { ["Email"] = person.Email, ["Password"] = TestData.Password });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Signing_out_ends_the_session()
    {
        var person = await app.PersonAsync();
        using var client = await app.SignedInAsync(person.Email!);

        using var signOut = await client.PostAsync("/Account/Logout", []);
        using var home = await client.GetAsync("/");

        Assertions.IsRedirectTo(signOut, "/Account/Login");
        Assertions.IsRedirectToSignIn(home);
    }

    [Fact]
    public async Task A_return_url_off_the_site_is_ignored()
    {
        var person = await app.PersonAsync();
        using var client = app.NewClient();

        using var response = await client.PostFormAsync(
            "/Account/Login?returnUrl=https%3A%2F%2Fevil.example%2F",
            new() { ["Email"] = person.Email, ["Password"] = TestData.Password });

        Assertions.IsRedirectTo(response, "/");
        Assert.DoesNotContain("evil", response.Headers.Location?.OriginalString, StringComparison.Ordinal);
    }

    public void Dispose() => app.Dispose();
}
