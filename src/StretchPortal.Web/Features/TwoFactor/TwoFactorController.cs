using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using StretchPortal.Web.Domain;
using StretchPortal.Web.Features.Shared;
using StretchPortal.Web.Infrastructure.Web;

namespace StretchPortal.Web.Features.TwoFactor;

/// <summary>
/// Two-factor authentication with an authenticator app: each person's own set-up under their profile (no route carries
/// an id), and the second step of signing in (/Account/LoginWith2fa, /Account/LoginWithRecoveryCode).
/// </summary>
[AllowedBeforeTwoFactor]
public sealed class TwoFactorController(TwoFactorService twoFactor, UserManager<Person> people, SignInManager<Person> signIn) : Controller
{
    private const string WrongCode = "The code is not correct or has expired. Enter the code your authenticator app shows now.";

    [HttpGet]
    public async Task<IActionResult> Index() => View(await twoFactor.StatusAsync(await CurrentAsync()));

    [HttpGet]
    public async Task<IActionResult> Setup()
    {
        var person = await CurrentAsync();
        return person.TwoFactorEnabled ? RedirectToAction(nameof(Index)) : View(await twoFactor.SetupAsync(person));
    }

    [HttpPost]
    public async Task<IActionResult> Setup(EnableTwoFactorForm form, [FromServices] IValidator<EnableTwoFactorForm> validator)
    {
        var person = await CurrentAsync();
        if (person.TwoFactorEnabled)
        {
            return RedirectToAction(nameof(Index));
        }

        if (await ModelState.IsValidAsync(validator, form, HttpContext.RequestAborted))
        {
            var codes = await twoFactor.EnableAsync(person, form.Code);
            if (codes is not null)
            {
                ViewData["Heading"] = "Two-factor authentication is on";
                return View("RecoveryCodes", new RecoveryCodesViewModel(codes));
            }

            ModelState.AddModelError(nameof(EnableTwoFactorForm.Code), WrongCode);
        }

        return View(await twoFactor.SetupAsync(person));
    }

    [HttpPost]
    public async Task<IActionResult> RecoveryCodes()
    {
        var person = await CurrentAsync();
        if (!person.TwoFactorEnabled)
        {
            return RedirectToAction(nameof(Index));
        }

        ViewData["Heading"] = "Your new recovery codes";
        return View(new RecoveryCodesViewModel(await twoFactor.NewRecoveryCodesAsync(person)));
    }

    [HttpGet]
    public IActionResult Disable() => View(new ConfirmPasswordForm());

    [HttpPost]
    public Task<IActionResult> Disable(ConfirmPasswordForm form, [FromServices] IValidator<ConfirmPasswordForm> validator) =>
        TurnOffAsync(form, validator, newKey: false, nameof(Disable));

    [HttpGet]
    public IActionResult Reset() => View(new ConfirmPasswordForm());

    [HttpPost]
    public Task<IActionResult> Reset(ConfirmPasswordForm form, [FromServices] IValidator<ConfirmPasswordForm> validator) =>
        TurnOffAsync(form, validator, newKey: true, nameof(Reset));

    [AllowAnonymous]
    [HttpGet("/Account/LoginWith2fa")]
    public async Task<IActionResult> LoginWith2fa(string? returnUrl) =>
        await signIn.GetTwoFactorAuthenticationUserAsync() is null
            ? RedirectToAction("Login", "Account")
            : View(new SignInCodeForm { ReturnUrl = returnUrl });

    [AllowAnonymous]
    [HttpPost("/Account/LoginWith2fa")]
    public async Task<IActionResult> LoginWith2fa(SignInCodeForm form, [FromServices] IValidator<SignInCodeForm> validator)
    {
        var person = await signIn.GetTwoFactorAuthenticationUserAsync();
        if (person is null)
        {
            return RedirectToAction("Login", "Account");
        }

        if (!await ModelState.IsValidAsync(validator, form, HttpContext.RequestAborted))
        {
            return View(form);
        }

        var result = await twoFactor.SignInAsync(person, form.Code, recovery: false);
        if (result.Succeeded)
        {
            return LocalRedirect(Url.IsLocalUrl(form.ReturnUrl) ? form.ReturnUrl : "/");
        }

        ModelState.AddModelError(nameof(SignInCodeForm.Code), result.IsLockedOut ? Locked : WrongCode);
        form.Code = "";
        return View(form);
    }

    [AllowAnonymous]
    [HttpGet("/Account/LoginWithRecoveryCode")]
    public async Task<IActionResult> LoginWithRecoveryCode(string? returnUrl) =>
        await signIn.GetTwoFactorAuthenticationUserAsync() is null
            ? RedirectToAction("Login", "Account")
            : View(new RecoveryCodeForm { ReturnUrl = returnUrl });

    [AllowAnonymous]
    [HttpPost("/Account/LoginWithRecoveryCode")]
    public async Task<IActionResult> LoginWithRecoveryCode(RecoveryCodeForm form, [FromServices] IValidator<RecoveryCodeForm> validator)
    {
        var person = await signIn.GetTwoFactorAuthenticationUserAsync();
        if (person is null)
        {
            return RedirectToAction("Login", "Account");
        }

        if (!await ModelState.IsValidAsync(validator, form, HttpContext.RequestAborted))
        {
            return View(form);
        }

        var result = await twoFactor.SignInAsync(person, form.RecoveryCode, recovery: true);
        if (result.Succeeded)
        {
            this.Flash("You signed in with a recovery code, which cannot be used again. If you have lost your authenticator app, set up two-factor authentication again from your profile.");
            return LocalRedirect(Url.IsLocalUrl(form.ReturnUrl) ? form.ReturnUrl : "/");
        }

        ModelState.AddModelError(
            nameof(RecoveryCodeForm.RecoveryCode),
            result.IsLockedOut ? Locked : "The recovery code is not correct or has been used already");
        form.RecoveryCode = "";
        return View(form);
    }

    private const string Locked = "Your account is locked for 15 minutes after too many attempts. Try again later.";

    private async Task<IActionResult> TurnOffAsync(ConfirmPasswordForm form, IValidator<ConfirmPasswordForm> validator, bool newKey, string view)
    {
        if (await ModelState.IsValidAsync(validator, form, HttpContext.RequestAborted))
        {
            if (await twoFactor.DisableAsync(await CurrentAsync(), form.Password, newKey))
            {
                if (newKey)
                {
                    return RedirectToAction(nameof(Setup));
                }

                this.Flash("Two-factor authentication is off.");
                return RedirectToAction(nameof(Index));
            }

            ModelState.AddModelError(nameof(ConfirmPasswordForm.Password), "Your password is not correct");
        }

        return View(view, new ConfirmPasswordForm());
    }

    private async Task<Person> CurrentAsync() =>
        await people.GetUserAsync(User) ?? throw new InvalidOperationException("The signed-in person no longer exists.");
}
