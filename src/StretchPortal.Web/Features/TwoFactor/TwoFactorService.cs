using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Identity;
using StretchPortal.Web.Domain;
using StretchPortal.Web.Infrastructure.Auditing;

namespace StretchPortal.Web.Features.TwoFactor;

/// <summary>
/// Two-factor authentication with an authenticator app (Identity's TOTP, RFC 6238): setting it up, recovery codes,
/// turning it off, and the second step of signing in. Every change is audited and refreshes the person's sign-in
/// (which carries whether they use two-factor authentication).
/// </summary>
public sealed partial class TwoFactorService(
    UserManager<Person> people,
    SignInManager<Person> signIn,
    AuditTrail audit,
    ILogger<TwoFactorService> logger)
{
    public const int RecoveryCodeCount = 10;

    public const string Issuer = "StretchPortal";

    public async Task<TwoFactorStatusViewModel> StatusAsync(Person person) =>
        new(person.TwoFactorEnabled, person.TwoFactorEnabled ? await people.CountRecoveryCodesAsync(person) : 0);

    /// <summary>The shared key to type or scan into the app, made on first use and kept until set up again.</summary>
    public async Task<TwoFactorSetupViewModel> SetupAsync(Person person)
    {
        var key = await people.GetAuthenticatorKeyAsync(person);
        if (string.IsNullOrEmpty(key))
        {
            await people.ResetAuthenticatorKeyAsync(person);
            key = await people.GetAuthenticatorKeyAsync(person) ?? throw new InvalidOperationException("No authenticator key was made.");
        }

        var uri = string.Create(
            CultureInfo.InvariantCulture,
            $"otpauth://totp/{Uri.EscapeDataString(Issuer)}:{Uri.EscapeDataString(person.Email ?? person.Id)}?secret={key}&issuer={Uri.EscapeDataString(Issuer)}&digits=6");
        return new TwoFactorSetupViewModel(Grouped(key), uri);
    }

    /// <summary>Turns two-factor authentication on if the code matches the app, and returns the recovery codes to show once.</summary>
    public async Task<IReadOnlyList<string>?> EnableAsync(Person person, string code)
    {
        if (!await people.VerifyTwoFactorTokenAsync(person, people.Options.Tokens.AuthenticatorTokenProvider, Digits(code)))
        {
            LogCodeRefused(logger, person.Id);
            return null;
        }

        await people.SetTwoFactorEnabledAsync(person, true);
        var codes = (await people.GenerateNewTwoFactorRecoveryCodesAsync(person, RecoveryCodeCount))?.ToList() ?? [];
        await audit.RecordNowAsync("Person.TwoFactorEnabled", nameof(Person), person.Id);
        await signIn.RefreshSignInAsync(person);
        LogEnabled(logger, person.Id);
        return codes;
    }

    public async Task<IReadOnlyList<string>> NewRecoveryCodesAsync(Person person)
    {
        var codes = (await people.GenerateNewTwoFactorRecoveryCodesAsync(person, RecoveryCodeCount))?.ToList() ?? [];
        await audit.RecordNowAsync("Person.RecoveryCodesRenewed", nameof(Person), person.Id);
        return codes;
    }

    /// <summary>Turns two-factor authentication off after the password is confirmed; <paramref name="newKey"/> also forgets the app's key.</summary>
    public async Task<bool> DisableAsync(Person person, string password, bool newKey)
    {
        var check = await signIn.CheckPasswordSignInAsync(person, password, lockoutOnFailure: true);
        if (!check.Succeeded)
        {
            return false;
        }

        await people.SetTwoFactorEnabledAsync(person, false);
        if (newKey)
        {
            await people.ResetAuthenticatorKeyAsync(person);
        }

        await audit.RecordNowAsync(newKey ? "Person.TwoFactorReset" : "Person.TwoFactorDisabled", nameof(Person), person.Id);
        await signIn.RefreshSignInAsync(person);
        LogDisabled(logger, person.Id);
        return true;
    }

    /// <summary>The second step of signing in, with a code from the app or (once each) a recovery code.</summary>
    public async Task<SignInResult> SignInAsync(Person person, string code, bool recovery)
    {
        var result = recovery
            ? await signIn.TwoFactorRecoveryCodeSignInAsync(code.Replace(" ", "", StringComparison.Ordinal))
            : await signIn.TwoFactorAuthenticatorSignInAsync(Digits(code), isPersistent: false, rememberClient: false);
        var method = recovery ? "recovery code" : "authenticator";
        var action = result.Succeeded ? "SignIn.Succeeded" : result.IsLockedOut ? "SignIn.LockedOut" : "SignIn.Failed";
        await audit.RecordNowAsync(action, nameof(Person), person.Id, System.Text.Json.JsonSerializer.Serialize(new { method }));
        LogSecondStep(logger, person.Id, method, result.Succeeded);
        return result;
    }

    public static string Digits(string? code) => new((code ?? "").Where(char.IsAsciiDigit).ToArray());

    private static string Grouped(string key)
    {
        var grouped = new StringBuilder();
        for (var i = 0; i < key.Length; i += 4)
        {
            grouped.Append(key.AsSpan(i, Math.Min(4, key.Length - i))).Append(' ');
        }

        return grouped.ToString().TrimEnd().ToLowerInvariant();
    }

    [LoggerMessage(LogLevel.Information, "Person {PersonId} turned on two-factor authentication")]
    private static partial void LogEnabled(ILogger logger, string personId);

    [LoggerMessage(LogLevel.Information, "Person {PersonId} turned off two-factor authentication")]
    private static partial void LogDisabled(ILogger logger, string personId);

    [LoggerMessage(LogLevel.Warning, "Authenticator code refused while person {PersonId} set up two-factor authentication")]
    private static partial void LogCodeRefused(ILogger logger, string personId);

    [LoggerMessage(LogLevel.Information, "Second sign-in step of person {PersonId} by {Method}: succeeded {Succeeded}")]
    private static partial void LogSecondStep(ILogger logger, string personId, string method, bool succeeded);
}

public sealed record TwoFactorStatusViewModel(bool Enabled, int RecoveryCodesLeft);

/// <summary>The key to enter in the app, and the code field (left empty) that finishes the set-up.</summary>
public sealed record TwoFactorSetupViewModel(string SharedKey, string AuthenticatorUri)
{
    public string Code { get; init; } = "";
}

public sealed record RecoveryCodesViewModel(IReadOnlyList<string> Codes);
