using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using StretchPortal.Web.Domain;
using StretchPortal.Web.Features.Shared;
using StretchPortal.Web.Infrastructure.Web;
using StretchPortal.Web.Security;

namespace StretchPortal.Web.Features.People;

/// <summary>Administrators find people, set their roles, and deactivate or reactivate their accounts.</summary>
[Authorize(Policy = Capabilities.ManagePeople)]
public sealed class PeopleController(PeopleService people) : Controller
{
    [HttpGet]
    public async Task<IActionResult> Index(string? search, int page = 1) =>
        View(await people.SearchAsync(search, page, HttpContext.RequestAborted));

    [HttpGet]
    public async Task<IActionResult> Details(string id)
    {
        var model = await people.DetailsAsync(id, User.PersonId(), HttpContext.RequestAborted);
        return model is null ? NotFound() : View(model);
    }

    [HttpPost]
    [ActionName("Roles")]
    public async Task<IActionResult> ChangeRoles(string id, ChangeRolesForm form, [FromServices] IValidator<ChangeRolesForm> validator)
    {
        var person = await people.FindAsync(id);
        if (person is null)
        {
            return NotFound();
        }

        if (await ModelState.IsValidAsync(validator, form, HttpContext.RequestAborted))
        {
            var outcome = await people.ChangeRolesAsync(person, form.Roles, User.PersonId(), HttpContext.RequestAborted);
            if (outcome.Succeeded)
            {
                this.Flash($"The roles of {person.FullName} have been saved.");
                return RedirectToAction(nameof(Details), new { id });
            }

            ModelState.AddModelError(nameof(ChangeRolesForm.Roles), outcome.Refusal ?? PeopleService.ChangedElsewhere);
        }

        return await DetailsAgain(id);
    }

    [HttpPost]
    public async Task<IActionResult> Deactivate(string id)
    {
        var person = await people.FindAsync(id);
        if (person is null)
        {
            return NotFound();
        }

        var outcome = await people.DeactivateAsync(person, User.PersonId(), HttpContext.RequestAborted);
        return await Done(person, outcome, $"{person.FullName} has been deactivated and can no longer sign in.");
    }

    [HttpPost]
    public async Task<IActionResult> Reactivate(string id)
    {
        var person = await people.FindAsync(id);
        if (person is null)
        {
            return NotFound();
        }

        var outcome = await people.ReactivateAsync(person, User.PersonId(), HttpContext.RequestAborted);
        return await Done(person, outcome, $"{person.FullName} has been reactivated and can sign in again.");
    }

    [HttpGet]
    public async Task<IActionResult> Erase(string id)
    {
        var model = await people.DetailsAsync(id, User.PersonId(), HttpContext.RequestAborted);
        return model is null ? NotFound() : View(new ErasePersonViewModel(model, new ErasePersonForm()));
    }

    [HttpPost]
    [ActionName("Erase")]
    public async Task<IActionResult> ErasePerson(
        string id, ErasePersonForm form, [FromServices] IValidator<ErasePersonForm> validator, [FromServices] ErasureService erasure)
    {
        var model = await people.DetailsAsync(id, User.PersonId(), HttpContext.RequestAborted);
        if (model is null)
        {
            return NotFound();
        }

        if (await ModelState.IsValidAsync(validator, form, HttpContext.RequestAborted))
        {
            var outcome = await erasure.EraseAsync(id, form.Reason!, User.PersonId(), HttpContext.RequestAborted);
            if (outcome.Succeeded)
            {
                this.Flash("The person has been erased. Their records remain in the figures, without their personal details.");
                return RedirectToAction(nameof(Details), new { id });
            }

            ModelState.AddModelError(nameof(ErasePersonForm.Reason), outcome.Refusal ?? PeopleService.ChangedElsewhere);
        }

        return View(new ErasePersonViewModel(model, form));
    }

    private async Task<IActionResult> Done(Person person, Outcome outcome, string message)
    {
        if (outcome.Succeeded)
        {
            this.Flash(message);
            return RedirectToAction(nameof(Details), new { id = person.Id });
        }

        ModelState.AddModelError("", outcome.Refusal ?? PeopleService.ChangedElsewhere);
        return await DetailsAgain(person.Id);
    }

    private async Task<IActionResult> DetailsAgain(string id)
    {
        var model = await people.DetailsAsync(id, User.PersonId(), HttpContext.RequestAborted);
        return model is null ? NotFound() : View(nameof(Details), model);
    }
}
