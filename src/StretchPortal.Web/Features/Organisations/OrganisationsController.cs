using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using StretchPortal.Web.Features.Shared;
using StretchPortal.Web.Infrastructure.Web;
using StretchPortal.Web.Security;

namespace StretchPortal.Web.Features.Organisations;

/// <summary>Reference data: the organisations that people work for and that own programmes.</summary>
[Authorize(Policy = Capabilities.ManageReferenceData)]
public sealed class OrganisationsController(OrganisationsService organisations) : Controller
{
    [HttpGet]
    public async Task<IActionResult> Index() => View(await organisations.ListAsync(HttpContext.RequestAborted));

    [HttpGet]
    public IActionResult Create() => View(new CreateOrganisationForm());

    [HttpPost]
    public async Task<IActionResult> Create(CreateOrganisationForm form, [FromServices] IValidator<CreateOrganisationForm> validator)
    {
        if (!await ModelState.IsValidAsync(validator, form, HttpContext.RequestAborted))
        {
            return View(form);
        }

        var outcome = await organisations.CreateAsync(form, HttpContext.RequestAborted);
        if (!outcome.Succeeded)
        {
            ModelState.AddModelError(nameof(CreateOrganisationForm.Name), outcome.Refusal ?? OrganisationsService.NameTaken);
            return View(form);
        }

        this.Flash($"{form.Name.Trim()} has been added.");
        return RedirectToAction(nameof(Index));
    }

    [HttpGet]
    public async Task<IActionResult> Edit(Guid id)
    {
        var form = await organisations.EditFormAsync(id, HttpContext.RequestAborted);
        return form is null ? NotFound() : View(form);
    }

    [HttpPost]
    public async Task<IActionResult> Edit(Guid id, EditOrganisationForm form, [FromServices] IValidator<EditOrganisationForm> validator)
    {
        var organisation = await organisations.FindAsync(id, HttpContext.RequestAborted);
        if (organisation is null)
        {
            return NotFound();
        }

        form.Id = id;
        if (!await ModelState.IsValidAsync(validator, form, HttpContext.RequestAborted))
        {
            return View(form);
        }

        var outcome = await organisations.EditAsync(organisation, form, HttpContext.RequestAborted);
        if (outcome.Succeeded)
        {
            this.Flash($"{organisation.Name} has been updated.");
            return RedirectToAction(nameof(Index));
        }

        if (outcome.Refusal == OrganisationsService.ChangedElsewhere)
        {
            ModelState.AddModelError("", outcome.Refusal);
            form.Version = organisation.Version;
        }
        else
        {
            ModelState.AddModelError(nameof(EditOrganisationForm.Name), outcome.Refusal ?? OrganisationsService.NameTaken);
        }

        return View(form);
    }

    [HttpPost]
    public async Task<IActionResult> Archive(Guid id)
    {
        var organisation = await organisations.FindAsync(id, HttpContext.RequestAborted);
        if (organisation is null)
        {
            return NotFound();
        }

        await organisations.ArchiveAsync(organisation, HttpContext.RequestAborted);
        this.Flash($"{organisation.Name} has been archived. It is no longer offered for new records.");
        return RedirectToAction(nameof(Index));
    }

    [HttpPost]
    public async Task<IActionResult> Restore(Guid id)
    {
        var organisation = await organisations.FindAsync(id, HttpContext.RequestAborted);
        if (organisation is null)
        {
            return NotFound();
        }

        await organisations.RestoreAsync(organisation, HttpContext.RequestAborted);
        this.Flash($"{organisation.Name} has been restored.");
        return RedirectToAction(nameof(Index));
    }
}
