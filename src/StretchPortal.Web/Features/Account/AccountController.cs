using System.Text;
using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.WebUtilities;
using StretchPortal.Web.Domain;
using StretchPortal.Web.Features.Shared;
using StretchPortal.Web.Infrastructure.Auditing;
using StretchPortal.Web.Infrastructure.Email;
using StretchPortal.Web.Infrastructure.Web;

namespace StretchPortal.Web.Features.Account;

/// <summary>Sign in and out, register, confirm an email address, and reset a forgotten password.</summary>
[AllowAnonymous]
public sealed partial class AccountController(
    SignInManager<Person> signIn,
    UserManager<Person> people,
    IEmailSender email,
    AuditTrail audit,
    TimeProvider clock,
    ILogger<AccountController> logger) : Controller
{
    private const string WrongCredentials = "Enter a correct email address and password. If you have just registered, confirm your email address first.";

    [HttpGet]
    public IActionResult Login(string? returnUrl) => View(new SignInForm { ReturnUrl = returnUrl });

    [HttpPost]
    public async Task<IActionResult> Login(SignInForm form, [FromServices] IValidator<SignInForm> validator)
    {
        if (!await ModelState.IsValidAsync(validator, form, HttpContext.RequestAborted))
        {
            return View(form);
        }

        var result = await signIn.PasswordSignInAsync(form.Email.Trim(), form.Password, isPersistent: false, lockoutOnFailure: true);
        var person = await people.FindByEmailAsync(form.Email.Trim());
        if (result.Succeeded && person is not null)
        {
            await audit.RecordNowAsync("SignIn.Succeeded", nameof(Person), person.Id);
            LogSignedIn(logger, person.Id);
            return LocalRedirect(Url.IsLocalUrl(form.ReturnUrl) ? form.ReturnUrl : "/");
        }

        if (result.RequiresTwoFactor)
        {
            // The password was right; the authenticator code comes next (audited there).
            return RedirectToAction("LoginWith2fa", "TwoFactor", new { returnUrl = Url.IsLocalUrl(form.ReturnUrl) ? form.ReturnUrl : null });
        }

        if (person is not null)
        {
            await audit.RecordNowAsync(result.IsLockedOut ? "SignIn.LockedOut" : "SignIn.Failed", nameof(Person), person.Id);
        }

        LogSignInRefused(logger, result.IsLockedOut);
        ModelState.AddModelError(
            nameof(SignInForm.Email),
            result.IsLockedOut
                ? "Your account is locked for 15 minutes after too many attempts. Try again later, or reset your password."
                : WrongCredentials);
        form.Password = "";
        return View(form);
    }

    [HttpPost]
    public async Task<IActionResult> Logout()
    {
        // A new security stamp makes every copy of the session cookie worthless at its next check (docs/adr/0005-sessions.md).
        if (await people.GetUserAsync(User) is { } person)
        {
            await people.UpdateSecurityStampAsync(person);
            await audit.RecordNowAsync("SignOut", nameof(Person), person.Id);
        }

        await signIn.SignOutAsync();
        this.Flash("You have signed out.");
        return RedirectToAction(nameof(Login));
    }

    [HttpGet]
    public IActionResult Register() => View(new RegisterForm());

    [HttpPost]
    public async Task<IActionResult> Register(RegisterForm form, [FromServices] IValidator<RegisterForm> validator)
    {
        if (!await ModelState.IsValidAsync(validator, form, HttpContext.RequestAborted))
        {
            return View(form);
        }

        var address = form.Email.Trim();
        var existing = await people.FindByEmailAsync(address);
        if (existing is not null)
        {
            // Same answer as a new registration, so the form cannot be used to find out who has an account.
            await email.SendAsync(AccountEmails.AlreadyRegistered(address, existing.FullName, AbsoluteUrl(nameof(Login))));
            return RedirectToAction(nameof(RegisterConfirmation));
        }

        var person = new Person
        {
            UserName = address,
            Email = address,
            FullName = form.FullName.Trim(),
            JobTitle = string.IsNullOrWhiteSpace(form.JobTitle) ? null : form.JobTitle.Trim(),
            CreatedAt = clock.GetUtcNow().UtcDateTime,
        };
        var created = await people.CreateAsync(person, form.Password);
        if (!created.Succeeded)
        {
            foreach (var error in created.Errors)
            {
                ModelState.AddModelError(error.Code.Contains("Password", StringComparison.Ordinal) ? nameof(RegisterForm.Password) : "", error.Description);
            }

            return View(form);
        }

        LogRegistered(logger, person.Id);
        await SendConfirmation(person);
        return RedirectToAction(nameof(RegisterConfirmation));
    }

    [HttpGet]
    public IActionResult RegisterConfirmation() => View();

    [HttpGet]
    public IActionResult ConfirmEmail(string? personId, string? code) =>
        string.IsNullOrEmpty(personId) || string.IsNullOrEmpty(code)
            ? View("ConfirmEmailFailed")
            : View(new ConfirmEmailForm { PersonId = personId, Code = code });

    [HttpPost]
    public async Task<IActionResult> ConfirmEmail(ConfirmEmailForm form)
    {
        var person = await people.FindByIdAsync(form.PersonId);
        if (person is null || !TryDecode(form.Code, out var token))
        {
            return View("ConfirmEmailFailed");
        }

        var result = await people.ConfirmEmailAsync(person, token);
        if (!result.Succeeded)
        {
            return View("ConfirmEmailFailed");
        }

        LogEmailConfirmed(logger, person.Id);
        this.Flash("Your email address is confirmed. You can now sign in.");
        return RedirectToAction(nameof(Login));
    }

    [HttpGet]
    public IActionResult ForgotPassword() => View(new ForgotPasswordForm());

    [HttpPost]
    public async Task<IActionResult> ForgotPassword(ForgotPasswordForm form, [FromServices] IValidator<ForgotPasswordForm> validator)
    {
        if (!await ModelState.IsValidAsync(validator, form, HttpContext.RequestAborted))
        {
            return View(form);
        }

        var person = await people.FindByEmailAsync(form.Email.Trim());
        if (person is not null && person.IsActive && await people.IsEmailConfirmedAsync(person))
        {
            var token = await people.GeneratePasswordResetTokenAsync(person);
            var link = AbsoluteUrl(nameof(ResetPassword), new { code = Encode(token) });
            await email.SendAsync(AccountEmails.ResetPassword(person.Email!, person.FullName, link));
            LogResetRequested(logger, person.Id);
        }

        return RedirectToAction(nameof(ForgotPasswordConfirmation));
    }

    [HttpGet]
    public IActionResult ForgotPasswordConfirmation() => View();

    [HttpGet]
    public IActionResult ResetPassword(string? code) =>
        string.IsNullOrEmpty(code) ? View("ResetPasswordFailed") : View(new ResetPasswordForm { Code = code });

    [HttpPost]
    public async Task<IActionResult> ResetPassword(ResetPasswordForm form, [FromServices] IValidator<ResetPasswordForm> validator)
    {
        if (!await ModelState.IsValidAsync(validator, form, HttpContext.RequestAborted))
        {
            return View(form);
        }

        var person = await people.FindByEmailAsync(form.Email.Trim());
        if (person is null || !TryDecode(form.Code, out var token))
        {
            ModelState.AddModelError("", "The reset link has expired, was used already, or was sent to another email address. Ask for a new one.");
            return View(form);
        }

        var result = await people.ResetPasswordAsync(person, token, form.Password);
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors)
            {
                ModelState.AddModelError(
                    error.Code == "InvalidToken" ? "" : nameof(ResetPasswordForm.Password),
                    error.Code == "InvalidToken"
                        ? "The reset link has expired, was used already, or was sent to another email address. Ask for a new one."
                        : error.Description);
            }

            return View(form);
        }

        LogPasswordReset(logger, person.Id);
        this.Flash("Your password has been reset. You can now sign in with it.");
        return RedirectToAction(nameof(Login));
    }

    private async Task SendConfirmation(Person person)
    {
        var token = await people.GenerateEmailConfirmationTokenAsync(person);
        var link = AbsoluteUrl(nameof(ConfirmEmail), new { personId = person.Id, code = Encode(token) });
        await email.SendAsync(AccountEmails.ConfirmEmail(person.Email!, person.FullName, link));
    }

    private string AbsoluteUrl(string action, object? values = null) =>
        Url.Action(action, "Account", values, Request.Scheme) ?? "/";

    private static string Encode(string token) => WebEncoders.Base64UrlEncode(Encoding.UTF8.GetBytes(token));

    private static bool TryDecode(string code, out string token)
    {
        try
        {
            token = Encoding.UTF8.GetString(WebEncoders.Base64UrlDecode(code));
            return true;
        }
        catch (FormatException)
        {
            token = "";
            return false;
        }
    }

    [LoggerMessage(LogLevel.Information, "Person {PersonId} signed in")]
    private static partial void LogSignedIn(ILogger logger, string personId);

    [LoggerMessage(LogLevel.Warning, "Sign-in refused (locked out: {LockedOut})")]
    private static partial void LogSignInRefused(ILogger logger, bool lockedOut);

    [LoggerMessage(LogLevel.Information, "Person {PersonId} registered")]
    private static partial void LogRegistered(ILogger logger, string personId);

    [LoggerMessage(LogLevel.Information, "Person {PersonId} confirmed their email address")]
    private static partial void LogEmailConfirmed(ILogger logger, string personId);

    [LoggerMessage(LogLevel.Information, "Password reset requested for person {PersonId}")]
    private static partial void LogResetRequested(ILogger logger, string personId);

    [LoggerMessage(LogLevel.Information, "Person {PersonId} reset their password")]
    private static partial void LogPasswordReset(ILogger logger, string personId);
}
