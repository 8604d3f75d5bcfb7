using StretchPortal.Web.Features.Shared;
using StretchPortal.Web.Data;
using StretchPortal.Web.Domain;
using StretchPortal.Web.Features.Notifications;

namespace StretchPortal.Web.Features.Assignments;

/// <summary>
/// Moves an assignment along its life: submitted, agreed or sent back, started, completed, presented, or withdrawn.
/// The entity decides whether each step is possible; this service adds the clock, the version the person saw, and
/// the save, then tells the people concerned (<see cref="NoticesService"/>). The caller has already authorized the
/// person for the step.
/// </summary>
public sealed class AssignmentLifecycleService(StretchPortalDbContext db, TimeProvider clock, NoticesService notices)
{
    public async Task<FormResult> SubmitAsync(StretchAssignment assignment, Guid versionSeen, string actorId, CancellationToken cancellationToken) =>
        await ThenAsync(
            await ApplyAsync(assignment, versionSeen, now => assignment.Submit(actorId, now), cancellationToken),
            () => notices.AssignmentSubmittedAsync(assignment.Id, cancellationToken));

    public async Task<FormResult> AgreeAsync(StretchAssignment assignment, AgreeAssignmentForm form, string mentorId, CancellationToken cancellationToken) =>
        await ThenAsync(
            await ApplyAsync(assignment, form.Version, now => assignment.Agree(mentorId, form.Comment, now), cancellationToken),
            () => notices.AssignmentAgreedAsync(assignment.Id, form.Comment, cancellationToken));

    public async Task<FormResult> RequestChangesAsync(
        StretchAssignment assignment, RequestChangesForm form, string mentorId, CancellationToken cancellationToken) =>
        await ThenAsync(
            await ApplyAsync(assignment, form.Version, now => assignment.RequestChanges(mentorId, form.Comment ?? "", now), cancellationToken),
            () => notices.AssignmentChangesRequestedAsync(assignment.Id, form.Comment ?? "", cancellationToken));

    public Task<FormResult> StartAsync(StretchAssignment assignment, Guid versionSeen, string actorId, CancellationToken cancellationToken) =>
        ApplyAsync(assignment, versionSeen, now => assignment.Start(actorId, now), cancellationToken);

    public Task<FormResult> CompleteAsync(
        StretchAssignment assignment, CompleteAssignmentForm form, string actorId, CancellationToken cancellationToken) =>
        ApplyAsync(
            assignment,
            form.Version,
            now => assignment.Complete(actorId, form.OutcomesAchieved ?? "", form.LessonsLearned ?? "", form.PracticeImprovements ?? "", now),
            cancellationToken);

    public Task<FormResult> WithdrawAsync(
        StretchAssignment assignment, WithdrawAssignmentForm form, string actorId, CancellationToken cancellationToken) =>
        ApplyAsync(assignment, form.Version, now => assignment.Withdraw(actorId, form.Reason ?? "", now), cancellationToken);

    public Task<FormResult> MarkPresentedAsync(StretchAssignment assignment, Guid versionSeen, string actorId, CancellationToken cancellationToken) =>
        ApplyAsync(assignment, versionSeen, now => assignment.MarkPresented(actorId, now), cancellationToken);

    /// <summary>Runs <paramref name="tell"/> once the step has been saved.</summary>
    private static async Task<FormResult> ThenAsync(FormResult result, Func<Task> tell)
    {
        if (result.Succeeded)
        {
            await tell();
        }

        return result;
    }

    private async Task<FormResult> ApplyAsync(
        StretchAssignment assignment, Guid versionSeen, Func<DateTime, Outcome> step, CancellationToken cancellationToken)
    {
        if (AssignmentSaving.Stale(assignment, versionSeen, AssignmentSaving.ChangedMeanwhile) is { } stale)
        {
            return stale;
        }

        var outcome = step(clock.GetUtcNow().UtcDateTime);
        if (!outcome.Succeeded)
        {
            return FormResult.Refused("", outcome.Refusal!);
        }

        return await db.SaveAsync(assignment, versionSeen, AssignmentSaving.ChangedMeanwhile, cancellationToken);
    }
}
