using Microsoft.EntityFrameworkCore;
using StretchPortal.Web.Data;
using StretchPortal.Web.Domain;

namespace StretchPortal.Web.Features.PdrObjectives;

/// <summary>
/// A person's own PDR objectives, year by year. An objective a stretch assignment links to cannot be deleted: the
/// assignment's record of what it serves would lose it.
/// </summary>
public sealed partial class PdrObjectivesService(StretchPortalDbContext db, TimeProvider clock, ILogger<PdrObjectivesService> logger)
{
    public const string ChangedElsewhere =
        "Someone else changed this objective while you were editing. Check the values below and save again.";

    public const string LinkedToAnAssignment =
        "This objective cannot be deleted because a stretch assignment links to it. Remove it from the assignment first.";

    /// <summary>The person's objectives, newest PDR year first.</summary>
    public async Task<IReadOnlyList<PdrYearViewModel>> ListAsync(string personId, CancellationToken cancellationToken)
    {
        var links = db.Set<AssignmentPdrObjective>();
        var rows = await db.PdrObjectives.AsNoTracking()
            .Where(o => o.PersonId == personId)
            .OrderByDescending(o => o.Year)
            .ThenBy(o => o.Title)
            .Select(o => new
            {
                o.Year,
                Row = new PdrObjectiveRowViewModel(o.Id, o.Title, o.Description, links.Count(l => l.PdrObjectiveId == o.Id)),
            })
            .ToListAsync(cancellationToken);
        return rows.GroupBy(r => r.Year, StringComparer.Ordinal)
            .Select(g => new PdrYearViewModel(g.Key, g.Select(r => r.Row).ToList()))
            .ToList();
    }

    /// <summary>A new form with this PDR year filled in (NHS PDR years run from April to March).</summary>
    public CreatePdrObjectiveForm NewForm()
    {
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var first = today.Month >= 4 ? today.Year : today.Year - 1;
        return new CreatePdrObjectiveForm { Year = $"{first}/{first + 1}" };
    }

    /// <summary>The objective to show or change; its handler decides whether this person may.</summary>
    public Task<PdrObjective?> FindAsync(Guid id, bool forChange, CancellationToken cancellationToken) =>
        (forChange ? db.PdrObjectives : db.PdrObjectives.AsNoTracking()).SingleOrDefaultAsync(o => o.Id == id, cancellationToken);

    public static EditPdrObjectiveForm EditForm(PdrObjective objective) => new()
    {
        Id = objective.Id,
        Year = objective.Year,
        Title = objective.Title,
        Description = objective.Description,
        Version = objective.Version,
    };

    public async Task<Guid> CreateAsync(string personId, CreatePdrObjectiveForm form, CancellationToken cancellationToken)
    {
        var objective = new PdrObjective
        {
            PersonId = personId,
            Year = form.Year.Trim(),
            Title = form.Title.Trim(),
            Description = Tidy(form.Description),
        };
        db.PdrObjectives.Add(objective);
        await db.SaveChangesAsync(cancellationToken);
        LogCreated(logger, objective.Id);
        return objective.Id;
    }

    /// <summary>Saves the changes unless someone has changed the objective since <see cref="EditPdrObjectiveForm.Version"/>.</summary>
    public async Task<Outcome> EditAsync(PdrObjective objective, EditPdrObjectiveForm form, CancellationToken cancellationToken)
    {
        objective.Year = form.Year.Trim();
        objective.Title = form.Title.Trim();
        objective.Description = Tidy(form.Description);
        db.ExpectVersion(objective, form.Version);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            LogEdited(logger, objective.Id);
            return Outcome.Done;
        }
        catch (DbUpdateConcurrencyException)
        {
            await db.Entry(objective).ReloadAsync(cancellationToken);
            LogConflict(logger, objective.Id);
            return Outcome.Refused(ChangedElsewhere);
        }
    }

    /// <summary>Deletes the objective unless an assignment links to it.</summary>
    public async Task<Outcome> DeleteAsync(PdrObjective objective, CancellationToken cancellationToken)
    {
        if (await db.Set<AssignmentPdrObjective>().AnyAsync(l => l.PdrObjectiveId == objective.Id, cancellationToken))
        {
            LogDeleteRefused(logger, objective.Id);
            return Outcome.Refused(LinkedToAnAssignment);
        }

        db.PdrObjectives.Remove(objective);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // An assignment linked to it between the check and the save: the foreign key refused the delete.
            if (!await db.Set<AssignmentPdrObjective>().AnyAsync(l => l.PdrObjectiveId == objective.Id, cancellationToken))
            {
                throw;
            }

            db.Entry(objective).State = EntityState.Unchanged;
            LogDeleteRefused(logger, objective.Id);
            return Outcome.Refused(LinkedToAnAssignment);
        }

        LogDeleted(logger, objective.Id);
        return Outcome.Done;
    }

    private static string? Tidy(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    [LoggerMessage(LogLevel.Information, "PDR objective {ObjectiveId} created")]
    private static partial void LogCreated(ILogger logger, Guid objectiveId);

    [LoggerMessage(LogLevel.Information, "PDR objective {ObjectiveId} changed")]
    private static partial void LogEdited(ILogger logger, Guid objectiveId);

    [LoggerMessage(LogLevel.Information, "PDR objective {ObjectiveId} deleted")]
    private static partial void LogDeleted(ILogger logger, Guid objectiveId);

    [LoggerMessage(LogLevel.Information, "Deleting PDR objective {ObjectiveId} refused: an assignment links to it")]
    private static partial void LogDeleteRefused(ILogger logger, Guid objectiveId);

    [LoggerMessage(LogLevel.Information, "Change to PDR objective {ObjectiveId} refused: changed elsewhere since loaded")]
    private static partial void LogConflict(ILogger logger, Guid objectiveId);
}
