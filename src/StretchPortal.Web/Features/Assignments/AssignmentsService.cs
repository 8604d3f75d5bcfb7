using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using StretchPortal.Web.Data;
using StretchPortal.Web.Domain;
using StretchPortal.Web.Features.Notifications;
using StretchPortal.Web.Features.Shared;

namespace StretchPortal.Web.Features.Assignments;

/// <summary>
/// Drafting and editing assignments. The rules on what a mentee may link an assignment to live here: ICS priorities
/// still offered (or already on the assignment), their own PDR objectives, and one of their active enrolments.
/// </summary>
public sealed class AssignmentsService(StretchPortalDbContext db, TimeProvider clock, NoticesService notices)
{
    private static readonly IReadOnlyList<SelectListItem> Types =
        Enum.GetValues<AssignmentType>().Select(t => new SelectListItem(t.DisplayName(), t.ToString())).ToList();

    /// <summary>The assignment with what its authorization handler needs; tracked, so it can be changed.</summary>
    public Task<StretchAssignment?> FindAsync(Guid id, CancellationToken cancellationToken) =>
        db.ForAuthorization(id, cancellationToken);

    /// <summary>The person's active enrolments as a mentee, with their cohort and programme; still to be authorized.</summary>
    public Task<List<Enrolment>> ActiveEnrolmentsAsync(string personId, CancellationToken cancellationToken) =>
        db.Enrolments.AsNoTracking()
            .Include(e => e.Cohort).ThenInclude(c => c!.Programme)
            .Where(e => e.MenteeId == personId && e.Status == EnrolmentStatus.Active)
            .OrderBy(e => e.EnrolledAt)
            .ToListAsync(cancellationToken);

    public static IReadOnlyList<SelectListItem> EnrolmentChoices(IEnumerable<Enrolment> enrolments) =>
        enrolments.Select(e => new SelectListItem($"{e.Cohort!.Programme!.Name}, {e.Cohort.Name}", e.Id.ToString())).ToList();

    /// <summary>
    /// The choices the form offers: every type, the ICS priorities not archived (and any the assignment already
    /// names), and the mentee's own PDR objectives.
    /// </summary>
    public async Task<AssignmentFormOptions> OptionsAsync(string menteeId, IReadOnlyCollection<Guid> currentPriorityIds, CancellationToken cancellationToken)
    {
        var priorities = await db.IcsPriorities.AsNoTracking()
            .Where(p => !p.IsArchived || currentPriorityIds.Contains(p.Id))
            .OrderBy(p => p.SortOrder).ThenBy(p => p.Name)
            .Select(p => new { p.Id, p.Name })
            .ToListAsync(cancellationToken);
        var objectives = await db.PdrObjectives.AsNoTracking()
            .Where(o => o.PersonId == menteeId)
            .OrderByDescending(o => o.Year).ThenBy(o => o.Title)
            .Select(o => new { o.Id, o.Title, o.Year })
            .ToListAsync(cancellationToken);
        return new AssignmentFormOptions(
            Types,
            priorities.Select(p => new SelectListItem(p.Name, p.Id.ToString())).ToList(),
            objectives.Select(o => new SelectListItem($"{o.Title} ({o.Year})", o.Id.ToString())).ToList());
    }

    public static EditAssignmentForm EditForm(StretchAssignment assignment) => new()
    {
        Title = assignment.Title,
        Type = assignment.Type,
        OtherType = assignment.OtherType,
        Aim = assignment.Aim,
        Description = assignment.Description,
        MenteeRole = assignment.MenteeRole,
        AnticipatedOutcomes = assignment.AnticipatedOutcomes,
        StartDate = assignment.StartDate,
        EndDate = assignment.EndDate,
        HoursPerWeek = assignment.HoursPerWeek,
        HostOrganisation = assignment.HostOrganisation,
        IcsPriorityIds = assignment.Priorities.Select(p => p.IcsPriorityId).ToList(),
        PdrObjectiveIds = assignment.PdrObjectives.Select(p => p.PdrObjectiveId).ToList(),
        Version = assignment.Version,
    };

    /// <summary>Drafts the assignment for the chosen one of <paramref name="enrolments"/> (those the person may draft for).</summary>
    public async Task<FormResult> DraftAsync(
        IReadOnlyList<Enrolment> enrolments, CreateAssignmentForm form, string menteeId, CancellationToken cancellationToken)
    {
        var enrolment = enrolments.FirstOrDefault(e => e.Id == form.EnrolmentId);
        var errors = await ChoiceErrorsAsync(form, menteeId, [], cancellationToken);
        if (enrolment is null)
        {
            errors.Insert(0, new(nameof(form.EnrolmentId), "Choose the programme this assignment is for"));
        }

        if (errors.Count > 0)
        {
            return new FormResult(errors);
        }

        var assignment = StretchAssignment.Draft(enrolment!.Id, form.ToDetails(), menteeId, clock.GetUtcNow().UtcDateTime);
        db.StretchAssignments.Add(assignment);
        await db.SaveChangesAsync(cancellationToken);
        return FormResult.Done(assignment.Id);
    }

    /// <summary>
    /// Changes the details, unless someone else saved the assignment since the form was opened or the entity refuses
    /// (while it waits for agreement, say). A changed scope on an agreed assignment sends it back for agreement.
    /// </summary>
    public async Task<FormResult> ReviseAsync(
        StretchAssignment assignment, EditAssignmentForm form, string actorId, CancellationToken cancellationToken)
    {
        if (AssignmentSaving.Stale(assignment, form.Version, AssignmentSaving.ChangedWhileEditing) is { } stale)
        {
            return stale;
        }

        var current = assignment.Priorities.Select(p => p.IcsPriorityId).ToList();
        var errors = await ChoiceErrorsAsync(form, assignment.Enrolment!.MenteeId, current, cancellationToken);
        if (errors.Count > 0)
        {
            return new FormResult(errors);
        }

        var steps = assignment.Timeline.Count;
        var outcome = assignment.Revise(form.ToDetails(), actorId, clock.GetUtcNow().UtcDateTime);
        if (!outcome.Succeeded)
        {
            return FormResult.Refused("", outcome.Refusal!);
        }

        if (assignment.Timeline.Count == steps)
        {
            return FormResult.Done(assignment.Id);
        }

        var wasAwaitingAgreement = assignment.Status == AssignmentStatus.Submitted;
        var result = await db.SaveAsync(assignment, form.Version, AssignmentSaving.ChangedWhileEditing, cancellationToken);
        if (result.Succeeded && wasAwaitingAgreement)
        {
            // A changed scope sent the agreed assignment back to the mentor.
            await notices.AssignmentSubmittedAsync(assignment.Id, cancellationToken);
        }

        return result;
    }

    private async Task<List<FormError>> ChoiceErrorsAsync(
        AssignmentFields form, string menteeId, IReadOnlyCollection<Guid> currentPriorityIds, CancellationToken cancellationToken)
    {
        var errors = new List<FormError>();
        var priorityIds = form.IcsPriorityIds.Distinct().ToList();
        var offered = await db.IcsPriorities
            .CountAsync(p => priorityIds.Contains(p.Id) && (!p.IsArchived || currentPriorityIds.Contains(p.Id)), cancellationToken);
        if (offered != priorityIds.Count)
        {
            errors.Add(new(nameof(form.IcsPriorityIds), "Select ICS priorities from the list"));
        }

        var objectiveIds = form.PdrObjectiveIds.Distinct().ToList();
        var own = await db.PdrObjectives.CountAsync(o => objectiveIds.Contains(o.Id) && o.PersonId == menteeId, cancellationToken);
        if (own != objectiveIds.Count)
        {
            errors.Add(new(nameof(form.PdrObjectiveIds), "Select PDR objectives from your own list"));
        }

        return errors;
    }
}
