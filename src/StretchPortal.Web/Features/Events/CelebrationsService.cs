using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using StretchPortal.Web.Data;
using StretchPortal.Web.Domain;
using StretchPortal.Web.Features.Shared;

namespace StretchPortal.Web.Features.Events;

/// <summary>
/// A celebration event's running order: the lead adds the programme's completed assignments, moves and removes them,
/// and records the event as held, which marks the assignments presented (the event's own rules,
/// <see cref="CelebrationEvent"/>). Every change names the event version the lead saw.
/// </summary>
public sealed class CelebrationsService(StretchPortalDbContext db, TimeProvider clock)
{
    public const string ChangedMeanwhile =
        "Someone else changed this event's running order while you were looking at it. Check the running order below and try again.";

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    /// <summary>The event with its running order and its programme's leads; tracked, so it can be changed.</summary>
    public Task<CelebrationEvent?> FindAsync(Guid id, CancellationToken cancellationToken) =>
        db.CelebrationEvents
            .Include(e => e.Presentations)
            .Include(e => e.Programme!).ThenInclude(p => p.Leads)
            .SingleOrDefaultAsync(e => e.Id == id, cancellationToken);

    public async Task<CelebrationViewModel> DetailsAsync(CelebrationEvent celebration, bool mayManage, AddPresentationForm? add, CancellationToken cancellationToken)
    {
        var order = celebration.Presentations.Select(p => p.AssignmentId).ToList();
        var assignments = await db.StretchAssignments.AsNoTracking()
            .Where(a => order.Contains(a.Id))
            .Select(a => new { a.Id, a.Title, Mentee = a.Enrolment!.Mentee!.FullName, a.Status })
            .ToListAsync(cancellationToken);
        var rows = celebration.Presentations.OrderBy(p => p.Position)
            .Join(assignments, p => p.AssignmentId, a => a.Id, (p, a) => new PresentationRowViewModel(p.Position, a.Id, a.Title, a.Mentee, a.Status))
            .ToList();
        IReadOnlyList<SelectListItem> candidates = [];
        if (mayManage)
        {
            candidates = (await db.StretchAssignments.AsNoTracking()
                    .Where(a => a.Status == AssignmentStatus.Completed && a.Enrolment!.Cohort!.ProgrammeId == celebration.ProgrammeId
                        && !order.Contains(a.Id))
                    .OrderBy(a => a.Enrolment!.Mentee!.FullName).ThenBy(a => a.Title)
                    .Select(a => new { a.Id, a.Title, Mentee = a.Enrolment!.Mentee!.FullName })
                    .ToListAsync(cancellationToken))
                .Select(a => new SelectListItem($"{a.Title} ({a.Mentee})", a.Id.ToString()))
                .ToList();
        }

        var form = add ?? new AddPresentationForm();
        form.Version = celebration.Version;
        form.Candidates = candidates;
        return new CelebrationViewModel
        {
            Id = celebration.Id,
            Version = celebration.Version,
            Title = celebration.Title,
            Programme = celebration.Programme!.Name,
            StartsAt = celebration.StartsAt,
            Venue = celebration.Venue,
            Description = celebration.Description,
            HasTakenPlace = celebration.HasTakenPlace(Now),
            MayManage = mayManage,
            RunningOrder = rows,
            Add = form,
        };
    }

    public async Task<FormResult> AddAsync(CelebrationEvent celebration, AddPresentationForm form, string actorId, CancellationToken cancellationToken)
    {
        var found = await db.StretchAssignments
            .Where(a => a.Id == form.AssignmentId)
            .Select(a => new { Assignment = a, a.Enrolment!.Cohort!.ProgrammeId })
            .SingleOrDefaultAsync(cancellationToken);
        if (found is null)
        {
            return FormResult.Refused(nameof(form.AssignmentId), "Choose the completed assignment to add from the list");
        }

        return await SaveAsync(
            celebration,
            form.Version,
            now => celebration.AddPresentation(found.Assignment, found.ProgrammeId, actorId, now),
            nameof(form.AssignmentId),
            cancellationToken);
    }

    public Task<FormResult> MoveAsync(CelebrationEvent celebration, RunningOrderForm form, int by, CancellationToken cancellationToken) =>
        SaveAsync(celebration, form.Version, now => celebration.Move(form.AssignmentId, by, now), "", cancellationToken);

    public Task<FormResult> RemoveAsync(CelebrationEvent celebration, RunningOrderForm form, CancellationToken cancellationToken) =>
        SaveAsync(celebration, form.Version, now => celebration.Remove(form.AssignmentId, now), "", cancellationToken);

    public async Task<FormResult> RecordPresentedAsync(CelebrationEvent celebration, VersionForm form, string actorId, CancellationToken cancellationToken)
    {
        var ids = celebration.Presentations.Select(p => p.AssignmentId).ToList();
        var assignments = await db.StretchAssignments.Where(a => ids.Contains(a.Id)).ToListAsync(cancellationToken);
        return await SaveAsync(celebration, form.Version, now => celebration.RecordPresented(assignments, actorId, now), "", cancellationToken);
    }

    private async Task<FormResult> SaveAsync(
        CelebrationEvent celebration, Guid versionSeen, Func<DateTime, Outcome> change, string field, CancellationToken cancellationToken)
    {
        db.ExpectVersion(celebration, versionSeen);
        var outcome = change(Now);
        if (!outcome.Succeeded)
        {
            return FormResult.Refused(field, outcome.Refusal!);
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return FormResult.Done(celebration.Id);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return FormResult.Refused("", ChangedMeanwhile);
        }
    }
}
