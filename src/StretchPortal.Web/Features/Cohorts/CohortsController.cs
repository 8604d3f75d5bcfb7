using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using StretchPortal.Web.Domain;
using StretchPortal.Web.Features.Programmes;
using StretchPortal.Web.Features.Shared;
using StretchPortal.Web.Infrastructure.Web;
using StretchPortal.Web.Security;

namespace StretchPortal.Web.Features.Cohorts;

/// <summary>
/// A programme's leads add cohorts, see who is enrolled in each, and change a cohort's name and dates. Every action
/// is decided on the cohort's programme by <see cref="ProgrammeAuthorizationHandler"/>.
/// </summary>
public sealed partial class CohortsController(
    CohortsService cohorts,
    ProgrammesService programmes,
    IAuthorizationService authorization,
    ILogger<CohortsController> logger) : Controller
{
    [HttpGet]
    public async Task<IActionResult> Details(Guid id)
    {
        var cohort = await cohorts.FindAsync(id, HttpContext.RequestAborted);
        if (cohort is null)
        {
            return NotFound();
        }

        if (!await MayManage(cohort.Programme!))
        {
            return Forbid();
        }

        return View(await cohorts.DetailsAsync(id, HttpContext.RequestAborted));
    }

    [HttpGet]
    [Authorize(Policy = Capabilities.ManageProgrammes)]
    public async Task<IActionResult> Create(Guid programmeId)
    {
        var programme = await programmes.FindAsync(programmeId, HttpContext.RequestAborted);
        if (programme is null)
        {
            return NotFound();
        }

        if (!await MayManage(programme))
        {
            return Forbid();
        }

        return View(new CreateCohortForm { ProgrammeId = programme.Id, ProgrammeName = programme.Name });
    }

    [HttpPost]
    [Authorize(Policy = Capabilities.ManageProgrammes)]
    public async Task<IActionResult> Create(Guid programmeId, CreateCohortForm form, [FromServices] IValidator<CreateCohortForm> validator)
    {
        var programme = await programmes.FindAsync(programmeId, HttpContext.RequestAborted);
        if (programme is null)
        {
            return NotFound();
        }

        if (!await MayManage(programme))
        {
            return Forbid();
        }

        form.ProgrammeId = programme.Id;
        form.ProgrammeName = programme.Name;
        if (!await ModelState.IsValidAsync(validator, form, HttpContext.RequestAborted))
        {
            return View(form);
        }

        var result = await cohorts.CreateAsync(programme, form, HttpContext.RequestAborted);
        LogCreated(logger, User.PersonId(), result.Id!.Value, programme.Id);
        this.Flash("Cohort added. You can now enrol its mentees.");
        return RedirectToAction(nameof(Details), new { id = result.Id });
    }

    [HttpGet]
    public async Task<IActionResult> Edit(Guid id)
    {
        var cohort = await cohorts.FindAsync(id, HttpContext.RequestAborted);
        if (cohort is null)
        {
            return NotFound();
        }

        if (!await MayManage(cohort.Programme!))
        {
            return Forbid();
        }

        return View(WithNames(CohortsService.EditForm(cohort), cohort));
    }

    [HttpPost]
    public async Task<IActionResult> Edit(Guid id, EditCohortForm form, [FromServices] IValidator<EditCohortForm> validator)
    {
        var cohort = await cohorts.FindAsync(id, HttpContext.RequestAborted);
        if (cohort is null)
        {
            return NotFound();
        }

        if (!await MayManage(cohort.Programme!))
        {
            return Forbid();
        }

        if (!await ModelState.IsValidAsync(validator, form, HttpContext.RequestAborted))
        {
            return View(WithNames(form, cohort));
        }

        var result = await cohorts.EditAsync(cohort, form, HttpContext.RequestAborted);
        if (!result.Succeeded)
        {
            ModelState.AddFormErrors(result);
            form.Version = cohort.Version;
            return View(WithNames(form, cohort));
        }

        LogEdited(logger, User.PersonId(), cohort.Id);
        this.Flash("Cohort saved.");
        return RedirectToAction(nameof(Details), new { id });
    }

    private async Task<bool> MayManage(Programme programme)
    {
        var allowed = (await authorization.AuthorizeAsync(User, programme, Operations.Manage)).Succeeded;
        if (!allowed)
        {
            LogRefused(logger, User.PersonId(), programme.Id);
        }

        return allowed;
    }

    private static EditCohortForm WithNames(EditCohortForm form, Cohort cohort)
    {
        form.ProgrammeId = cohort.ProgrammeId;
        form.ProgrammeName = cohort.Programme!.Name;
        form.SavedName = cohort.Name;
        return form;
    }

    [LoggerMessage(LogLevel.Information, "Person {PersonId} added cohort {CohortId} to programme {ProgrammeId}")]
    private static partial void LogCreated(ILogger logger, string personId, Guid cohortId, Guid programmeId);

    [LoggerMessage(LogLevel.Information, "Person {PersonId} edited cohort {CohortId}")]
    private static partial void LogEdited(ILogger logger, string personId, Guid cohortId);

    [LoggerMessage(LogLevel.Warning, "Person {PersonId} was refused programme {ProgrammeId} (cohorts)")]
    private static partial void LogRefused(ILogger logger, string personId, Guid programmeId);
}
