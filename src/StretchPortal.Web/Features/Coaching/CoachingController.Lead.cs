using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using StretchPortal.Web.Features.Shared;
using StretchPortal.Web.Infrastructure.Web;
using StretchPortal.Web.Security;

namespace StretchPortal.Web.Features.Coaching;

/// <summary>The programme lead's coaching pages: applications, workshops, matching, relationships and supervision.</summary>
public sealed partial class CoachingController
{
    [HttpGet]
    [Authorize(Policy = Capabilities.ManageCoaching)]
    public async Task<IActionResult> Applications() =>
        View(await applications.ListAsync(HttpContext.RequestAborted));

    [HttpGet("/Coaching/Application/{id:guid}")]
    [Authorize(Policy = Capabilities.ManageCoaching)]
    public async Task<IActionResult> Application(Guid id)
    {
        var application = await applications.DetailsAsync(id, HttpContext.RequestAborted);
        return application is null ? NotFound() : View(application);
    }

    [HttpPost("/Coaching/Approve/{id:guid}")]
    [Authorize(Policy = Capabilities.ManageCoaching)]
    public async Task<IActionResult> Approve(Guid id, ApproveApplicationForm form)
    {
        var result = await applications.ApproveAsync(id, User.PersonId(), form, HttpContext.RequestAborted);
        return await DecidedAsync(id, result, "Application approved. The coach can now book their training.");
    }

    [HttpPost("/Coaching/Decline/{id:guid}")]
    [Authorize(Policy = Capabilities.ManageCoaching)]
    public async Task<IActionResult> Decline(Guid id, DeclineApplicationForm form, [FromServices] IValidator<DeclineApplicationForm> validator)
    {
        if (!await ModelState.IsValidAsync(validator, form, HttpContext.RequestAborted))
        {
            return await ApplicationPageAsync(id, form);
        }

        var result = await applications.DeclineAsync(id, User.PersonId(), form, HttpContext.RequestAborted);
        return await DecidedAsync(id, result, "Application declined.", form);
    }

    [HttpGet]
    [Authorize(Policy = Capabilities.ManageCoaching)]
    public async Task<IActionResult> Workshops() => await WorkshopsPageAsync(new AddWorkshopForm());

    [HttpPost]
    [Authorize(Policy = Capabilities.ManageCoaching)]
    public async Task<IActionResult> Workshops(AddWorkshopForm form, [FromServices] IValidator<AddWorkshopForm> validator)
    {
        if (!await ModelState.IsValidAsync(validator, form, HttpContext.RequestAborted))
        {
            return await WorkshopsPageAsync(form);
        }

        var result = await training.AddWorkshopAsync(form, HttpContext.RequestAborted);
        LogWorkshopAdded(logger, User.PersonId(), result.Id!.Value);
        this.Flash("Workshop date added. Approved coaches can now book it.");
        return RedirectToAction(nameof(Workshops));
    }

    [HttpPost("/Coaching/Attendance/{bookingId:guid}")]
    [Authorize(Policy = Capabilities.ManageCoaching)]
    public async Task<IActionResult> Attendance(Guid bookingId, RecordAttendanceForm form)
    {
        var result = await training.RecordAttendanceAsync(bookingId, form, HttpContext.RequestAborted);
        if (!result.Succeeded)
        {
            ModelState.AddFormErrors(result);
            return await WorkshopsPageAsync(new AddWorkshopForm());
        }

        LogAttendance(logger, User.PersonId(), bookingId, form.Attended);
        this.Flash(form.Attended ? "Attendance recorded." : "Recorded as not attended.");
        return RedirectToAction(nameof(Workshops));
    }

    [HttpGet]
    [Authorize(Policy = Capabilities.ManageCoaching)]
    public async Task<IActionResult> Match(string? coacheeEmail) =>
        View(await relationships.MatchPageAsync(coacheeEmail, HttpContext.RequestAborted));

    [HttpPost]
    [Authorize(Policy = Capabilities.ManageCoaching)]
    public async Task<IActionResult> Match(MatchCoachForm form, string? coacheeEmail, [FromServices] IValidator<MatchCoachForm> validator)
    {
        if (await ModelState.IsValidAsync(validator, form, HttpContext.RequestAborted))
        {
            var result = await relationships.MatchAsync(form, User.PersonId(), HttpContext.RequestAborted);
            if (result.Succeeded)
            {
                LogMatched(logger, User.PersonId(), result.Id!.Value);
                this.Flash("Coach and coachee matched. The coach can now log their sessions.");
                return RedirectToAction(nameof(Relationships));
            }

            ModelState.AddFormErrors(result);
            LogMatchRefused(logger, User.PersonId());
        }

        return View(await relationships.MatchPageAsync(coacheeEmail, HttpContext.RequestAborted));
    }

    [HttpGet]
    [Authorize(Policy = Capabilities.ManageCoaching)]
    public async Task<IActionResult> Relationships() =>
        View(await relationships.AllAsync(HttpContext.RequestAborted));

    [HttpGet]
    [Authorize(Policy = Capabilities.ManageCoaching)]
    public async Task<IActionResult> Supervision(string? quarter)
    {
        var chosen = CoachingQuarter.TryParse(quarter, out var q) ? q : CoachingQuarter.Of(CoachingTimes.UkToday(clock));
        return View(await training.SupervisionAsync(chosen, null, HttpContext.RequestAborted));
    }

    [HttpPost]
    [Authorize(Policy = Capabilities.ManageCoaching)]
    public async Task<IActionResult> Supervision(RecordSupervisionForm form, [FromServices] IValidator<RecordSupervisionForm> validator)
    {
        var current = CoachingQuarter.Of(CoachingTimes.UkToday(clock));
        if (await ModelState.IsValidAsync(validator, form, HttpContext.RequestAborted))
        {
            var result = await training.RecordSupervisionAsync(form, User.PersonId(), HttpContext.RequestAborted);
            if (result.Succeeded)
            {
                LogSupervision(logger, User.PersonId(), result.Id!.Value);
                this.Flash("Supervision recorded.");
                return RedirectToAction(nameof(Supervision), new { quarter = form.Quarter });
            }

            ModelState.AddFormErrors(result);
        }

        return View(await training.SupervisionAsync(CoachingQuarter.TryParse(form.Quarter, out var q) ? q : current, form, HttpContext.RequestAborted));
    }

    private async Task<IActionResult> WorkshopsPageAsync(AddWorkshopForm form)
    {
        ViewData["Workshops"] = await training.WorkshopsAsync(HttpContext.RequestAborted);
        return View(nameof(Workshops), form);
    }

    private async Task<IActionResult> DecidedAsync(Guid id, FormResult result, string flash, DeclineApplicationForm? form = null)
    {
        if (!result.Succeeded)
        {
            ModelState.AddFormErrors(result);
            LogDecisionRefused(logger, User.PersonId(), id);
            return await ApplicationPageAsync(id, form);
        }

        LogDecided(logger, User.PersonId(), id);
        this.Flash(flash);
        return RedirectToAction(nameof(Application), new { id });
    }

    private async Task<IActionResult> ApplicationPageAsync(Guid id, DeclineApplicationForm? form)
    {
        var application = await applications.DetailsAsync(id, HttpContext.RequestAborted);
        if (application is null)
        {
            return NotFound();
        }

        ViewData["DeclineForm"] = form ?? new DeclineApplicationForm();
        return View(nameof(Application), application);
    }

    [LoggerMessage(LogLevel.Information, "Person {PersonId} decided coach application {ApplicationId}")]
    private static partial void LogDecided(ILogger logger, string personId, Guid applicationId);

    [LoggerMessage(LogLevel.Information, "A decision by person {PersonId} on coach application {ApplicationId} was refused")]
    private static partial void LogDecisionRefused(ILogger logger, string personId, Guid applicationId);

    [LoggerMessage(LogLevel.Information, "Person {PersonId} added coaching workshop {WorkshopId}")]
    private static partial void LogWorkshopAdded(ILogger logger, string personId, Guid workshopId);

    [LoggerMessage(LogLevel.Information, "Person {PersonId} recorded attendance for booking {BookingId} (attended: {Attended})")]
    private static partial void LogAttendance(ILogger logger, string personId, Guid bookingId, bool attended);

    [LoggerMessage(LogLevel.Information, "Person {PersonId} matched coaching relationship {RelationshipId}")]
    private static partial void LogMatched(ILogger logger, string personId, Guid relationshipId);

    [LoggerMessage(LogLevel.Information, "Person {PersonId} recorded supervision {SupervisionId}")]
    private static partial void LogSupervision(ILogger logger, string personId, Guid supervisionId);

    [LoggerMessage(LogLevel.Information, "A match by person {PersonId} was refused")]
    private static partial void LogMatchRefused(ILogger logger, string personId);
}
