using Microsoft.EntityFrameworkCore;
using StretchPortal.Web.Data;
using StretchPortal.Web.Domain;

namespace StretchPortal.Web.Features.Equality;

/// <summary>
/// The signed-in person's own equality monitoring declaration. Every method takes the person's id from their sign-in,
/// never from a route or a form, so nobody can read or change another person's answers here.
/// </summary>
public sealed partial class EqualityService(StretchPortalDbContext db, TimeProvider clock, ILogger<EqualityService> logger)
{
    public const string ChangedElsewhere =
        "Your answers were changed in another window while you were editing. Check the answers below and save again.";

    public async Task<EqualityDeclarationViewModel?> DeclarationAsync(string personId, CancellationToken cancellationToken) =>
        await db.EqualityDeclarations.AsNoTracking()
            .Where(d => d.PersonId == personId)
            .Select(d => new EqualityDeclarationViewModel(
                new EqualityAnswers(d.EthnicGroup, d.Sex, d.Disability, d.AgeBand, d.SexualOrientation, d.Religion), d.UpdatedAtUtc))
            .SingleOrDefaultAsync(cancellationToken);

    public async Task<DeclareEqualityForm> FormAsync(string personId, CancellationToken cancellationToken) =>
        await db.EqualityDeclarations.AsNoTracking()
            .Where(d => d.PersonId == personId)
            .Select(d => new DeclareEqualityForm
            {
                EthnicGroup = d.EthnicGroup,
                Sex = d.Sex,
                Disability = d.Disability,
                AgeBand = d.AgeBand,
                SexualOrientation = d.SexualOrientation,
                Religion = d.Religion,
                Version = d.Version,
            })
            .SingleOrDefaultAsync(cancellationToken)
        ?? new DeclareEqualityForm();

    /// <summary>Saves the person's answers, creating their declaration if they have none.</summary>
    public async Task<Outcome> DeclareAsync(string personId, DeclareEqualityForm form, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var declaration = await db.EqualityDeclarations.SingleOrDefaultAsync(d => d.PersonId == personId, cancellationToken);
        if (declaration is null)
        {
            if (form.Version is not null)
            {
                // They were editing answers that have since been withdrawn elsewhere.
                return Outcome.Refused(ChangedElsewhere);
            }

            db.EqualityDeclarations.Add(EqualityDeclaration.Declare(personId, form.Answers(), now));
        }
        else
        {
            db.ExpectVersion(declaration, form.Version ?? Guid.Empty);
            declaration.Revise(form.Answers(), now);
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException failure)
        {
            // A concurrency conflict on their declaration, or a second first answer saved at the same moment.
            db.ChangeTracker.Clear();
            if (failure is not DbUpdateConcurrencyException && !await DeclaredAsync(personId, cancellationToken))
            {
                throw;
            }

            LogConflict(logger, personId);
            return Outcome.Refused(ChangedElsewhere);
        }

        LogDeclared(logger, personId);
        return Outcome.Done;
    }

    /// <summary>Withdraws all the person's answers: their declaration is deleted, so reports count them as not declared.</summary>
    public async Task WithdrawAsync(string personId, CancellationToken cancellationToken)
    {
        var declaration = await db.EqualityDeclarations.SingleOrDefaultAsync(d => d.PersonId == personId, cancellationToken);
        if (declaration is null)
        {
            return;
        }

        db.EqualityDeclarations.Remove(declaration);
        await db.SaveChangesAsync(cancellationToken);
        LogWithdrawn(logger, personId);
    }

    public Task<Guid?> VersionAsync(string personId, CancellationToken cancellationToken) =>
        db.EqualityDeclarations.AsNoTracking().Where(d => d.PersonId == personId).Select(d => (Guid?)d.Version).SingleOrDefaultAsync(cancellationToken);

    private Task<bool> DeclaredAsync(string personId, CancellationToken cancellationToken) =>
        db.EqualityDeclarations.AsNoTracking().AnyAsync(d => d.PersonId == personId, cancellationToken);

    [LoggerMessage(LogLevel.Information, "Person {PersonId} saved their equality monitoring answers")]
    private static partial void LogDeclared(ILogger logger, string personId);

    [LoggerMessage(LogLevel.Information, "Person {PersonId} withdrew their equality monitoring answers")]
    private static partial void LogWithdrawn(ILogger logger, string personId);

    [LoggerMessage(LogLevel.Information, "Equality answers of person {PersonId} not saved: changed elsewhere since loaded")]
    private static partial void LogConflict(ILogger logger, string personId);
}

/// <summary>The person's own answers, as their declaration page shows them.</summary>
public sealed record EqualityDeclarationViewModel(EqualityAnswers Answers, DateTime UpdatedAtUtc);
