using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using StretchPortal.Web.Domain;
using StretchPortal.Web.Features.Shared;
using StretchPortal.Web.Infrastructure.Web;
using StretchPortal.Web.Security;

namespace StretchPortal.Web.Features.PdrObjectives;

/// <summary>
/// Each signed-in person's own PDR objectives, which their stretch assignments can link to. Another person's
/// objective is not found, never shown.
/// </summary>
public sealed partial class PdrObjectivesController(
    PdrObjectivesService objectives,
    IAuthorizationService authorization,
    ILogger<PdrObjectivesController> logger) : Controller
{
    [HttpGet]
    public async Task<IActionResult> Index() =>
        View(await objectives.ListAsync(User.PersonId(), HttpContext.RequestAborted));

    [HttpGet]
    public IActionResult Create() => View(objectives.NewForm());

    [HttpPost]
    public async Task<IActionResult> Create(CreatePdrObjectiveForm form, [FromServices] IValidator<CreatePdrObjectiveForm> validator)
    {
        if (!await ModelState.IsValidAsync(validator, form, HttpContext.RequestAborted))
        {
            return View(form);
        }

        await objectives.CreateAsync(User.PersonId(), form, HttpContext.RequestAborted);
        this.Flash("Your PDR objective has been added.");
        return RedirectToAction(nameof(Index));
    }

    [HttpGet]
    public async Task<IActionResult> Edit(Guid id)
    {
        var objective = await OwnAsync(id, forChange: false, Operations.View);
        return objective is null ? NotFound() : View(PdrObjectivesService.EditForm(objective));
    }

    [HttpPost]
    public async Task<IActionResult> Edit(Guid id, EditPdrObjectiveForm form, [FromServices] IValidator<EditPdrObjectiveForm> validator)
    {
        var objective = await OwnAsync(id, forChange: true, Operations.Manage);
        if (objective is null)
        {
            return NotFound();
        }

        form.Id = id;
        if (!await ModelState.IsValidAsync(validator, form, HttpContext.RequestAborted))
        {
            return View(form);
        }

        var outcome = await objectives.EditAsync(objective, form, HttpContext.RequestAborted);
        if (!outcome.Succeeded)
        {
            ModelState.AddModelError("", outcome.Refusal!);
            form.Version = objective.Version;
            return View(form);
        }

        this.Flash("Your PDR objective has been updated.");
        return RedirectToAction(nameof(Index));
    }

    [HttpPost]
    public async Task<IActionResult> Delete(Guid id)
    {
        var objective = await OwnAsync(id, forChange: true, Operations.Manage);
        if (objective is null)
        {
            return NotFound();
        }

        var outcome = await objectives.DeleteAsync(objective, HttpContext.RequestAborted);
        if (!outcome.Succeeded)
        {
            ModelState.AddModelError("", outcome.Refusal!);
            return View(nameof(Edit), PdrObjectivesService.EditForm(objective));
        }

        this.Flash("Your PDR objective has been deleted.");
        return RedirectToAction(nameof(Index));
    }

    /// <summary>The objective if it exists and is the signed-in person's; null (not found) otherwise, logging a refusal.</summary>
    private async Task<PdrObjective?> OwnAsync(Guid id, bool forChange, OperationAuthorizationRequirement operation)
    {
        var objective = await objectives.FindAsync(id, forChange, HttpContext.RequestAborted);
        if (objective is null)
        {
            return null;
        }

        if (!(await authorization.AuthorizeAsync(User, objective, operation)).Succeeded)
        {
            LogRefused(logger, User.PersonId(), objective.Id);
            return null;
        }

        return objective;
    }

    [LoggerMessage(LogLevel.Warning, "Person {PersonId} refused access to PDR objective {ObjectiveId}: not theirs")]
    private static partial void LogRefused(ILogger logger, string personId, Guid objectiveId);
}
