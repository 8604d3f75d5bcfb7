using System.Text.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using StretchPortal.Web.Data;
using StretchPortal.Web.Domain;
using StretchPortal.Web.Infrastructure.Auditing;
using StretchPortal.Web.Security;

namespace StretchPortal.Web.Features.People;

/// <summary>
/// Accounts and roles, as administrators manage them. The rules: an administrator can neither remove their own
/// Administrator role nor deactivate their own account (so there is always an active administrator); every change
/// renews the person's security stamp, so that their open session picks it up within a minute, and is audited.
/// </summary>
public sealed partial class PeopleService(
    StretchPortalDbContext db,
    UserManager<Person> people,
    SignInManager<Person> signIn,
    AuditTrail audit,
    ILogger<PeopleService> logger)
{
    public const int PageSize = 25;

    public const string OwnAdministratorRole =
        "You cannot remove your own Administrator role. Ask another administrator to do it.";

    public const string OwnAccount = "You cannot deactivate your own account. Ask another administrator to do it.";

    public const string Erased = "This person's personal data was erased, so their account cannot be used again.";

    public const string ChangedElsewhere = "Someone else changed this person's account at the same time. Check it and try again.";

    /// <summary>A page of people whose name or email address contains <paramref name="search"/>, by name.</summary>
    public async Task<PeopleListViewModel> SearchAsync(string? search, int page, CancellationToken cancellationToken)
    {
        var term = search?.Trim();
        var query = db.Users.AsNoTracking();
        if (!string.IsNullOrEmpty(term))
        {
            var pattern = "%" + EscapeLike(term) + "%";
            query = query.Where(p => EF.Functions.Like(p.FullName, pattern, LikeEscape) || EF.Functions.Like(p.Email!, pattern, LikeEscape));
        }

        var total = await query.CountAsync(cancellationToken);
        var pageCount = Math.Max(1, (total + PageSize - 1) / PageSize);
        page = Math.Clamp(page, 1, pageCount);
        var found = await query
            .OrderBy(p => p.FullName).ThenBy(p => p.Email).ThenBy(p => p.Id)
            .Skip((page - 1) * PageSize)
            .Take(PageSize)
            .Select(p => new { p.Id, p.FullName, p.Email, Organisation = p.Organisation!.Name, p.IsActive })
            .ToListAsync(cancellationToken);
        var roles = await RolesOfAsync(found.Select(p => p.Id).ToList(), cancellationToken);

        return new PeopleListViewModel
        {
            Search = term,
            Page = page,
            PageCount = pageCount,
            Total = total,
            Rows = found
                .Select(p => new PersonRowViewModel(p.Id, p.FullName, p.Email, p.Organisation, roles[p.Id], p.IsActive))
                .ToList(),
        };
    }

    public async Task<PersonDetailsViewModel?> DetailsAsync(string id, string actorId, CancellationToken cancellationToken)
    {
        var person = await db.Users.AsNoTracking()
            .Where(p => p.Id == id)
            .Select(p => new PersonDetailsViewModel
            {
                Id = p.Id,
                FullName = p.FullName,
                Email = p.Email,
                EmailConfirmed = p.EmailConfirmed,
                JobTitle = p.JobTitle,
                Organisation = p.Organisation!.Name,
                Region = p.Region,
                IsActive = p.IsActive,
                CreatedAt = p.CreatedAt,
            })
            .SingleOrDefaultAsync(cancellationToken);
        if (person is null)
        {
            return null;
        }

        person.Roles = (await RolesOfAsync([id], cancellationToken))[id];
        person.IsSelf = id == actorId;
        return person;
    }

    public Task<Person?> FindAsync(string? id) =>
        string.IsNullOrEmpty(id) ? Task.FromResult<Person?>(null) : people.FindByIdAsync(id);

    /// <summary>
    /// Gives the person exactly the <paramref name="wanted"/> roles: adds and removes the difference, renews their
    /// security stamp and audits what changed, all in one transaction.
    /// </summary>
    public async Task<Outcome> ChangeRolesAsync(Person person, IReadOnlyCollection<string> wanted, string actorId, CancellationToken cancellationToken)
    {
        if (ErasureService.IsErased(person.Id, person.Email))
        {
            return Outcome.Refused(Erased);
        }

        var outcome = await InTransactionAsync(person.Id, async current =>
        {
            var held = await people.GetRolesAsync(current);
            var chosen = Roles.All.Where(wanted.Contains).ToList();
            if (current.Id == actorId && held.Contains(Roles.Administrator) && !chosen.Contains(Roles.Administrator))
            {
                return RefuseOwn(actorId, OwnAdministratorRole);
            }

            var added = chosen.Except(held).ToList();
            var removed = held.Except(chosen).ToList();
            if (added.Count == 0 && removed.Count == 0)
            {
                return Outcome.Done;
            }

            audit.Record("Person.RolesChanged", nameof(Person), current.Id, JsonSerializer.Serialize(new { added, removed }));
            var result = added.Count > 0 ? await people.AddToRolesAsync(current, added) : IdentityResult.Success;
            if (result.Succeeded && removed.Count > 0)
            {
                result = await people.RemoveFromRolesAsync(current, removed);
            }

            if (result.Succeeded)
            {
                result = await people.UpdateSecurityStampAsync(current);
            }

            if (!result.Succeeded)
            {
                return Refusal(result);
            }

            LogRolesChanged(logger, actorId, current.Id);
            return Outcome.Done;
        },
        cancellationToken);

        // An administrator who changed their own roles gets a new sign-in now (with the new stamp and roles) rather
        // than being signed out within a minute.
        if (outcome.Succeeded && person.Id == actorId && await people.FindByIdAsync(actorId) is { } self)
        {
            await signIn.RefreshSignInAsync(self);
        }

        return outcome;
    }

    /// <summary>Ends the person's access: they cannot sign in, and their open session ends within a minute.</summary>
    public Task<Outcome> DeactivateAsync(Person person, string actorId, CancellationToken cancellationToken) =>
        person.Id == actorId ? Task.FromResult(RefuseOwn(actorId, OwnAccount))
        : ErasureService.IsErased(person.Id, person.Email) ? Task.FromResult(Outcome.Refused(Erased))
        : SetActiveAsync(person, false, actorId, cancellationToken);

    public Task<Outcome> ReactivateAsync(Person person, string actorId, CancellationToken cancellationToken) =>
        ErasureService.IsErased(person.Id, person.Email)
            ? Task.FromResult(Outcome.Refused(Erased))
            : SetActiveAsync(person, true, actorId, cancellationToken);

    private Task<Outcome> SetActiveAsync(Person person, bool active, string actorId, CancellationToken cancellationToken) =>
        InTransactionAsync(person.Id, async current =>
        {
            if (current.IsActive == active)
            {
                return Outcome.Done;
            }

            current.IsActive = active;
            audit.Record(
                active ? "Person.Reactivated" : "Person.Deactivated",
                nameof(Person),
                current.Id,
                JsonSerializer.Serialize(new Dictionary<string, bool[]> { [nameof(Person.IsActive)] = [!active, active] }));

            // Saves IsActive, the new stamp and the audit entry together.
            var result = await people.UpdateSecurityStampAsync(current);
            if (!result.Succeeded)
            {
                return Refusal(result);
            }

            LogActiveChanged(logger, actorId, current.Id, active);
            return Outcome.Done;
        },
        cancellationToken);

    /// <summary>
    /// Runs <paramref name="work"/> on a freshly loaded person in one transaction, inside the provider's execution
    /// strategy (SQL Server retries transient failures, and a retry starts again from a clean change tracker).
    /// </summary>
    private Task<Outcome> InTransactionAsync(string personId, Func<Person, Task<Outcome>> work, CancellationToken cancellationToken) =>
        db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
        {
            db.ChangeTracker.Clear();
            var current = await people.FindByIdAsync(personId)
                ?? throw new InvalidOperationException("The person was removed while being changed.");
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var outcome = await work(current);
            if (outcome.Succeeded)
            {
                await transaction.CommitAsync(cancellationToken);
            }

            return outcome;
        });

    private Outcome RefuseOwn(string actorId, string refusal)
    {
        LogOwnAccountRefused(logger, actorId);
        return Outcome.Refused(refusal);
    }

    private static Outcome Refusal(IdentityResult result) =>
        result.Errors.Any(e => e.Code == nameof(IdentityErrorDescriber.ConcurrencyFailure))
            ? Outcome.Refused(ChangedElsewhere)
            : throw new InvalidOperationException("The account could not be changed: " + string.Join(", ", result.Errors.Select(e => e.Code)));

    private async Task<Dictionary<string, IReadOnlyList<string>>> RolesOfAsync(List<string> personIds, CancellationToken cancellationToken)
    {
        var held = await db.UserRoles.AsNoTracking()
            .Where(ur => personIds.Contains(ur.UserId))
            .Join(db.Roles, ur => ur.RoleId, r => r.Id, (ur, r) => new { ur.UserId, Role = r.Name! })
            .ToListAsync(cancellationToken);
        return personIds.ToDictionary(
            id => id,
            id => (IReadOnlyList<string>)Roles.All.Where(role => held.Exists(h => h.UserId == id && h.Role == role)).ToList());
    }

    private const string LikeEscape = "\\";

    private static string EscapeLike(string term) =>
        term.Replace(LikeEscape, LikeEscape + LikeEscape, StringComparison.Ordinal)
            .Replace("%", LikeEscape + "%", StringComparison.Ordinal)
            .Replace("_", LikeEscape + "_", StringComparison.Ordinal)
            .Replace("[", LikeEscape + "[", StringComparison.Ordinal);

    [LoggerMessage(LogLevel.Information, "Person {ActorId} changed the roles of person {PersonId}")]
    private static partial void LogRolesChanged(ILogger logger, string actorId, string personId);

    [LoggerMessage(LogLevel.Information, "Person {ActorId} set person {PersonId} active: {Active}")]
    private static partial void LogActiveChanged(ILogger logger, string actorId, string personId, bool active);

    [LoggerMessage(LogLevel.Warning, "Person {ActorId} was refused a change to their own account (own Administrator role or deactivation)")]
    private static partial void LogOwnAccountRefused(ILogger logger, string actorId);
}
