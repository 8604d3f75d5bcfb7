using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using StretchPortal.Web.Features.Shared;
using StretchPortal.Web.Infrastructure.Web;
using StretchPortal.Web.Security;

namespace StretchPortal.Web.Features.Equality;

/// <summary>
/// Each signed-in person's own equality monitoring answers. No route carries an id: the declaration shown or changed
/// is always the signed-in person's, so nobody can reach anyone else's.
/// </summary>
public sealed class EqualityController(EqualityService equality) : Controller
{
    [HttpGet]
    public async Task<IActionResult> Index() =>
        View(await equality.DeclarationAsync(User.PersonId(), HttpContext.RequestAborted));

    [HttpGet]
    public async Task<IActionResult> Edit() =>
        View(await equality.FormAsync(User.PersonId(), HttpContext.RequestAborted));

    [HttpPost]
    public async Task<IActionResult> Edit(DeclareEqualityForm form, [FromServices] IValidator<DeclareEqualityForm> validator)
    {
        var personId = User.PersonId();
        var cancellationToken = HttpContext.RequestAborted;
        if (await ModelState.IsValidAsync(validator, form, cancellationToken))
        {
            var outcome = await equality.DeclareAsync(personId, form, cancellationToken);
            if (outcome.Succeeded)
            {
                this.Flash("Your equality monitoring answers have been saved.");
                return RedirectToAction(nameof(Index));
            }

            ModelState.AddModelError("", outcome.Refusal!);
            ModelState.Remove(nameof(DeclareEqualityForm.Version));
            form.Version = await equality.VersionAsync(personId, cancellationToken);
        }

        return View(form);
    }

    [HttpGet]
    public async Task<IActionResult> Withdraw()
    {
        var declaration = await equality.DeclarationAsync(User.PersonId(), HttpContext.RequestAborted);
        return declaration is null ? RedirectToAction(nameof(Index)) : View();
    }

    [HttpPost]
    [ActionName(nameof(Withdraw))]
    public async Task<IActionResult> WithdrawConfirmed()
    {
        await equality.WithdrawAsync(User.PersonId(), HttpContext.RequestAborted);
        this.Flash("Your equality monitoring answers have been deleted.");
        return RedirectToAction(nameof(Index));
    }
}
