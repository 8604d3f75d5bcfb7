using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using StretchPortal.Web.Features.Shared;
using StretchPortal.Web.Infrastructure.Web;
using StretchPortal.Web.Security;

namespace StretchPortal.Web.Features.Profile;

/// <summary>
/// Each signed-in person's own profile and password. No route carries an id: the person is always the one signed in.
/// </summary>
public sealed class ProfileController(ProfileService profile) : Controller
{
    [HttpGet]
    public async Task<IActionResult> Index()
    {
        var model = await profile.DetailsAsync(User.PersonId(), HttpContext.RequestAborted);
        return model is null ? NotFound() : View(model);
    }

    [HttpGet]
    public async Task<IActionResult> Edit()
    {
        var form = await profile.EditFormAsync(User.PersonId(), HttpContext.RequestAborted);
        return form is null ? NotFound() : View(form);
    }

    [HttpPost]
    public async Task<IActionResult> Edit(EditProfileForm form, [FromServices] IValidator<EditProfileForm> validator)
    {
        var personId = User.PersonId();
        var cancellationToken = HttpContext.RequestAborted;
        if (await ModelState.IsValidAsync(validator, form, cancellationToken))
        {
            var outcome = await profile.UpdateAsync(personId, form, cancellationToken);
            if (outcome.Succeeded)
            {
                this.Flash("Your profile has been updated.");
                return RedirectToAction(nameof(Index));
            }

            if (outcome.Refusal == ProfileService.ChangedElsewhere)
            {
                ModelState.AddModelError("", outcome.Refusal);
                form.ConcurrencyStamp = await profile.ConcurrencyStampAsync(personId, cancellationToken);
            }
            else
            {
                ModelState.AddModelError(nameof(EditProfileForm.OrganisationId), outcome.Refusal ?? ProfileService.OrganisationNotOffered);
            }
        }

        await profile.OfferChoicesAsync(form, personId, cancellationToken);
        return View(form);
    }

    [HttpGet]
    public IActionResult ChangePassword() => View(new ChangePasswordForm());

    [HttpPost]
    public async Task<IActionResult> ChangePassword(ChangePasswordForm form, [FromServices] IValidator<ChangePasswordForm> validator)
    {
        if (await ModelState.IsValidAsync(validator, form, HttpContext.RequestAborted))
        {
            var result = await profile.ChangePasswordAsync(User.PersonId(), form);
            if (result.Succeeded)
            {
                this.Flash("Your password has been changed.");
                return RedirectToAction(nameof(Index));
            }

            foreach (var error in result.Errors)
            {
                if (error.Code == "PasswordMismatch")
                {
                    ModelState.AddModelError(nameof(ChangePasswordForm.CurrentPassword), "Your current password is not correct");
                }
                else
                {
                    ModelState.AddModelError(nameof(ChangePasswordForm.NewPassword), error.Description);
                }
            }
        }

        return View(new ChangePasswordForm());
    }

    [HttpGet]
    public IActionResult ChangeEmail() => View(new ChangeEmailForm());

    [HttpPost]
    public async Task<IActionResult> ChangeEmail(ChangeEmailForm form, [FromServices] IValidator<ChangeEmailForm> validator)
    {
        if (await ModelState.IsValidAsync(validator, form, HttpContext.RequestAborted))
        {
            var sent = await profile.RequestEmailChangeAsync(
                User.PersonId(),
                form,
                (address, code) => Url.Action(nameof(ConfirmEmailChange), "Profile", new { email = address, code }, Request.Scheme) ?? "/");
            if (sent)
            {
                this.Flash($"We have sent a link to {form.NewEmail.Trim()}. Open it and confirm to finish changing your email address.");
                return RedirectToAction(nameof(Index));
            }

            ModelState.AddModelError(nameof(ChangeEmailForm.Password), "Your password is not correct");
        }

        form.Password = "";
        return View(form);
    }

    [HttpGet]
    public IActionResult ConfirmEmailChange(string? email, string? code) =>
        string.IsNullOrEmpty(email) || string.IsNullOrEmpty(code)
            ? View("ConfirmEmailChangeFailed")
            : View(new ConfirmEmailChangeForm { Email = email, Code = code });

    [HttpPost]
    public async Task<IActionResult> ConfirmEmailChange(ConfirmEmailChangeForm form)
    {
        if (!await profile.ConfirmEmailChangeAsync(User.PersonId(), form))
        {
            return View("ConfirmEmailChangeFailed");
        }

        this.Flash("Your email address has been changed. Use it to sign in from now on.");
        return RedirectToAction(nameof(Index));
    }
}
