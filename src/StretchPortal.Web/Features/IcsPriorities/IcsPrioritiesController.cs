using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using StretchPortal.Web.Features.Shared;
using StretchPortal.Web.Infrastructure.Web;
using StretchPortal.Web.Security;

namespace StretchPortal.Web.Features.IcsPriorities;

/// <summary>Reference data: the ICS priorities that stretch assignments serve.</summary>
[Authorize(Policy = Capabilities.ManageReferenceData)]
public sealed class IcsPrioritiesController(IcsPrioritiesService priorities) : Controller
{
    [HttpGet]
    public async Task<IActionResult> Index() => View(await priorities.ListAsync(HttpContext.RequestAborted));

    [HttpGet]
    public IActionResult Create() => View(new CreateIcsPriorityForm());

    [HttpPost]
    public async Task<IActionResult> Create(CreateIcsPriorityForm form, [FromServices] IValidator<CreateIcsPriorityForm> validator)
    {
        if (!await ModelState.IsValidAsync(validator, form, HttpContext.RequestAborted))
        {
            return View(form);
        }

        var outcome = await priorities.CreateAsync(form, HttpContext.RequestAborted);
        if (!outcome.Succeeded)
        {
            ModelState.AddModelError(nameof(CreateIcsPriorityForm.Name), outcome.Refusal ?? IcsPrioritiesService.NameTaken);
            return View(form);
        }

        this.Flash($"{form.Name.Trim()} has been added.");
        return RedirectToAction(nameof(Index));
    }

    [HttpGet]
    public async Task<IActionResult> Edit(Guid id)
    {
        var form = await priorities.EditFormAsync(id, HttpContext.RequestAborted);
        return form is null ? NotFound() : View(form);
    }

    [HttpPost]
    public async Task<IActionResult> Edit(Guid id, EditIcsPriorityForm form, [FromServices] IValidator<EditIcsPriorityForm> validator)
    {
        var priority = await priorities.FindAsync(id, HttpContext.RequestAborted);
        if (priority is null)
        {
            return NotFound();
        }

        form.Id = id;
        if (!await ModelState.IsValidAsync(validator, form, HttpContext.RequestAborted))
        {
            return View(form);
        }

        var outcome = await priorities.EditAsync(priority, form, HttpContext.RequestAborted);
        if (outcome.Succeeded)
        {
            this.Flash($"{priority.Name} has been updated.");
            return RedirectToAction(nameof(Index));
        }

        if (outcome.Refusal == IcsPrioritiesService.ChangedElsewhere)
        {
            ModelState.AddModelError("", outcome.Refusal);
            form.Version = priority.Version;
        }
        else
        {
            ModelState.AddModelError(nameof(EditIcsPriorityForm.Name), outcome.Refusal ?? IcsPrioritiesService.NameTaken);
        }

        return View(form);
    }

    [HttpPost]
    public async Task<IActionResult> Archive(Guid id)
    {
        var priority = await priorities.FindAsync(id, HttpContext.RequestAborted);
        if (priority is null)
        {
            return NotFound();
        }

        await priorities.ArchiveAsync(priority, HttpContext.RequestAborted);
        this.Flash($"{priority.Name} has been archived. It is no longer offered for new assignments.");
        return RedirectToAction(nameof(Index));
    }

    [HttpPost]
    public async Task<IActionResult> Restore(Guid id)
    {
        var priority = await priorities.FindAsync(id, HttpContext.RequestAborted);
        if (priority is null)
        {
            return NotFound();
        }

        await priorities.RestoreAsync(priority, HttpContext.RequestAborted);
        this.Flash($"{priority.Name} has been restored.");
        return RedirectToAction(nameof(Index));
    }
}
