using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using StretchPortal.Web.Domain;
using StretchPortal.Web.Features.Calendar;
using StretchPortal.Web.Features.Shared;
using StretchPortal.Web.Infrastructure.Web;
using StretchPortal.Web.Security;

namespace StretchPortal.Web.Features.Coaching;

/// <summary>
/// The coaching service for everyone signed in: apply to coach, see the application, train (book the workshops,
/// confirm the recorded session), set a capacity, see coachees, log their sessions and end the coaching, and see one's
/// own coach. The line manager's confirmation needs no account. The programme lead's pages are in
/// CoachingController.Lead.cs.
/// </summary>
public sealed partial class CoachingController(
    CoachApplicationsService applications,
    CoachTrainingService training,
    CoachingRelationshipsService relationships,
    CalendarService calendar,
    IAuthorizationService authorization,
    TimeProvider clock,
    ILogger<CoachingController> logger) : Controller
{
    [HttpGet]
    public async Task<IActionResult> Index() => View(await HomeAsync(null));

    [HttpGet]
    public async Task<IActionResult> Apply()
    {
        if (await applications.HasCurrentApplicationAsync(User.PersonId(), HttpContext.RequestAborted))
        {
            return RedirectToAction(nameof(MyApplication));
        }

        return View(new ApplyToCoachForm());
    }

    [HttpPost]
    public async Task<IActionResult> Apply(ApplyToCoachForm form, [FromServices] IValidator<ApplyToCoachForm> validator)
    {
        if (!await ModelState.IsValidAsync(validator, form, HttpContext.RequestAborted))
        {
            return View(form);
        }

        var result = await applications.SubmitAsync(form, User.PersonId(), ConfirmLink, HttpContext.RequestAborted);
        if (!result.Succeeded)
        {
            ModelState.AddFormErrors(result);
            return View(form);
        }

        LogApplied(logger, User.PersonId(), result.Id!.Value);
        this.Flash("Application sent. We have emailed your line manager a link to confirm their support.");
        return RedirectToAction(nameof(MyApplication));
    }

    [HttpGet]
    public async Task<IActionResult> MyApplication()
    {
        var mine = await applications.FindLatestOfAsync(User.PersonId(), HttpContext.RequestAborted);
        return mine is null ? RedirectToAction(nameof(Apply)) : View(mine);
    }

    [HttpPost]
    public async Task<IActionResult> ResendLink()
    {
        var result = await applications.ResendLinkAsync(User.PersonId(), ConfirmLink, HttpContext.RequestAborted);
        if (!result.Succeeded)
        {
            ModelState.AddFormErrors(result);
            var mine = await applications.FindLatestOfAsync(User.PersonId(), HttpContext.RequestAborted);
            return mine is null ? RedirectToAction(nameof(Apply)) : View(nameof(MyApplication), mine);
        }

        LogLinkResent(logger, User.PersonId(), result.Id!.Value);
        this.Flash("We have emailed your line manager a new link. The earlier one no longer works.");
        return RedirectToAction(nameof(MyApplication));
    }

    [AllowAnonymous]
    [HttpGet("/Coaching/Confirm/{token}")]
    public async Task<IActionResult> Confirm(string token)
    {
        var (page, refusal) = await applications.ConfirmPageAsync(token, HttpContext.RequestAborted);
        return page is null ? LinkRefused(refusal!) : View(page);
    }

    [AllowAnonymous]
    [HttpPost("/Coaching/Confirm/{token}")]
    public async Task<IActionResult> ConfirmPost(string token)
    {
        var (outcome, applicationId) = await applications.ConfirmAsync(token, HttpContext.RequestAborted);
        if (!outcome.Succeeded)
        {
            LogLinkRefused(logger, applicationId);
            return LinkRefused(outcome.Refusal!);
        }

        LogLineManagerConfirmed(logger, applicationId!.Value);
        return View("Confirmed");
    }

    [HttpPost("/Coaching/Book/{workshopId:guid}")]
    public async Task<IActionResult> Book(Guid workshopId)
    {
        var result = await training.BookAsync(User.PersonId(), workshopId, HttpContext.RequestAborted);
        if (!result.Succeeded)
        {
            ModelState.AddFormErrors(result);
            return View(nameof(Index), await HomeAsync(null));
        }

        LogBooked(logger, User.PersonId(), workshopId);
        this.Flash("Workshop booked.");
        return RedirectToAction(nameof(Index));
    }

    [HttpPost]
    public async Task<IActionResult> ConfirmRecordedSession()
    {
        var result = await training.ConfirmRecordedSessionAsync(User.PersonId(), HttpContext.RequestAborted);
        if (!result.Succeeded)
        {
            ModelState.AddFormErrors(result);
            return View(nameof(Index), await HomeAsync(null));
        }

        this.Flash("Thank you: you have confirmed you watched the recorded session.");
        return RedirectToAction(nameof(Index));
    }

    [HttpPost]
    public async Task<IActionResult> Capacity(SetCapacityForm form, [FromServices] IValidator<SetCapacityForm> validator)
    {
        if (await ModelState.IsValidAsync(validator, form, HttpContext.RequestAborted))
        {
            var result = await training.SetCapacityAsync(User.PersonId(), form, HttpContext.RequestAborted);
            if (result.Succeeded)
            {
                this.Flash($"You will support up to {form.Capacity} coachees at once.");
                return RedirectToAction(nameof(Index));
            }

            ModelState.AddFormErrors(result);
        }

        return View(nameof(Index), await HomeAsync(form));
    }

    [HttpGet("/Coaching/Sessions/{relationshipId:guid}")]
    public async Task<IActionResult> Sessions(Guid relationshipId)
    {
        var relationship = await relationships.FindAsync(relationshipId, HttpContext.RequestAborted);
        if (relationship is null)
        {
            return NotFound();
        }

        if (!await MayAsync(relationship, Operations.View))
        {
            return Forbid();
        }

        return View(await SessionsPageAsync(relationship, null, null));
    }

    [HttpPost("/Coaching/End/{relationshipId:guid}")]
    public async Task<IActionResult> End(Guid relationshipId, EndCoachingForm form, [FromServices] IValidator<EndCoachingForm> validator)
    {
        var relationship = await relationships.FindAsync(relationshipId, HttpContext.RequestAborted);
        if (relationship is null)
        {
            return NotFound();
        }

        if (!await MayAsync(relationship, Operations.End))
        {
            return Forbid();
        }

        if (await ModelState.IsValidAsync(validator, form, HttpContext.RequestAborted))
        {
            var result = await relationships.EndAsync(relationship, form, HttpContext.RequestAborted);
            if (result.Succeeded)
            {
                LogRelationshipEnded(logger, User.PersonId(), relationshipId);
                this.Flash("Coaching ended. No more sessions can be logged.");
                return RedirectToAction(nameof(Sessions), new { relationshipId });
            }

            ModelState.AddFormErrors(result);
            form.Version = relationship.Version;
        }

        return View(nameof(Sessions), await SessionsPageAsync(relationship, null, form));
    }

    /// <summary>The sessions page as the viewer may see it: notes for the coach, the end form for those who may end it.</summary>
    private async Task<SessionsPageViewModel> SessionsPageAsync(CoachingRelationship relationship, LogSessionForm? logForm, EndCoachingForm? endForm)
    {
        var isCoach = (await authorization.AuthorizeAsync(User, relationship, Operations.Manage)).Succeeded;
        var page = await relationships.SessionsAsync(relationship.Id, isCoach, logForm, HttpContext.RequestAborted);
        page.MayAddToCalendar = IsCoachOrCoachee(relationship);
        if (relationship.IsActive && (await authorization.AuthorizeAsync(User, relationship, Operations.End)).Succeeded)
        {
            page.EndForm = endForm ?? new EndCoachingForm { EndedOn = CoachingTimes.UkToday(clock), Version = relationship.Version };
        }

        return page;
    }

    /// <summary>A logged session as a calendar file (.ics): for the coach and the coachee only.</summary>
    [HttpGet("/Coaching/Sessions/Calendar/{sessionId:guid}")]
    public async Task<IActionResult> SessionCalendar(Guid sessionId)
    {
        var found = await relationships.FindSessionAsync(sessionId, HttpContext.RequestAborted);
        if (found is null)
        {
            return NotFound();
        }

        var (session, relationship) = found.Value;
        if (!await MayAsync(relationship, Operations.View))
        {
            return Forbid();
        }

        if (!IsCoachOrCoachee(relationship))
        {
            LogRefused(logger, User.PersonId(), "Calendar", relationship.Id);
            return Forbid();
        }

        return (await calendar.CoachingSessionAsync(relationship, session, HttpContext.RequestAborted)).ToFile();
    }

    /// <summary>A training workshop as a calendar file (.ics): for the coaches booked on it and those who manage coaching.</summary>
    [HttpGet("/Coaching/Workshops/Calendar/{workshopId:guid}")]
    public async Task<IActionResult> WorkshopCalendar(Guid workshopId)
    {
        var workshop = await training.FindWorkshopAsync(workshopId, HttpContext.RequestAborted);
        if (workshop is null)
        {
            return NotFound();
        }

        var managesCoaching = (await authorization.AuthorizeAsync(User, Capabilities.ManageCoaching)).Succeeded;
        var me = await calendar.PersonAsync(User.PersonId(), HttpContext.RequestAborted);
        if (me is null || !(managesCoaching || await training.HasBookedAsync(workshop.Id, User.PersonId(), HttpContext.RequestAborted)))
        {
            LogWorkshopRefused(logger, User.PersonId(), workshop.Id);
            return Forbid();
        }

        return calendar.Workshop(workshop, me).ToFile();
    }

    private bool IsCoachOrCoachee(CoachingRelationship relationship) =>
        relationship.CoachId == User.PersonId() || relationship.CoacheeId == User.PersonId();

    [HttpPost("/Coaching/Sessions/{relationshipId:guid}")]
    public async Task<IActionResult> Sessions(Guid relationshipId, LogSessionForm form, [FromServices] IValidator<LogSessionForm> validator)
    {
        var relationship = await relationships.FindAsync(relationshipId, HttpContext.RequestAborted);
        if (relationship is null)
        {
            return NotFound();
        }

        if (!await MayAsync(relationship, Operations.Manage))
        {
            return Forbid();
        }

        if (await ModelState.IsValidAsync(validator, form, HttpContext.RequestAborted))
        {
            var result = await relationships.LogSessionAsync(relationship, form, HttpContext.RequestAborted);
            if (result.Succeeded)
            {
                LogSessionLogged(logger, User.PersonId(), relationshipId);
                this.Flash("Session logged.");
                return RedirectToAction(nameof(Sessions), new { relationshipId });
            }

            ModelState.AddFormErrors(result);
        }

        return View(await SessionsPageAsync(relationship, form, null));
    }

    private async Task<CoachingHomeViewModel> HomeAsync(SetCapacityForm? capacityForm)
    {
        var me = User.PersonId();
        var ct = HttpContext.RequestAborted;
        var mine = await applications.FindLatestOfAsync(me, ct);
        var coach = mine is { Status: CoachApplicationStatus.Approved } ? await training.FindApprovedAsync(me, ct) : null;
        var bookings = coach?.Bookings
            .OrderBy(b => b.Workshop!.Part)
            .Select(b => new WorkshopBookingViewModel(b.Id, b.Version, b.CoachingWorkshopId, b.Workshop!.Part, b.Workshop.StartsAtUtc, b.Workshop.Place, "", b.Attended, b.AttendanceRecordedAtUtc is not null))
            .ToList() ?? [];
        return new CoachingHomeViewModel
        {
            Application = mine is null ? null : new CoachApplicationSummary(
                mine.Id,
                mine.Status,
                mine.LineManagerConfirmedAtUtc is not null,
                coach?.HasAttended(1) ?? false,
                coach?.HasAttended(2) ?? false,
                coach?.RecordedSessionConfirmedAtUtc,
                coach?.TrainedAtUtc,
                coach?.Capacity ?? 1),
            Bookings = bookings,
            OpenWorkshops = coach is null ? [] : await training.OpenWorkshopsAsync(bookings.Select(b => b.Part).ToList(), ct),
            Coachees = await relationships.CoacheesOfAsync(me, ct),
            Coaches = await relationships.CoachesOfAsync(me, ct),
            MayManage = (await authorization.AuthorizeAsync(User, Capabilities.ManageCoaching)).Succeeded,
            CapacityForm = capacityForm ?? new SetCapacityForm { Capacity = coach?.Capacity },
        };
    }

    private string ConfirmLink(string token) =>
        Url.Action(nameof(Confirm), "Coaching", new { token }, Request.Scheme) ?? "/";

    private ViewResult LinkRefused(string refusal)
    {
        ViewData["Refusal"] = refusal;
        return View("ConfirmFailed");
    }

    private async Task<bool> MayAsync(CoachingRelationship relationship, Microsoft.AspNetCore.Authorization.Infrastructure.OperationAuthorizationRequirement operation)
    {
        var allowed = (await authorization.AuthorizeAsync(User, relationship, operation)).Succeeded;
        if (!allowed)
        {
            LogRefused(logger, User.PersonId(), operation.Name, relationship.Id);
        }

        return allowed;
    }

    [LoggerMessage(LogLevel.Information, "Person {PersonId} ended coaching relationship {RelationshipId}")]
    private static partial void LogRelationshipEnded(ILogger logger, string personId, Guid relationshipId);

    [LoggerMessage(LogLevel.Information, "Person {PersonId} applied to coach: application {ApplicationId}")]
    private static partial void LogApplied(ILogger logger, string personId, Guid applicationId);

    [LoggerMessage(LogLevel.Information, "Person {PersonId} sent a new line manager link for application {ApplicationId}")]
    private static partial void LogLinkResent(ILogger logger, string personId, Guid applicationId);

    [LoggerMessage(LogLevel.Information, "Line manager confirmed application {ApplicationId}")]
    private static partial void LogLineManagerConfirmed(ILogger logger, Guid applicationId);

    [LoggerMessage(LogLevel.Warning, "A line manager link was refused (application {ApplicationId})")]
    private static partial void LogLinkRefused(ILogger logger, Guid? applicationId);

    [LoggerMessage(LogLevel.Information, "Person {PersonId} booked coaching workshop {WorkshopId}")]
    private static partial void LogBooked(ILogger logger, string personId, Guid workshopId);

    [LoggerMessage(LogLevel.Information, "Person {PersonId} logged a session of coaching relationship {RelationshipId}")]
    private static partial void LogSessionLogged(ILogger logger, string personId, Guid relationshipId);

    [LoggerMessage(LogLevel.Warning, "Person {PersonId} was refused the calendar file of coaching workshop {WorkshopId}")]
    private static partial void LogWorkshopRefused(ILogger logger, string personId, Guid workshopId);

    [LoggerMessage(LogLevel.Warning, "Person {PersonId} was refused {Operation} on coaching relationship {RelationshipId}")]
    private static partial void LogRefused(ILogger logger, string personId, string operation, Guid relationshipId);
}
