using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using StretchPortal.Web.Domain;
using StretchPortal.Web.Features.Shared;
using StretchPortal.Web.Infrastructure.Web;
using StretchPortal.Web.Security;

namespace StretchPortal.Web.Features.Assignments;

/// <summary>
/// Stretch assignments: a mentee drafts and edits one and moves it along; their mentor agrees it or asks for changes;
/// sponsor, coach and the programme's leads follow it; a lead marks it presented. Every action about one assignment
/// loads it, asks <see cref="AssignmentAuthorizationHandler"/> (404 if missing, 403 if refused), then acts. Each
/// change carries the version the person saw, and a refusal is shown on the page, never thrown.
/// </summary>
public sealed partial class AssignmentsController(
    AssignmentsService assignments,
    AssignmentLifecycleService lifecycle,
    AssignmentPagesService pages,
    IAuthorizationService authorization,
    ILogger<AssignmentsController> logger) : Controller
{
    private CancellationToken Aborted => HttpContext.RequestAborted;

    [HttpGet]
    public async Task<IActionResult> Index(AssignmentStatus? status)
    {
        var mayDraft = (await DraftableEnrolmentsAsync()).Count > 0;
        return View(await pages.ListAsync(User.PersonId(), status, mayDraft, Aborted));
    }

    [HttpGet]
    public async Task<IActionResult> Details(Guid id)
    {
        var (assignment, refusal) = await AuthorizedAsync(id, AssignmentOperations.View);
        return assignment is null ? refusal! : View(await DetailsAsync(assignment));
    }

    [HttpGet]
    public async Task<IActionResult> Create()
    {
        var enrolments = await DraftableEnrolmentsAsync();
        if (enrolments.Count == 0)
        {
            LogDraftRefused(logger, User.PersonId());
            return Forbid();
        }

        var form = new CreateAssignmentForm { EnrolmentId = enrolments.Count == 1 ? enrolments[0].Id : null };
        return View(await WithOptions(form, enrolments));
    }

    [HttpPost]
    public async Task<IActionResult> Create(CreateAssignmentForm form, [FromServices] IValidator<CreateAssignmentForm> validator)
    {
        var enrolments = await DraftableEnrolmentsAsync();
        if (enrolments.Count == 0)
        {
            LogDraftRefused(logger, User.PersonId());
            return Forbid();
        }

        if (enrolments.Count == 1)
        {
            form.EnrolmentId = enrolments[0].Id;
        }

        if (!await ModelState.IsValidAsync(validator, form, Aborted))
        {
            return View(await WithOptions(form, enrolments));
        }

        var result = await assignments.DraftAsync(enrolments, form, User.PersonId(), Aborted);
        if (!result.Succeeded)
        {
            ModelState.AddFormErrors(result);
            return View(await WithOptions(form, enrolments));
        }

        LogDrafted(logger, User.PersonId(), result.Id!.Value, form.EnrolmentId!.Value);
        this.Flash("Assignment drafted. Submit it to your mentor for agreement when it is ready.");
        return RedirectToAction(nameof(Details), new { id = result.Id });
    }

    [HttpGet]
    public async Task<IActionResult> Edit(Guid id)
    {
        var (assignment, refusal) = await AuthorizedAsync(id, AssignmentOperations.Deliver);
        if (assignment is null)
        {
            return refusal!;
        }

        var form = AssignmentsService.EditForm(assignment);
        form.Heading = AssignmentHeading.Of(assignment);
        return View(await WithOptions(form, assignment.Enrolment!.MenteeId, form.IcsPriorityIds));
    }

    [HttpPost]
    public async Task<IActionResult> Edit(Guid id, EditAssignmentForm form, [FromServices] IValidator<EditAssignmentForm> validator)
    {
        var (assignment, refusal) = await AuthorizedAsync(id, AssignmentOperations.Deliver);
        if (assignment is null)
        {
            return refusal!;
        }

        form.Heading = AssignmentHeading.Of(assignment);
        var menteeId = assignment.Enrolment!.MenteeId;
        var savedPriorities = assignment.Priorities.Select(p => p.IcsPriorityId).ToList();
        if (!await ModelState.IsValidAsync(validator, form, Aborted))
        {
            return View(await WithOptions(form, menteeId, savedPriorities));
        }

        var statusBefore = assignment.Status;
        var result = await assignments.ReviseAsync(assignment, form, User.PersonId(), Aborted);
        if (!result.Succeeded)
        {
            ModelState.AddFormErrors(result);
            form.Version = assignment.Version;
            form.Heading = AssignmentHeading.Of(assignment);
            return View(await WithOptions(form, menteeId, savedPriorities));
        }

        LogStep(logger, User.PersonId(), "edited", assignment.Id);
        this.Flash(assignment.Status == AssignmentStatus.Submitted && statusBefore != AssignmentStatus.Submitted
            ? "Assignment saved. Its scope changed, so it is back with your mentor for agreement."
            : "Assignment saved.");
        return RedirectToAction(nameof(Details), new { id });
    }

    [HttpPost]
    public Task<IActionResult> Submit(Guid id, Guid version) =>
        ButtonStepAsync(
            id,
            AssignmentOperations.Deliver,
            a => lifecycle.SubmitAsync(a, version, User.PersonId(), Aborted),
            "submitted",
            "Assignment submitted to your mentor for agreement.");

    [HttpGet]
    public Task<IActionResult> Agree(Guid id) => StepPageAsync<AgreeAssignmentForm>(id, AssignmentOperations.Decide);

    [HttpPost]
    public Task<IActionResult> Agree(Guid id, AgreeAssignmentForm form, [FromServices] IValidator<AgreeAssignmentForm> validator) =>
        FormStepAsync(
            id,
            AssignmentOperations.Decide,
            form,
            validator,
            a => lifecycle.AgreeAsync(a, form, User.PersonId(), Aborted),
            "agreed",
            "Assignment agreed. The mentee can now start it and plan their weeks.");

    [HttpGet]
    public Task<IActionResult> RequestChanges(Guid id) => StepPageAsync<RequestChangesForm>(id, AssignmentOperations.Decide);

    [HttpPost]
    public Task<IActionResult> RequestChanges(Guid id, RequestChangesForm form, [FromServices] IValidator<RequestChangesForm> validator) =>
        FormStepAsync(
            id,
            AssignmentOperations.Decide,
            form,
            validator,
            a => lifecycle.RequestChangesAsync(a, form, User.PersonId(), Aborted),
            "sent back for changes",
            "Changes requested. The mentee can now revise the assignment and submit it again.");

    [HttpPost]
    public Task<IActionResult> Start(Guid id, Guid version) =>
        ButtonStepAsync(
            id,
            AssignmentOperations.Deliver,
            a => lifecycle.StartAsync(a, version, User.PersonId(), Aborted),
            "started",
            "Assignment started.");

    [HttpGet]
    public Task<IActionResult> Complete(Guid id) => StepPageAsync<CompleteAssignmentForm>(id, AssignmentOperations.Deliver);

    [HttpPost]
    public Task<IActionResult> Complete(Guid id, CompleteAssignmentForm form, [FromServices] IValidator<CompleteAssignmentForm> validator) =>
        FormStepAsync(
            id,
            AssignmentOperations.Deliver,
            form,
            validator,
            a => lifecycle.CompleteAsync(a, form, User.PersonId(), Aborted),
            "completed",
            "Assignment completed. Well done.");

    [HttpGet]
    public Task<IActionResult> Withdraw(Guid id) => StepPageAsync<WithdrawAssignmentForm>(id, AssignmentOperations.Withdraw);

    [HttpPost]
    public Task<IActionResult> Withdraw(Guid id, WithdrawAssignmentForm form, [FromServices] IValidator<WithdrawAssignmentForm> validator) =>
        FormStepAsync(
            id,
            AssignmentOperations.Withdraw,
            form,
            validator,
            a => lifecycle.WithdrawAsync(a, form, User.PersonId(), Aborted),
            "withdrawn",
            "Assignment withdrawn.");

    [HttpPost]
    public Task<IActionResult> Present(Guid id, Guid version) =>
        ButtonStepAsync(
            id,
            AssignmentOperations.Present,
            a => lifecycle.MarkPresentedAsync(a, version, User.PersonId(), Aborted),
            "marked as presented",
            "Assignment marked as presented at the celebration event.");

    /// <summary>Loads the assignment and authorizes the operation: the assignment, or the 404 or 403 to answer instead.</summary>
    private async Task<(StretchAssignment? Assignment, IActionResult? Refusal)> AuthorizedAsync(
        Guid id, OperationAuthorizationRequirement operation)
    {
        var assignment = await assignments.FindAsync(id, Aborted);
        if (assignment is null)
        {
            return (null, NotFound());
        }

        if (!(await authorization.AuthorizeAsync(User, assignment, operation)).Succeeded)
        {
            LogRefused(logger, User.PersonId(), operation.Name, id);
            return (null, Forbid());
        }

        return (assignment, null);
    }

    /// <summary>A page with a form about one step (agree, request changes, complete, withdraw).</summary>
    private async Task<IActionResult> StepPageAsync<T>(Guid id, OperationAuthorizationRequirement operation)
        where T : AssignmentStepForm, new()
    {
        var (assignment, refusal) = await AuthorizedAsync(id, operation);
        if (assignment is null)
        {
            return refusal!;
        }

        return View(new T { Version = assignment.Version, Assignment = await pages.SummaryAsync(id, Aborted) });
    }

    /// <summary>Posts a step's form: validated, then applied; a refusal is shown on the same page with the input kept.</summary>
    private async Task<IActionResult> FormStepAsync<T>(
        Guid id, OperationAuthorizationRequirement operation, T form, IValidator<T> validator,
        Func<StretchAssignment, Task<FormResult>> step, string stepName, string done)
        where T : AssignmentStepForm
    {
        var (assignment, refusal) = await AuthorizedAsync(id, operation);
        if (assignment is null)
        {
            return refusal!;
        }

        if (!await ModelState.IsValidAsync(validator, form, Aborted))
        {
            form.Assignment = await pages.SummaryAsync(id, Aborted);
            return View(form);
        }

        var result = await step(assignment);
        if (!result.Succeeded)
        {
            ModelState.AddFormErrors(result);
            form.Version = assignment.Version;
            form.Assignment = await pages.SummaryAsync(id, Aborted);
            return View(form);
        }

        LogStep(logger, User.PersonId(), stepName, id);
        this.Flash(done);
        return RedirectToAction(nameof(Details), new { id });
    }

    /// <summary>A step taken with a button on the details page (submit, start, present); a refusal shows there.</summary>
    private async Task<IActionResult> ButtonStepAsync(
        Guid id, OperationAuthorizationRequirement operation, Func<StretchAssignment, Task<FormResult>> step, string stepName, string done)
    {
        var (assignment, refusal) = await AuthorizedAsync(id, operation);
        if (assignment is null)
        {
            return refusal!;
        }

        var result = await step(assignment);
        if (!result.Succeeded)
        {
            ModelState.Clear();
            ModelState.AddFormErrors(result);
            return View(nameof(Details), await DetailsAsync(assignment));
        }

        LogStep(logger, User.PersonId(), stepName, id);
        this.Flash(done);
        return RedirectToAction(nameof(Details), new { id });
    }

    private async Task<AssignmentDetailsViewModel> DetailsAsync(StretchAssignment assignment)
    {
        async Task<bool> May(OperationAuthorizationRequirement operation) =>
            (await authorization.AuthorizeAsync(User, assignment, operation)).Succeeded;

        var actions = AssignmentActions.For(
            assignment,
            mayDeliver: await May(AssignmentOperations.Deliver),
            mayDecide: await May(AssignmentOperations.Decide),
            mayWithdraw: await May(AssignmentOperations.Withdraw),
            mayPresent: await May(AssignmentOperations.Present));
        return await pages.DetailsAsync(assignment.Id, actions, Aborted);
    }

    /// <summary>The person's active enrolments they may draft an assignment for (as a mentee).</summary>
    private async Task<List<Enrolment>> DraftableEnrolmentsAsync()
    {
        var draftable = new List<Enrolment>();
        foreach (var enrolment in await assignments.ActiveEnrolmentsAsync(User.PersonId(), Aborted))
        {
            if ((await authorization.AuthorizeAsync(User, enrolment, AssignmentDraftingAuthorizationHandler.Draft)).Succeeded)
            {
                draftable.Add(enrolment);
            }
        }

        return draftable;
    }

    private async Task<CreateAssignmentForm> WithOptions(CreateAssignmentForm form, List<Enrolment> enrolments)
    {
        form.Enrolments = AssignmentsService.EnrolmentChoices(enrolments);
        form.Options = await assignments.OptionsAsync(User.PersonId(), [], Aborted);
        return form;
    }

    private async Task<EditAssignmentForm> WithOptions(EditAssignmentForm form, string menteeId, IReadOnlyCollection<Guid> savedPriorities)
    {
        form.Options = await assignments.OptionsAsync(menteeId, savedPriorities, Aborted);
        return form;
    }

    [LoggerMessage(LogLevel.Information, "Person {PersonId} drafted assignment {AssignmentId} for enrolment {EnrolmentId}")]
    private static partial void LogDrafted(ILogger logger, string personId, Guid assignmentId, Guid enrolmentId);

    [LoggerMessage(LogLevel.Information, "Person {PersonId} {Step} assignment {AssignmentId}")]
    private static partial void LogStep(ILogger logger, string personId, string step, Guid assignmentId);

    [LoggerMessage(LogLevel.Warning, "Person {PersonId} was refused {Operation} on assignment {AssignmentId}")]
    private static partial void LogRefused(ILogger logger, string personId, string? operation, Guid assignmentId);

    [LoggerMessage(LogLevel.Warning, "Person {PersonId} was refused drafting an assignment: no active enrolment as a mentee")]
    private static partial void LogDraftRefused(ILogger logger, string personId);
}
