using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using StretchPortal.IntegrationTests.Infrastructure;
using StretchPortal.Web.Domain;
using StretchPortal.Web.Security;

namespace StretchPortal.IntegrationTests.Features.Authentication;

public sealed class TwoFactorTests : IDisposable
{
    private readonly PortalApp app = new();

    [Fact]
    public async Task A_person_turns_on_two_factor_authentication_with_a_code_from_their_app_and_sees_recovery_codes_once()
    {
        var person = await app.PersonAsync();
        using var client = await app.SignedInAsync(person.Email!);

        var (response, _, codes) = await EnableAsync(client);
        using var shown = response;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(10, codes.Count);
        Assert.True((await StoredAsync(person.Id)).TwoFactorEnabled);
        Assert.True(await app.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.Action == "Person.TwoFactorEnabled" && a.EntityId == person.Id)));
        var status = await client.GetPageAsync("/TwoFactor");
        Assert.Equal("On", status.QuerySelector("#two-factor-status")?.TextContent.Trim());
        Assert.Null(status.QuerySelector("#recovery-codes"));
        Assert.Equal("On", (await client.GetPageAsync("/Profile")).QuerySelector("#profile-two-factor")?.TextContent.Trim());
    }

    [Fact]
    public async Task A_wrong_code_does_not_turn_it_on()
    {
        var person = await app.PersonAsync();
        using var client = await app.SignedInAsync(person.Email!);

        using var response = await client.PostFormAsync("/TwoFactor/Setup", new() { ["Code"] = "000000" });
        var page = await PortalClient.ParseAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(Assertions.ErrorSummary(page), e => e.StartsWith("The code is not correct", StringComparison.Ordinal));
        Assert.False((await StoredAsync(person.Id)).TwoFactorEnabled);
    }

    [Fact]
    public async Task Signing_in_then_needs_the_code_and_a_wrong_code_is_refused_and_audited()
    {
        var person = await app.PersonAsync();
        string key;
        using (var setup = await app.SignedInAsync(person.Email!))
        {
            key = (await EnableAsync(setup)).Key;
        }

        using var client = app.NewClient();
        using var password = await client.PostFormAsync("/Account/Login", new() { ["Email"] = person.Email, ["Password"] = TestData.Password });
        Assertions.IsRedirectTo(password, "/Account/LoginWith2fa");
        using var notYet = await client.GetAsync("/Profile");
        Assertions.IsRedirectToSignIn(notYet);

        using var wrong = await client.PostFormAsync("/Account/LoginWith2fa", new() { ["Code"] = WrongCode(key) });
        var wrongPage = await PortalClient.ParseAsync(wrong);
        Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
        Assert.Contains(Assertions.ErrorSummary(wrongPage), e => e.StartsWith("The code is not correct", StringComparison.Ordinal));

        using var right = await client.PostFormAsync("/Account/LoginWith2fa", new() { ["Code"] = Totp.Code(key) });
        Assertions.IsRedirectTo(right, "/");
        using var profile = await client.GetAsync("/Profile");
        Assert.Equal(HttpStatusCode.OK, profile.StatusCode);
        var actions = await app.WithDbAsync(db => db.AuditEntries.Where(a => a.EntityId == person.Id && a.Action.StartsWith("SignIn.")).OrderBy(a => a.OccurredAt).Select(a => a.Action).ToListAsync());
        Assert.Contains("SignIn.Failed", actions);
        Assert.Equal("SignIn.Succeeded", actions[^1]);
    }

    [Fact]
    public async Task A_recovery_code_signs_in_once_only()
    {
        var person = await app.PersonAsync();
        IReadOnlyList<string> codes;
        using (var setup = await app.SignedInAsync(person.Email!))
        {
            codes = (await EnableAsync(setup)).Codes;
        }

        using var first = await PasswordThenRecoveryAsync(person.Email!, codes[0]);
        using var second = await PasswordThenRecoveryAsync(person.Email!, codes[0]);

        Assertions.IsRedirectTo(first, "/");
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Contains(Assertions.ErrorSummary(await PortalClient.ParseAsync(second)), e => e.Contains("used already", StringComparison.Ordinal));
        Assert.Equal(9, await app.WithScopeAsync(async s =>
        {
            var people = s.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<Person>>();
            return await people.CountRecoveryCodesAsync((await people.FindByIdAsync(person.Id))!);
        }));
    }

    [Fact]
    public async Task Turning_it_off_needs_the_password()
    {
        var person = await app.PersonAsync();
        using var client = await app.SignedInAsync(person.Email!);
        await EnableAsync(client);

        using var wrong = await client.PostFormAsync("/TwoFactor/Disable", new() { ["Password"] = "not my password at all" });
        Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
        Assert.True((await StoredAsync(person.Id)).TwoFactorEnabled);

        using var right = await client.PostFormAsync("/TwoFactor/Disable", new() { ["Password"] = TestData.Password });
        Assertions.IsRedirectTo(right, "/TwoFactor");
        Assert.False((await StoredAsync(person.Id)).TwoFactorEnabled);
        using var signsInWithPassword = await app.SignedInAsync(person.Email!);
    }

    [Fact]
    public async Task Setting_it_up_again_gives_a_new_key()
    {
        var person = await app.PersonAsync();
        using var client = await app.SignedInAsync(person.Email!);
        var (_, oldKey, _) = await EnableAsync(client);

        using var reset = await client.PostFormAsync("/TwoFactor/Reset", new() { ["Password"] = TestData.Password });

        Assertions.IsRedirectTo(reset, "/TwoFactor/Setup");
        Assert.False((await StoredAsync(person.Id)).TwoFactorEnabled);
        var newKey = (await client.GetPageAsync("/TwoFactor/Setup")).QuerySelector("#shared-key")!.TextContent.Trim();
        Assert.NotEqual(oldKey, newKey);
    }

    [Theory]
    [InlineData(Roles.ProgrammeLead)]
    [InlineData(Roles.Administrator)]
    public async Task A_lead_or_administrator_without_two_factor_is_sent_to_set_it_up_and_reaches_nothing_else(string role)
    {
        using var strict = new PortalApp();
        strict.Settings["Security:RequireTwoFactorForLeads"] = "true";
        var lead = await strict.PersonAsync("lead@example.org", role);
        using var client = await strict.SignedInAsync(lead.Email!);

        using var home = await client.GetAsync("/");
        using var profile = await client.GetAsync("/Profile");
        using var setupPage = await client.GetAsync("/TwoFactor/Setup");
        Assertions.IsRedirectTo(home, "/TwoFactor/Setup");
        Assertions.IsRedirectTo(profile, "/TwoFactor/Setup");
        Assert.Equal(HttpStatusCode.OK, setupPage.StatusCode);

        await EnableAsync(client);
        using var after = await client.GetAsync("/");
        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
    }

    [Fact]
    public async Task A_mentee_is_not_made_to_set_it_up_even_when_leads_must()
    {
        using var strict = new PortalApp();
        strict.Settings["Security:RequireTwoFactorForLeads"] = "true";
        var mentee = await strict.PersonAsync("mentee@example.org", Roles.Mentee);
        using var client = await strict.SignedInAsync(mentee.Email!);

        using var home = await client.GetAsync("/");

        Assert.Equal(HttpStatusCode.OK, home.StatusCode);
    }

    [Fact]
    public async Task Two_factor_pages_need_a_signed_in_person_and_the_code_page_needs_the_password_first()
    {
        using var client = app.NewClient();

        using var setup = await client.GetAsync("/TwoFactor/Setup");
        using var code = await client.GetAsync("/Account/LoginWith2fa");

        Assertions.IsRedirectToSignIn(setup);
        Assertions.IsRedirectToSignIn(code);
    }

    private async Task<HttpResponseMessage> PasswordThenRecoveryAsync(string email, string code)
    {
        using var client = app.NewClient();
        using var password = await client.PostFormAsync("/Account/Login", new() { ["Email"] = email, ["Password"] = TestData.Password });
        Assertions.IsRedirectTo(password, "/Account/LoginWith2fa");
        return await client.PostFormAsync("/Account/LoginWithRecoveryCode", new() { ["RecoveryCode"] = code });
    }

    /// <summary>Reads the key from the set-up page, types the code an app would show, and reads the recovery codes shown.</summary>
    internal static async Task<(HttpResponseMessage Response, string Key, IReadOnlyList<string> Codes)> EnableAsync(PortalClient client)
    {
        var setup = await client.GetPageAsync("/TwoFactor/Setup");
        var key = setup.QuerySelector("#shared-key")!.TextContent.Trim();
        Assert.StartsWith("otpauth://totp/StretchPortal:", setup.QuerySelector("#authenticator-uri")!.TextContent.Trim(), StringComparison.Ordinal);
        var response = await client.PostFormAsync("/TwoFactor/Setup", new() { ["Code"] = Totp.Code(key) });
        var page = await PortalClient.ParseAsync(response);
        var codes = page.QuerySelectorAll("#recovery-codes code").Select(c => c.TextContent.Trim()).ToList();
        return (response, key, codes);
    }

    private static string WrongCode(string key)
    {
        var right = Totp.Code(key);
        return right == "123456" ? "654321" : "123456";
    }

    private Task<Person> StoredAsync(string id) => app.WithDbAsync(db => db.Users.AsNoTracking().SingleAsync(u => u.Id == id));

    public void Dispose() => app.Dispose();
}
