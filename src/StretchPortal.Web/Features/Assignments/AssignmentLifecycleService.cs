using StretchPortal.Web.Features.Shared;
using StretchPortal.Web.Data;
using StretchPortal.Web.Domain;

namespace StretchPortal.Web.Features.Assignments;

/// <summary>
/// Moves an assignment along its life: submitted, agreed or sent back, started, completed, presented, or withdrawn.
/// The entity decides whether each step is possible; this service adds the clock, the version the person saw, and
/// the save. The caller has already authorized the person for the step.
/// </summary>
public sealed class AssignmentLifecycleService(StretchPortalDbContext db, TimeProvider clock)
{
    public Task<FormResult> SubmitAsync(StretchAssignment assignment, Guid versionSeen, string actorId, CancellationToken cancellationToken) =>
        ApplyAsync(assignment, versionSeen, now => assignment.Submit(actorId, now), cancellationToken);

    public Task<FormResult> AgreeAsync(StretchAssignment assignment, AgreeAssignmentForm form, string mentorId, CancellationToken cancellationToken) =>
        ApplyAsync(assignment, form.Version, now => assignment.Agree(mentorId, form.Comment, now), cancellationToken);

    public Task<FormResult> RequestChangesAsync(
        StretchAssignment assignment, RequestChangesForm form, string mentorId, CancellationToken cancellationToken) =>
        ApplyAsync(assignment, form.Version, now => assignment.RequestChanges(mentorId, form.Comment ?? "", now), cancellationToken);

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
