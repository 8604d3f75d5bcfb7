using System.Net;
using Microsoft.EntityFrameworkCore;
using StretchPortal.IntegrationTests.Infrastructure;

namespace StretchPortal.IntegrationTests.Features.Account;

public sealed class RegistrationTests : IDisposable
{
    private readonly PortalApp app = new();

    private static Dictionary<string, object?> Registration(string email, string password = "a long enough passphrase") => new()
    {
        ["FullName"] = "Nadia Karim",
        ["JobTitle"] = "Head of Patient Experience",
        ["Email"] = email,
        ["Password"] = password,
        ["ConfirmPassword"] = password,
    };

    [Fact]
    public async Task A_newcomer_registers_confirms_their_email_from_the_link_and_signs_in()
    {
        using var client = app.NewClient();

        using var registered = await client.PostFormAsync("/Account/Register", Registration("nadia@example.org"));
        Assertions.IsRedirectTo(registered, "/Account/RegisterConfirmation");

        using var beforeConfirming = await client.PostFormAsync("/Account/Login", new() { ["Email"] = "nadia@example.org", ["Password"] = "a long enough passphrase" });
        Assert.Equal(HttpStatusCode.OK, beforeConfirming.StatusCode);

        var link = Mail.LinkIn(Assert.Single(app.To("nadia@example.org")));
        using var confirmed = await client.PostFormAsync(link, []);
        Assertions.IsRedirectTo(confirmed, "/Account/Login");

        await client.SignInAsync("nadia@example.org", "a long enough passphrase");
        var home = await client.GetPageAsync("/");
        Assert.Contains("Nadia Karim", home.QuerySelector("h1")?.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_short_password_is_refused_on_the_form_with_the_other_answers_kept()
    {
        using var client = app.NewClient();

        using var response = await client.PostFormAsync("/Account/Register", Registration("short@example.org", "too short"));
        var page = await PortalClient.ParseAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Password must be 12 characters or more", Assertions.ErrorSummary(page));
        Assert.Equal("Nadia Karim", Assertions.FieldValue(page, "FullName"));
        Assert.Equal("short@example.org", Assertions.FieldValue(page, "Email"));
        Assert.Equal("#Password", page.QuerySelector(".nhsuk-error-summary__list a")?.GetAttribute("href"));
        Assert.False(await app.WithDbAsync(db => db.Users.AnyAsync(p => p.Email == "short@example.org")));
    }

    [Fact]
    public async Task Registering_an_address_that_has_an_account_reveals_nothing_and_tells_the_owner()
    {
        await app.PersonAsync("taken@example.org");
        using var client = app.NewClient();

        using var response = await client.PostFormAsync("/Account/Register", Registration("taken@example.org"));

        Assertions.IsRedirectTo(response, "/Account/RegisterConfirmation");
        var email = Assert.Single(app.To("taken@example.org"));
        Assert.Equal("You already have a StretchPortal account", email.Subject);
        Assert.Equal(1, await app.WithDbAsync(db => db.Users.CountAsync(p => p.Email == "taken@example.org")));
    }

    [Fact]
    public async Task A_forgotten_password_is_reset_from_the_emailed_link_which_works_once()
    {
        var person = await app.PersonAsync("forgetful@example.org");
        using var client = app.NewClient();

        using var asked = await client.PostFormAsync("/Account/ForgotPassword", new() { ["Email"] = person.Email });
        Assertions.IsRedirectTo(asked, "/Account/ForgotPasswordConfirmation");
        var link = Mail.LinkIn(Assert.Single(app.To(person.Email!)));

        using var reset = await client.PostFormAsync(link, new()
        {
            ["Email"] = person.Email,
            ["Password"] = "my brand new passphrase",
            ["ConfirmPassword"] = "my brand new passphrase",
        });
        Assertions.IsRedirectTo(reset, "/Account/Login");
        await client.SignInAsync(person.Email!, "my brand new passphrase");

        using var again = await app.NewClient().PostFormAsync(link, new()
        {
            ["Email"] = person.Email,
            ["Password"] = "yet another passphrase",
            ["ConfirmPassword"] = "yet another passphrase",
        });
        var page = await PortalClient.ParseAsync(again);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Contains(Assertions.ErrorSummary(page), e => e.StartsWith("The reset link has expired", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Asking_to_reset_an_unknown_address_looks_the_same_and_sends_nothing()
    {
        using var client = app.NewClient();

        using var response = await client.PostFormAsync("/Account/ForgotPassword", new() { ["Email"] = "nobody@example.org" });

        Assertions.IsRedirectTo(response, "/Account/ForgotPasswordConfirmation");
        Assert.Empty(app.Emails());
    }

    public void Dispose() => app.Dispose();
}
