using Microsoft.EntityFrameworkCore;
using StretchPortal.Web.Data;
using StretchPortal.Web.Domain;

namespace StretchPortal.Web.Features.Organisations;

/// <summary>
/// The organisations people and programmes belong to. Names are unique (ignoring case); archived organisations are
/// kept on the records that name them but no longer offered.
/// </summary>
public sealed partial class OrganisationsService(StretchPortalDbContext db, ILogger<OrganisationsService> logger)
{
    public const string NameTaken = "An organisation with this name already exists";

    public const string ChangedElsewhere =
        "Someone else changed this organisation while you were editing. Check the values below and save again.";

    public Task<List<OrganisationRowViewModel>> ListAsync(CancellationToken cancellationToken) =>
        db.Organisations.AsNoTracking()
            .OrderBy(o => o.IsArchived)
            .ThenBy(o => o.Name)
            .Select(o => new OrganisationRowViewModel(o.Id, o.Name, o.Region, o.IsArchived))
            .ToListAsync(cancellationToken);

    public Task<EditOrganisationForm?> EditFormAsync(Guid id, CancellationToken cancellationToken) =>
        db.Organisations.AsNoTracking()
            .Where(o => o.Id == id)
            .Select(o => new EditOrganisationForm { Id = o.Id, Name = o.Name, Region = o.Region, Version = o.Version })
            .SingleOrDefaultAsync(cancellationToken);

    public Task<Organisation?> FindAsync(Guid id, CancellationToken cancellationToken) =>
        db.Organisations.SingleOrDefaultAsync(o => o.Id == id, cancellationToken);

    public async Task<Outcome> CreateAsync(CreateOrganisationForm form, CancellationToken cancellationToken)
    {
        var organisation = new Organisation { Name = form.Name.Trim(), Region = form.Region };
        if (await NameTakenAsync(organisation, cancellationToken))
        {
            return Outcome.Refused(NameTaken);
        }

        db.Organisations.Add(organisation);
        var outcome = await SaveAsync(organisation, cancellationToken);
        if (outcome.Succeeded)
        {
            LogCreated(logger, organisation.Id);
        }

        return outcome;
    }

    /// <summary>Saves the new name and region unless someone has changed the organisation since <see cref="EditOrganisationForm.Version"/>.</summary>
    public async Task<Outcome> EditAsync(Organisation organisation, EditOrganisationForm form, CancellationToken cancellationToken)
    {
        organisation.Name = form.Name.Trim();
        organisation.Region = form.Region;
        if (await NameTakenAsync(organisation, cancellationToken))
        {
            return Outcome.Refused(NameTaken);
        }

        db.ExpectVersion(organisation, form.Version);
        var outcome = await SaveAsync(organisation, cancellationToken);
        if (outcome.Succeeded)
        {
            LogEdited(logger, organisation.Id);
        }

        return outcome;
    }

    public async Task ArchiveAsync(Organisation organisation, CancellationToken cancellationToken)
    {
        organisation.IsArchived = true;
        await db.SaveChangesAsync(cancellationToken);
        LogArchived(logger, organisation.Id, true);
    }

    public async Task RestoreAsync(Organisation organisation, CancellationToken cancellationToken)
    {
        organisation.IsArchived = false;
        await db.SaveChangesAsync(cancellationToken);
        LogArchived(logger, organisation.Id, false);
    }

    /// <summary>Whether another record has this name, ignoring case (LIKE with every wildcard escaped: an equality test on both providers).</summary>
    private Task<bool> NameTakenAsync(Organisation organisation, CancellationToken cancellationToken)
    {
        var literal = organisation.Name
            .Replace(@"\", @"\\", StringComparison.Ordinal)
            .Replace("%", @"\%", StringComparison.Ordinal)
            .Replace("_", @"\_", StringComparison.Ordinal)
            .Replace("[", @"\[", StringComparison.Ordinal);
        return db.Organisations.AsNoTracking()
            .AnyAsync(o => o.Id != organisation.Id && EF.Functions.Like(o.Name, literal, @"\"), cancellationToken);
    }

    /// <summary>
    /// Saves, turning a lost race into the refusal a person can act on: a concurrent edit (the organisation is
    /// reloaded so its fresh <see cref="Entity.Version"/> can go back in the form), or the same name saved by someone
    /// else between the check and this save (the unique index refused it).
    /// </summary>
    private async Task<Outcome> SaveAsync(Organisation organisation, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return Outcome.Done;
        }
        catch (DbUpdateConcurrencyException)
        {
            await db.Entry(organisation).ReloadAsync(cancellationToken);
            LogConflict(logger, organisation.Id);
            return Outcome.Refused(ChangedElsewhere);
        }
        catch (DbUpdateException) when (db.Entry(organisation).State is EntityState.Added or EntityState.Modified)
        {
            if (await NameTakenAsync(organisation, cancellationToken))
            {
                return Outcome.Refused(NameTaken);
            }

            throw;
        }
    }

    [LoggerMessage(LogLevel.Information, "Organisation {OrganisationId} created")]
    private static partial void LogCreated(ILogger logger, Guid organisationId);

    [LoggerMessage(LogLevel.Information, "Organisation {OrganisationId} changed")]
    private static partial void LogEdited(ILogger logger, Guid organisationId);

    [LoggerMessage(LogLevel.Information, "Organisation {OrganisationId} archived: {Archived}")]
    private static partial void LogArchived(ILogger logger, Guid organisationId, bool archived);

    [LoggerMessage(LogLevel.Information, "Change to organisation {OrganisationId} refused: changed elsewhere since loaded")]
    private static partial void LogConflict(ILogger logger, Guid organisationId);
}
