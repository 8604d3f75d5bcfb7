using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using StretchPortal.Web.Domain;
using StretchPortal.Web.Features.Calendar;
using StretchPortal.Web.Features.Shared;
using StretchPortal.Web.Infrastructure.Web;
using StretchPortal.Web.Security;

namespace StretchPortal.Web.Features.Events;

/// <summary>
/// A programme's events: celebration events, where completed assignments are presented, and facilitated check-in
/// sessions for mentors and sponsors. Leads schedule and manage the events of their own programmes; the people who take
/// part see them (<see cref="EventAuthorizationHandler"/>). The showcase of presented assignments is open to everyone
/// signed in.
/// </summary>
public sealed partial class EventsController(
    EventsService events,
    CelebrationsService celebrations,
    SessionsService sessions,
    ShowcaseService showcase,
    CalendarService calendar,
    IAuthorizationService authorization,
    ILogger<EventsController> logger) : Controller
{
    private CancellationToken Aborted => HttpContext.RequestAborted;

    [HttpGet]
    public async Task<IActionResult> Index() =>
        View(await events.ListAsync(User.PersonId(), await MayManageProgrammesAsync(), Aborted));

    [HttpGet]
    public async Task<IActionResult> Showcase(ShowcaseQuery query) =>
        View(await showcase.SearchAsync(query, Aborted));

    [HttpGet("/Events/Showcase/{id:guid}")]
    public async Task<IActionResult> ShowcaseEntry(Guid id) =>
        await showcase.EntryAsync(id, Aborted) is { } entry ? View(entry) : NotFound();

    [HttpGet]
    [Authorize(Policy = Capabilities.ManageProgrammes)]
    public async Task<IActionResult> ScheduleCelebration() =>
        View(await WithProgrammes(new ScheduleCelebrationForm()));

    [HttpPost]
    [Authorize(Policy = Capabilities.ManageProgrammes)]
    public async Task<IActionResult> ScheduleCelebration(ScheduleCelebrationForm form, [FromServices] IValidator<ScheduleCelebrationForm> validator)
    {
        if (!await ModelState.IsValidAsync(validator, form, Aborted))
        {
            return View(await WithProgrammes(form));
        }

        var programme = await events.FindProgrammeAsync(form.ProgrammeId, Aborted);
        if (programme is null)
        {
            ModelState.AddModelError(nameof(form.ProgrammeId), "Choose a programme from the list");
            return View(await WithProgrammes(form));
        }

        if (!await MayAsync(new ProgrammeEvent(programme, false), Operations.Manage, programme.Id))
        {
            return Forbid();
        }

        var result = await events.ScheduleCelebrationAsync(programme, form, Aborted);
        LogScheduled(logger, User.PersonId(), "celebration event", result.Id!.Value, programme.Id);
        this.Flash("Celebration event scheduled. Add the completed assignments to be presented.");
        return RedirectToAction(nameof(Celebration), new { id = result.Id });
    }

    [HttpGet]
    [Authorize(Policy = Capabilities.ManageProgrammes)]
    public async Task<IActionResult> ScheduleSession() =>
        View(await WithProgrammes(new ScheduleSessionForm()));

    [HttpPost]
    [Authorize(Policy = Capabilities.ManageProgrammes)]
    public async Task<IActionResult> ScheduleSession(ScheduleSessionForm form, [FromServices] IValidator<ScheduleSessionForm> validator)
    {
        if (!await ModelState.IsValidAsync(validator, form, Aborted))
        {
            return View(await WithProgrammes(form));
        }

        var programme = await events.FindProgrammeAsync(form.ProgrammeId, Aborted);
        if (programme is null)
        {
            ModelState.AddModelError(nameof(form.ProgrammeId), "Choose a programme from the list");
            return View(await WithProgrammes(form));
        }

        if (!await MayAsync(new ProgrammeEvent(programme, false), Operations.Manage, programme.Id))
        {
            return Forbid();
        }

        var result = await events.ScheduleSessionAsync(programme, form, Aborted);
        LogScheduled(logger, User.PersonId(), "facilitated session", result.Id!.Value, programme.Id);
        this.Flash("Facilitated session scheduled.");
        return RedirectToAction(nameof(Session), new { id = result.Id });
    }

    [HttpGet]
    public async Task<IActionResult> Celebration(Guid id)
    {
        var celebration = await celebrations.FindAsync(id, Aborted);
        if (celebration is null)
        {
            return NotFound();
        }

        var access = new ProgrammeEvent(celebration.Programme!, await events.TakesPartAsync(celebration.ProgrammeId, User.PersonId(), Aborted));
        if (!await MayAsync(access, Operations.View, celebration.Id))
        {
            return Forbid();
        }

        return View(await celebrations.DetailsAsync(celebration, await MayAsync(access, Operations.Manage, null), null, Aborted));
    }

    /// <summary>The celebration event as a calendar file (.ics), for those who may see it.</summary>
    [HttpGet("/Events/Celebration/{id:guid}/Calendar")]
    public async Task<IActionResult> CelebrationCalendar(Guid id)
    {
        var celebration = await celebrations.FindAsync(id, Aborted);
        if (celebration is null)
        {
            return NotFound();
        }

        var access = new ProgrammeEvent(celebration.Programme!, await events.TakesPartAsync(celebration.ProgrammeId, User.PersonId(), Aborted));
        var me = await events.AttendeeAsync(User.PersonId(), Aborted);
        if (!await MayAsync(access, Operations.View, celebration.Id) || me is null)
        {
            return Forbid();
        }

        return calendar.Celebration(celebration, celebration.Programme!.Name, me).ToFile();
    }

    [HttpPost]
    public async Task<IActionResult> AddPresentation(Guid id, AddPresentationForm form, [FromServices] IValidator<AddPresentationForm> validator)
    {
        var celebration = await celebrations.FindAsync(id, Aborted);
        if (celebration is null)
        {
            return NotFound();
        }

        if (!await MayAsync(new ProgrammeEvent(celebration.Programme!, false), Operations.Manage, celebration.Id))
        {
            return Forbid();
        }

        if (!await ModelState.IsValidAsync(validator, form, Aborted))
        {
            return View(nameof(Celebration), await celebrations.DetailsAsync(celebration, true, form, Aborted));
        }

        var result = await celebrations.AddAsync(celebration, form, User.PersonId(), Aborted);
        if (!result.Succeeded)
        {
            return await RefusedAsync(id, result, form);
        }

        LogRunningOrderChanged(logger, User.PersonId(), celebration.Id);
        this.Flash("Presentation added to the running order.");
        return RedirectToAction(nameof(Celebration), new { id });
    }

    [HttpPost]
    public Task<IActionResult> MoveUp(Guid id, RunningOrderForm form) =>
        ChangeRunningOrderAsync(id, c => celebrations.MoveAsync(c, form, -1, Aborted), "Running order changed.");

    [HttpPost]
    public Task<IActionResult> MoveDown(Guid id, RunningOrderForm form) =>
        ChangeRunningOrderAsync(id, c => celebrations.MoveAsync(c, form, 1, Aborted), "Running order changed.");

    [HttpPost]
    public Task<IActionResult> RemovePresentation(Guid id, RunningOrderForm form) =>
        ChangeRunningOrderAsync(id, c => celebrations.RemoveAsync(c, form, Aborted), "Presentation removed from the running order.");

    [HttpPost]
    public Task<IActionResult> RecordPresented(Guid id, VersionForm form) =>
        ChangeRunningOrderAsync(
            id,
            c => celebrations.RecordPresentedAsync(c, form, User.PersonId(), Aborted),
            "The presentations are recorded. They are now in the showcase.");

    [HttpGet]
    public async Task<IActionResult> Session(Guid id)
    {
        var session = await sessions.FindAsync(id, Aborted);
        if (session is null)
        {
            return NotFound();
        }

        var access = new ProgrammeEvent(session.Programme!, await events.IsInvitedToSessionsAsync(session.ProgrammeId, User.PersonId(), Aborted));
        if (!await MayAsync(access, Operations.View, session.Id))
        {
            return Forbid();
        }

        return View(await sessions.DetailsAsync(session, User.PersonId(), await MayAsync(access, Operations.Manage, null), null, Aborted));
    }

    /// <summary>The facilitated session as a calendar file (.ics), for those who may see it.</summary>
    [HttpGet("/Events/Session/{id:guid}/Calendar")]
    public async Task<IActionResult> SessionCalendar(Guid id)
    {
        var session = await sessions.FindAsync(id, Aborted);
        if (session is null)
        {
            return NotFound();
        }

        var access = new ProgrammeEvent(session.Programme!, await events.IsInvitedToSessionsAsync(session.ProgrammeId, User.PersonId(), Aborted));
        var me = await events.AttendeeAsync(User.PersonId(), Aborted);
        if (!await MayAsync(access, Operations.View, session.Id) || me is null)
        {
            return Forbid();
        }

        return calendar.CheckInSession(session, session.Programme!.Name, me).ToFile();
    }

    [HttpPost]
    public async Task<IActionResult> RecordAttendance(Guid id, RecordAttendanceForm form)
    {
        var session = await sessions.FindAsync(id, Aborted);
        if (session is null)
        {
            return NotFound();
        }

        if (!await MayAsync(new ProgrammeEvent(session.Programme!, false), Operations.Manage, session.Id))
        {
            return Forbid();
        }

        var result = await sessions.RecordAttendanceAsync(session, form, Aborted);
        if (!result.Succeeded)
        {
            ModelState.AddFormErrors(result);
            var fresh = await sessions.FindAsync(id, Aborted);
            return fresh is null ? NotFound() : View(nameof(Session), await sessions.DetailsAsync(fresh, User.PersonId(), true, form, Aborted));
        }

        LogAttendanceRecorded(logger, User.PersonId(), session.Id, form.Attended.Count);
        this.Flash("Attendance recorded.");
        return RedirectToAction(nameof(Session), new { id });
    }

    private async Task<IActionResult> ChangeRunningOrderAsync(Guid id, Func<CelebrationEvent, Task<FormResult>> change, string flash)
    {
        var celebration = await celebrations.FindAsync(id, Aborted);
        if (celebration is null)
        {
            return NotFound();
        }

        if (!await MayAsync(new ProgrammeEvent(celebration.Programme!, false), Operations.Manage, celebration.Id))
        {
            return Forbid();
        }

        var result = await change(celebration);
        if (!result.Succeeded)
        {
            return await RefusedAsync(id, result, null);
        }

        LogRunningOrderChanged(logger, User.PersonId(), celebration.Id);
        this.Flash(flash);
        return RedirectToAction(nameof(Celebration), new { id });
    }

    /// <summary>Shows the event again, freshly loaded, with the refusal in the error summary and the lead's choice kept.</summary>
    private async Task<IActionResult> RefusedAsync(Guid id, FormResult result, AddPresentationForm? form)
    {
        ModelState.AddFormErrors(result);
        LogRefusedChange(logger, User.PersonId(), id);
        var fresh = await celebrations.FindAsync(id, Aborted);
        return fresh is null ? NotFound() : View(nameof(Celebration), await celebrations.DetailsAsync(fresh, true, form, Aborted));
    }

    private async Task<T> WithProgrammes<T>(T form)
        where T : ScheduleEventFields
    {
        form.Programmes = await events.ProgrammeOptionsAsync(User.PersonId(), Aborted);
        return form;
    }

    private async Task<bool> MayManageProgrammesAsync() =>
        (await authorization.AuthorizeAsync(User, Capabilities.ManageProgrammes)).Succeeded;

    /// <summary>Authorizes the operation; logs a refusal (ids only) when <paramref name="recordId"/> is given.</summary>
    private async Task<bool> MayAsync(ProgrammeEvent access, Microsoft.AspNetCore.Authorization.Infrastructure.OperationAuthorizationRequirement operation, Guid? recordId)
    {
        var allowed = (await authorization.AuthorizeAsync(User, access, operation)).Succeeded;
        if (!allowed && recordId is { } id)
        {
            LogRefused(logger, User.PersonId(), operation.Name, id);
        }

        return allowed;
    }

    [LoggerMessage(LogLevel.Information, "Person {PersonId} scheduled {Kind} {EventId} in programme {ProgrammeId}")]
    private static partial void LogScheduled(ILogger logger, string personId, string kind, Guid eventId, Guid programmeId);

    [LoggerMessage(LogLevel.Information, "Person {PersonId} changed the running order of celebration event {EventId}")]
    private static partial void LogRunningOrderChanged(ILogger logger, string personId, Guid eventId);

    [LoggerMessage(LogLevel.Information, "Person {PersonId} recorded attendance of {Count} at facilitated session {SessionId}")]
    private static partial void LogAttendanceRecorded(ILogger logger, string personId, Guid sessionId, int count);

    [LoggerMessage(LogLevel.Warning, "Person {PersonId} was refused {Operation} on event {EventId}")]
    private static partial void LogRefused(ILogger logger, string personId, string operation, Guid eventId);

    [LoggerMessage(LogLevel.Information, "A change by person {PersonId} to event {EventId} was refused")]
    private static partial void LogRefusedChange(ILogger logger, string personId, Guid eventId);
}
