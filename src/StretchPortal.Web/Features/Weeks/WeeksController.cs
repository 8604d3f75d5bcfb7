using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using StretchPortal.Web.Domain;
using StretchPortal.Web.Features.Assignments;
using StretchPortal.Web.Features.Shared;
using StretchPortal.Web.Infrastructure.Web;
using StretchPortal.Web.Security;

namespace StretchPortal.Web.Features.Weeks;

/// <summary>
/// The weekly deliverables of an assignment. Everyone who may see the assignment sees its weeks; the mentee plans and
/// updates them (<see cref="AssignmentOperations.Deliver"/>), the mentor comments and signs off
/// (<see cref="AssignmentOperations.Decide"/>), as <see cref="AssignmentAuthorizationHandler"/> decides.
/// </summary>
public sealed partial class WeeksController(
    WeeksService weeks,
    IAuthorizationService authorization,
    ILogger<WeeksController> logger) : Controller
{
    [HttpGet]
    public async Task<IActionResult> Index(Guid assignmentId)
    {
        var assignment = await weeks.FindAssignmentAsync(assignmentId, HttpContext.RequestAborted);
        if (assignment is null)
        {
            return NotFound();
        }

        if (!await MayAsync(assignment, AssignmentOperations.View))
        {
            return Forbid();
        }

        var isMentee = await IsAllowedAsync(assignment, AssignmentOperations.Deliver);
        var isMentor = await IsAllowedAsync(assignment, AssignmentOperations.Decide);
        return View(await weeks.ListAsync(assignment, isMentee, isMentor, HttpContext.RequestAborted));
    }

    [HttpGet]
    public async Task<IActionResult> Plan(Guid assignmentId, DateOnly week)
    {
        var assignment = await weeks.FindAssignmentAsync(assignmentId, HttpContext.RequestAborted);
        if (assignment is null)
        {
            return NotFound();
        }

        if (!await MayAsync(assignment, AssignmentOperations.Deliver))
        {
            return Forbid();
        }

        if (!await weeks.IsWeekOfAsync(assignment, week, HttpContext.RequestAborted))
        {
            return NotFound();
        }

        var form = await weeks.PlanFormAsync(assignment, week, HttpContext.RequestAborted);
        RefuseIfNotTakingUpdates(assignment);
        return View(form);
    }

    [HttpPost]
    public async Task<IActionResult> Plan(Guid assignmentId, DateOnly week, PlanWeekForm form, [FromServices] IValidator<PlanWeekForm> validator)
    {
        var assignment = await weeks.FindAssignmentAsync(assignmentId, HttpContext.RequestAborted);
        if (assignment is null)
        {
            return NotFound();
        }

        if (!await MayAsync(assignment, AssignmentOperations.Deliver))
        {
            return Forbid();
        }

        if (!await weeks.IsWeekOfAsync(assignment, week, HttpContext.RequestAborted))
        {
            return NotFound();
        }

        if (!await ModelState.IsValidAsync(validator, form, HttpContext.RequestAborted))
        {
            return View(await weeks.PlacedAsync(form, assignment, week, HttpContext.RequestAborted));
        }

        var result = await weeks.PlanAsync(assignment, week, form, HttpContext.RequestAborted);
        if (!result.Succeeded)
        {
            ModelState.AddFormErrors(result);
            await weeks.PlacedAsync(form, assignment, week, HttpContext.RequestAborted);
            form.Version = form.Week.Version;
            LogRefusedChange(logger, User.PersonId(), assignment.Id);
            return View(form);
        }

        LogPlanned(logger, User.PersonId(), result.Id!.Value, assignment.Id);
        this.Flash($"Week starting {week.ToDisplayDate()} planned.");
        return RedirectToAction(nameof(Index), new { assignmentId = assignment.Id });
    }

    [HttpGet]
    public async Task<IActionResult> Update(Guid id)
    {
        var found = await weeks.FindWeekAsync(id, HttpContext.RequestAborted);
        if (found is null)
        {
            return NotFound();
        }

        var (week, assignment) = found.Value;

        if (!await MayAsync(assignment, AssignmentOperations.Deliver))
        {
            return Forbid();
        }

        var form = await weeks.PlacedAsync(WeeksService.UpdateForm(week), assignment, week.WeekStarting, HttpContext.RequestAborted);
        RefuseIfNotTakingUpdates(assignment);
        return View(form);
    }

    [HttpPost]
    public async Task<IActionResult> Update(Guid id, UpdateWeekForm form, [FromServices] IValidator<UpdateWeekForm> validator)
    {
        var found = await weeks.FindWeekAsync(id, HttpContext.RequestAborted);
        if (found is null)
        {
            return NotFound();
        }

        var (week, assignment) = found.Value;

        if (!await MayAsync(assignment, AssignmentOperations.Deliver))
        {
            return Forbid();
        }

        if (!await ModelState.IsValidAsync(validator, form, HttpContext.RequestAborted))
        {
            return View(await weeks.PlacedAsync(form, assignment, week.WeekStarting, HttpContext.RequestAborted));
        }

        var result = await weeks.UpdateAsync(assignment, week, form, HttpContext.RequestAborted);
        if (!result.Succeeded)
        {
            ModelState.AddFormErrors(result);
            await weeks.PlacedAsync(form, assignment, week.WeekStarting, HttpContext.RequestAborted);
            form.Version = form.Week.Version!.Value;
            LogRefusedChange(logger, User.PersonId(), assignment.Id);
            return View(form);
        }

        LogUpdated(logger, User.PersonId(), week.Id, assignment.Id);
        this.Flash(week.IsOverHours(assignment.HoursPerWeek)
            ? $"Week starting {week.WeekStarting.ToDisplayDate()} updated. You worked {WeekRowViewModel.FormatHours(week.HoursWorked!.Value)} hours, "
              + $"more than the {WeekRowViewModel.FormatHours(assignment.HoursPerWeek)} hours a week agreed for this assignment. "
              + "Talk to your mentor about how to keep to reasonable hours."
            : $"Week starting {week.WeekStarting.ToDisplayDate()} updated.");
        return RedirectToAction(nameof(Index), new { assignmentId = assignment.Id });
    }

    [HttpGet]
    public async Task<IActionResult> Review(Guid id)
    {
        var found = await weeks.FindWeekAsync(id, HttpContext.RequestAborted);
        if (found is null)
        {
            return NotFound();
        }

        var (week, assignment) = found.Value;

        if (!await MayAsync(assignment, AssignmentOperations.Decide))
        {
            return Forbid();
        }

        var form = await weeks.PlacedAsync(WeeksService.ReviewForm(week), assignment, week.WeekStarting, HttpContext.RequestAborted);
        if (!WeeksService.TakesReviews(assignment))
        {
            ModelState.AddModelError("", WeeksService.Withdrawn);
        }

        return View(form);
    }

    [HttpPost]
    public async Task<IActionResult> Review(Guid id, ReviewWeekForm form, [FromServices] IValidator<ReviewWeekForm> validator)
    {
        var found = await weeks.FindWeekAsync(id, HttpContext.RequestAborted);
        if (found is null)
        {
            return NotFound();
        }

        var (week, assignment) = found.Value;

        if (!await MayAsync(assignment, AssignmentOperations.Decide))
        {
            return Forbid();
        }

        if (!await ModelState.IsValidAsync(validator, form, HttpContext.RequestAborted))
        {
            return View(await weeks.PlacedAsync(form, assignment, week.WeekStarting, HttpContext.RequestAborted));
        }

        var result = await weeks.ReviewAsync(assignment, week, form, User.PersonId(), HttpContext.RequestAborted);
        if (!result.Succeeded)
        {
            ModelState.AddFormErrors(result);
            await weeks.PlacedAsync(form, assignment, week.WeekStarting, HttpContext.RequestAborted);
            form.Version = form.Week.Version!.Value;
            LogRefusedChange(logger, User.PersonId(), assignment.Id);
            return View(form);
        }

        var signedOff = form.Decision == ReviewDecision.SignOff;
        LogReviewed(logger, User.PersonId(), week.Id, assignment.Id, signedOff);
        this.Flash(signedOff
            ? $"Week starting {week.WeekStarting.ToDisplayDate()} signed off."
            : $"Comment on the week starting {week.WeekStarting.ToDisplayDate()} saved.");
        return RedirectToAction(nameof(Index), new { assignmentId = assignment.Id });
    }

    private void RefuseIfNotTakingUpdates(StretchAssignment assignment)
    {
        if (WeeksService.NotTakingUpdates(assignment) is { } refusal)
        {
            ModelState.AddModelError("", refusal);
        }
    }

    /// <summary>Authorizes the operation, logging a refusal (ids only).</summary>
    private async Task<bool> MayAsync(StretchAssignment assignment, OperationAuthorizationRequirement operation)
    {
        var allowed = await IsAllowedAsync(assignment, operation);
        if (!allowed)
        {
            LogRefused(logger, User.PersonId(), operation.Name, assignment.Id);
        }

        return allowed;
    }

    private async Task<bool> IsAllowedAsync(StretchAssignment assignment, OperationAuthorizationRequirement operation) =>
        (await authorization.AuthorizeAsync(User, assignment, operation)).Succeeded;

    [LoggerMessage(LogLevel.Information, "Person {PersonId} planned week {WeekId} of assignment {AssignmentId}")]
    private static partial void LogPlanned(ILogger logger, string personId, Guid weekId, Guid assignmentId);

    [LoggerMessage(LogLevel.Information, "Person {PersonId} updated week {WeekId} of assignment {AssignmentId}")]
    private static partial void LogUpdated(ILogger logger, string personId, Guid weekId, Guid assignmentId);

    [LoggerMessage(LogLevel.Information, "Person {PersonId} reviewed week {WeekId} of assignment {AssignmentId} (signed off: {SignedOff})")]
    private static partial void LogReviewed(ILogger logger, string personId, Guid weekId, Guid assignmentId, bool signedOff);

    [LoggerMessage(LogLevel.Warning, "Person {PersonId} was refused {Operation} on assignment {AssignmentId} (weeks)")]
    private static partial void LogRefused(ILogger logger, string personId, string operation, Guid assignmentId);

    [LoggerMessage(LogLevel.Information, "A change by person {PersonId} to the weeks of assignment {AssignmentId} was refused")]
    private static partial void LogRefusedChange(ILogger logger, string personId, Guid assignmentId);
}
