using Microsoft.EntityFrameworkCore;
using StretchPortal.Web.Data;
using StretchPortal.Web.Domain;

namespace StretchPortal.Web.Features.IcsPriorities;

/// <summary>
/// The ICS priorities a stretch assignment can serve: the five of seed 000 and any a programme lead adds. Names are
/// unique (ignoring case); new priorities go to the end of the list; archived ones stay on the assignments that name
/// them but are no longer offered.
/// </summary>
public sealed partial class IcsPrioritiesService(StretchPortalDbContext db, ILogger<IcsPrioritiesService> logger)
{
    public const string NameTaken = "An ICS priority with this name already exists";

    public const string ChangedElsewhere =
        "Someone else changed this ICS priority while you were editing. Check the values below and save again.";

    public Task<List<IcsPriorityRowViewModel>> ListAsync(CancellationToken cancellationToken) =>
        db.IcsPriorities.AsNoTracking()
            .OrderBy(p => p.SortOrder)
            .ThenBy(p => p.Name)
            .Select(p => new IcsPriorityRowViewModel(p.Id, p.Name, p.Description, p.IsArchived))
            .ToListAsync(cancellationToken);

    public Task<EditIcsPriorityForm?> EditFormAsync(Guid id, CancellationToken cancellationToken) =>
        db.IcsPriorities.AsNoTracking()
            .Where(p => p.Id == id)
            .Select(p => new EditIcsPriorityForm { Id = p.Id, Name = p.Name, Description = p.Description, Version = p.Version })
            .SingleOrDefaultAsync(cancellationToken);

    public Task<IcsPriority?> FindAsync(Guid id, CancellationToken cancellationToken) =>
        db.IcsPriorities.SingleOrDefaultAsync(p => p.Id == id, cancellationToken);

    public async Task<Outcome> CreateAsync(CreateIcsPriorityForm form, CancellationToken cancellationToken)
    {
        var last = await db.IcsPriorities.MaxAsync(p => (int?)p.SortOrder, cancellationToken) ?? 0;
        var priority = new IcsPriority { Name = form.Name.Trim(), Description = Tidy(form.Description), SortOrder = last + 1 };
        if (await NameTakenAsync(priority, cancellationToken))
        {
            return Outcome.Refused(NameTaken);
        }

        db.IcsPriorities.Add(priority);
        var outcome = await SaveAsync(priority, cancellationToken);
        if (outcome.Succeeded)
        {
            LogCreated(logger, priority.Id);
        }

        return outcome;
    }

    /// <summary>Saves the new name and description unless someone has changed the priority since <see cref="EditIcsPriorityForm.Version"/>.</summary>
    public async Task<Outcome> EditAsync(IcsPriority priority, EditIcsPriorityForm form, CancellationToken cancellationToken)
    {
        priority.Name = form.Name.Trim();
        priority.Description = Tidy(form.Description);
        if (await NameTakenAsync(priority, cancellationToken))
        {
            return Outcome.Refused(NameTaken);
        }

        db.ExpectVersion(priority, form.Version);
        var outcome = await SaveAsync(priority, cancellationToken);
        if (outcome.Succeeded)
        {
            LogEdited(logger, priority.Id);
        }

        return outcome;
    }

    public async Task ArchiveAsync(IcsPriority priority, CancellationToken cancellationToken)
    {
        priority.IsArchived = true;
        await db.SaveChangesAsync(cancellationToken);
        LogArchived(logger, priority.Id, true);
    }

    public async Task RestoreAsync(IcsPriority priority, CancellationToken cancellationToken)
    {
        priority.IsArchived = false;
        await db.SaveChangesAsync(cancellationToken);
        LogArchived(logger, priority.Id, false);
    }

    private static string? Tidy(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    /// <summary>Whether another record has this name, ignoring case (LIKE with every wildcard escaped: an equality test on both providers).</summary>
    private Task<bool> NameTakenAsync(IcsPriority priority, CancellationToken cancellationToken)
    {
        var literal = priority.Name
            .Replace(@"\", @"\\", StringComparison.Ordinal)
            .Replace("%", @"\%", StringComparison.Ordinal)
            .Replace("_", @"\_", StringComparison.Ordinal)
            .Replace("[", @"\[", StringComparison.Ordinal);
        return db.IcsPriorities.AsNoTracking()
            .AnyAsync(p => p.Id != priority.Id && EF.Functions.Like(p.Name, literal, @"\"), cancellationToken);
    }

    /// <summary>
    /// Saves, turning a lost race into the refusal a person can act on: a concurrent edit (the priority is reloaded
    /// so its fresh <see cref="Entity.Version"/> can go back in the form), or the same name saved by someone else
    /// between the check and this save (the unique index refused it).
    /// </summary>
    private async Task<Outcome> SaveAsync(IcsPriority priority, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return Outcome.Done;
        }
        catch (DbUpdateConcurrencyException)
        {
            await db.Entry(priority).ReloadAsync(cancellationToken);
            LogConflict(logger, priority.Id);
            return Outcome.Refused(ChangedElsewhere);
        }
        catch (DbUpdateException) when (db.Entry(priority).State is EntityState.Added or EntityState.Modified)
        {
            if (await NameTakenAsync(priority, cancellationToken))
            {
                return Outcome.Refused(NameTaken);
            }

            throw;
        }
    }

    [LoggerMessage(LogLevel.Information, "ICS priority {IcsPriorityId} created")]
    private static partial void LogCreated(ILogger logger, Guid icsPriorityId);

    [LoggerMessage(LogLevel.Information, "ICS priority {IcsPriorityId} changed")]
    private static partial void LogEdited(ILogger logger, Guid icsPriorityId);

    [LoggerMessage(LogLevel.Information, "ICS priority {IcsPriorityId} archived: {Archived}")]
    private static partial void LogArchived(ILogger logger, Guid icsPriorityId, bool archived);

    [LoggerMessage(LogLevel.Information, "Change to ICS priority {IcsPriorityId} refused: changed elsewhere since loaded")]
    private static partial void LogConflict(ILogger logger, Guid icsPriorityId);
}
