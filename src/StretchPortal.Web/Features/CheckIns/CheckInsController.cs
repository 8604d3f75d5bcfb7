using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using StretchPortal.Web.Domain;
using StretchPortal.Web.Features.Calendar;
using StretchPortal.Web.Features.Shared;
using StretchPortal.Web.Infrastructure.Web;
using StretchPortal.Web.Security;

namespace StretchPortal.Web.Features.CheckIns;

/// <summary>
/// The check-ins of an enrolment: everyone concerned sees them (private notes only by their author); the mentee and
/// their supporters record them and tick their actions off, as <see cref="CheckInAuthorizationHandler"/> decides.
/// </summary>
public sealed partial class CheckInsController(
    CheckInsService checkIns,
    CalendarService calendar,
    IAuthorizationService authorization,
    TimeProvider clock,
    ILogger<CheckInsController> logger) : Controller
{
    [HttpGet]
    public async Task<IActionResult> Index(Guid enrolmentId)
    {
        var enrolment = await checkIns.FindEnrolmentAsync(enrolmentId, HttpContext.RequestAborted);
        if (enrolment is null)
        {
            return NotFound();
        }

        if (!await MayAsync(enrolment, CheckInOperations.View))
        {
            return Forbid();
        }

        return View(await ListAsync(enrolment));
    }

    /// <summary>The check-in as a calendar file (.ics), for those who may see it.</summary>
    [HttpGet("/CheckIns/Calendar/{id:guid}")]
    public async Task<IActionResult> Calendar(Guid id)
    {
        var found = await checkIns.FindCheckInAsync(id, HttpContext.RequestAborted);
        if (found is null)
        {
            return NotFound();
        }

        var (checkIn, enrolment) = found.Value;
        if (!await MayAsync(enrolment, CheckInOperations.View))
        {
            return Forbid();
        }

        return (await calendar.CheckInAsync(checkIn, enrolment, HttpContext.RequestAborted)).ToFile();
    }

    [HttpGet]
    public async Task<IActionResult> Create(Guid enrolmentId)
    {
        var enrolment = await checkIns.FindEnrolmentAsync(enrolmentId, HttpContext.RequestAborted);
        if (enrolment is null)
        {
            return NotFound();
        }

        if (!await MayAsync(enrolment, CheckInOperations.Record))
        {
            return Forbid();
        }

        if (!CheckInsService.TakesCheckIns(enrolment))
        {
            ModelState.AddModelError("", CheckInsService.EnrolmentWithdrawn);
        }

        return View(checkIns.NewForm(enrolment, User.PersonId()));
    }

    [HttpPost]
    public async Task<IActionResult> Create(Guid enrolmentId, RecordCheckInForm form, [FromServices] IValidator<RecordCheckInForm> validator)
    {
        var enrolment = await checkIns.FindEnrolmentAsync(enrolmentId, HttpContext.RequestAborted);
        if (enrolment is null)
        {
            return NotFound();
        }

        if (!await MayAsync(enrolment, CheckInOperations.Record))
        {
            return Forbid();
        }

        if (!await ModelState.IsValidAsync(validator, form, HttpContext.RequestAborted))
        {
            return View(CheckInsService.Placed(form, enrolment));
        }

        var result = await checkIns.RecordAsync(enrolment, form, User.PersonId(), HttpContext.RequestAborted);
        if (!result.Succeeded)
        {
            ModelState.AddFormErrors(result);
            LogRefusedChange(logger, User.PersonId(), enrolment.Id);
            return View(CheckInsService.Placed(form, enrolment));
        }

        LogRecorded(logger, User.PersonId(), result.Id!.Value, enrolment.Id);
        this.Flash(form.HeldOn > DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime) ? "Check-in planned." : "Check-in recorded.");
        return RedirectToAction(nameof(Index), new { enrolmentId = enrolment.Id });
    }

    [HttpPost("/CheckIns/Actions/Complete/{id:guid}")]
    public Task<IActionResult> CompleteAction(Guid id, TickActionForm form) =>
        TickAsync(id, form, done: true);

    [HttpPost("/CheckIns/Actions/Reopen/{id:guid}")]
    public Task<IActionResult> ReopenAction(Guid id, TickActionForm form) =>
        TickAsync(id, form, done: false);

    private async Task<IActionResult> TickAsync(Guid id, TickActionForm form, bool done)
    {
        var found = await checkIns.FindActionAsync(id, HttpContext.RequestAborted);
        if (found is null)
        {
            return NotFound();
        }

        var (action, enrolment) = found.Value;
        if (!await MayAsync(enrolment, CheckInOperations.Record))
        {
            return Forbid();
        }

        var result = done
            ? await checkIns.CompleteActionAsync(enrolment, action, form, HttpContext.RequestAborted)
            : await checkIns.ReopenActionAsync(enrolment, action, form, HttpContext.RequestAborted);
        if (!result.Succeeded)
        {
            ModelState.AddFormErrors(result);
            LogRefusedChange(logger, User.PersonId(), enrolment.Id);
            return View(nameof(Index), await ListAsync(enrolment));
        }

        LogTicked(logger, User.PersonId(), action.Id, enrolment.Id, done);
        this.Flash(done ? "Action marked as done." : "Action opened again.");
        return RedirectToAction(nameof(Index), new { enrolmentId = enrolment.Id });
    }

    private async Task<CheckInListViewModel> ListAsync(Enrolment enrolment) =>
        await checkIns.ListAsync(
            enrolment,
            User.PersonId(),
            (await authorization.AuthorizeAsync(User, enrolment, CheckInOperations.Record)).Succeeded,
            HttpContext.RequestAborted);

    /// <summary>Authorizes the operation, logging a refusal (ids only).</summary>
    private async Task<bool> MayAsync(Enrolment enrolment, OperationAuthorizationRequirement operation)
    {
        var allowed = (await authorization.AuthorizeAsync(User, enrolment, operation)).Succeeded;
        if (!allowed)
        {
            LogRefused(logger, User.PersonId(), operation.Name, enrolment.Id);
        }

        return allowed;
    }

    [LoggerMessage(LogLevel.Information, "Person {PersonId} recorded check-in {CheckInId} of enrolment {EnrolmentId}")]
    private static partial void LogRecorded(ILogger logger, string personId, Guid checkInId, Guid enrolmentId);

    [LoggerMessage(LogLevel.Information, "Person {PersonId} ticked action {ActionId} of enrolment {EnrolmentId} (done: {Done})")]
    private static partial void LogTicked(ILogger logger, string personId, Guid actionId, Guid enrolmentId, bool done);

    [LoggerMessage(LogLevel.Warning, "Person {PersonId} was refused {Operation} on the check-ins of enrolment {EnrolmentId}")]
    private static partial void LogRefused(ILogger logger, string personId, string operation, Guid enrolmentId);

    [LoggerMessage(LogLevel.Information, "A change by person {PersonId} to the check-ins of enrolment {EnrolmentId} was refused")]
    private static partial void LogRefusedChange(ILogger logger, string personId, Guid enrolmentId);
}
