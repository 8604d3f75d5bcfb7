using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using StretchPortal.Web.Domain;
using StretchPortal.Web.Features.Cohorts;
using StretchPortal.Web.Features.Programmes;
using StretchPortal.Web.Features.Shared;
using StretchPortal.Web.Infrastructure.Web;
using StretchPortal.Web.Security;

namespace StretchPortal.Web.Features.Enrolments;

/// <summary>
/// A programme's leads enrol mentees in its cohorts with their mentor, sponsor and coach, change that support
/// network, and withdraw mentees. Every action is decided on the programme by <see cref="ProgrammeAuthorizationHandler"/>.
/// </summary>
public sealed partial class EnrolmentsController(
    EnrolmentsService enrolments,
    CohortsService cohorts,
    IAuthorizationService authorization,
    ILogger<EnrolmentsController> logger) : Controller
{
    [HttpGet]
    [Authorize(Policy = Capabilities.ManageProgrammes)]
    public async Task<IActionResult> Create(Guid cohortId)
    {
        var cohort = await cohorts.FindAsync(cohortId, HttpContext.RequestAborted);
        if (cohort is null)
        {
            return NotFound();
        }

        if (!await MayManage(cohort.Programme!))
        {
            return Forbid();
        }

        return View(Placed(new CreateEnrolmentForm(), cohort));
    }

    [HttpPost]
    [Authorize(Policy = Capabilities.ManageProgrammes)]
    public async Task<IActionResult> Create(Guid cohortId, CreateEnrolmentForm form, [FromServices] IValidator<CreateEnrolmentForm> validator)
    {
        var cohort = await cohorts.FindAsync(cohortId, HttpContext.RequestAborted);
        if (cohort is null)
        {
            return NotFound();
        }

        if (!await MayManage(cohort.Programme!))
        {
            return Forbid();
        }

        Placed(form, cohort);
        if (!await ModelState.IsValidAsync(validator, form, HttpContext.RequestAborted))
        {
            return View(form);
        }

        var result = await enrolments.EnrolAsync(cohort, form, HttpContext.RequestAborted);
        if (!result.Succeeded)
        {
            ModelState.AddFormErrors(result);
            return View(form);
        }

        LogEnrolled(logger, User.PersonId(), result.Id!.Value, cohort.Id);
        this.Flash("Mentee enrolled. They, their mentor, sponsor and coach can now see the enrolment.");
        return RedirectToAction(nameof(CohortsController.Details), "Cohorts", new { id = cohort.Id });
    }

    [HttpGet]
    public async Task<IActionResult> Edit(Guid id)
    {
        var enrolment = await enrolments.FindAsync(id, HttpContext.RequestAborted);
        if (enrolment is null)
        {
            return NotFound();
        }

        if (!await MayManage(enrolment.Cohort!.Programme!))
        {
            return Forbid();
        }

        return View(Placed(EnrolmentsService.EditForm(enrolment), enrolment));
    }

    [HttpPost]
    public async Task<IActionResult> Edit(Guid id, EditEnrolmentForm form, [FromServices] IValidator<EditEnrolmentForm> validator)
    {
        var enrolment = await enrolments.FindAsync(id, HttpContext.RequestAborted);
        if (enrolment is null)
        {
            return NotFound();
        }

        if (!await MayManage(enrolment.Cohort!.Programme!))
        {
            return Forbid();
        }

        Placed(form, enrolment);
        if (!await ModelState.IsValidAsync(validator, form, HttpContext.RequestAborted))
        {
            return View(form);
        }

        var result = await enrolments.ChangeSupportAsync(enrolment, form, HttpContext.RequestAborted);
        if (!result.Succeeded)
        {
            ModelState.AddFormErrors(result);
            form.Version = enrolment.Version;
            return View(form);
        }

        LogSupportChanged(logger, User.PersonId(), enrolment.Id);
        this.Flash("Support network saved.");
        return RedirectToAction(nameof(CohortsController.Details), "Cohorts", new { id = enrolment.CohortId });
    }

    [HttpGet]
    public async Task<IActionResult> Withdraw(Guid id)
    {
        var enrolment = await enrolments.FindAsync(id, HttpContext.RequestAborted);
        if (enrolment is null)
        {
            return NotFound();
        }

        if (!await MayManage(enrolment.Cohort!.Programme!))
        {
            return Forbid();
        }

        return View(Placed(new WithdrawEnrolmentForm { Version = enrolment.Version }, enrolment));
    }

    [HttpPost]
    public async Task<IActionResult> Withdraw(Guid id, WithdrawEnrolmentForm form, [FromServices] IValidator<WithdrawEnrolmentForm> validator)
    {
        var enrolment = await enrolments.FindAsync(id, HttpContext.RequestAborted);
        if (enrolment is null)
        {
            return NotFound();
        }

        if (!await MayManage(enrolment.Cohort!.Programme!))
        {
            return Forbid();
        }

        Placed(form, enrolment);
        if (!await ModelState.IsValidAsync(validator, form, HttpContext.RequestAborted))
        {
            return View(form);
        }

        var result = await enrolments.WithdrawAsync(enrolment, form, HttpContext.RequestAborted);
        if (!result.Succeeded)
        {
            ModelState.AddFormErrors(result);
            form.Version = enrolment.Version;
            return View(form);
        }

        LogWithdrawn(logger, User.PersonId(), enrolment.Id);
        this.Flash("Mentee withdrawn from the cohort.");
        return RedirectToAction(nameof(CohortsController.Details), "Cohorts", new { id = enrolment.CohortId });
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

    private static T Placed<T>(T form, Cohort cohort)
        where T : EnrolmentFormBase
    {
        form.CohortId = cohort.Id;
        form.CohortName = cohort.Name;
        form.ProgrammeId = cohort.ProgrammeId;
        form.ProgrammeName = cohort.Programme!.Name;
        return form;
    }

    private static T Placed<T>(T form, Enrolment enrolment)
        where T : EnrolmentFormBase
    {
        form.MenteeName = enrolment.Mentee!.FullName;
        return Placed(form, enrolment.Cohort!);
    }

    [LoggerMessage(LogLevel.Information, "Person {PersonId} created enrolment {EnrolmentId} in cohort {CohortId}")]
    private static partial void LogEnrolled(ILogger logger, string personId, Guid enrolmentId, Guid cohortId);

    [LoggerMessage(LogLevel.Information, "Person {PersonId} changed the support network of enrolment {EnrolmentId}")]
    private static partial void LogSupportChanged(ILogger logger, string personId, Guid enrolmentId);

    [LoggerMessage(LogLevel.Information, "Person {PersonId} withdrew enrolment {EnrolmentId}")]
    private static partial void LogWithdrawn(ILogger logger, string personId, Guid enrolmentId);

    [LoggerMessage(LogLevel.Warning, "Person {PersonId} was refused programme {ProgrammeId} (enrolments)")]
    private static partial void LogRefused(ILogger logger, string personId, Guid programmeId);
}
