using System.Text.Encodings.Web;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using StretchPortal.Web.Data;
using StretchPortal.Web.Domain;
using StretchPortal.Web.Infrastructure.Auditing;
using StretchPortal.Web.Security;

namespace StretchPortal.Web.Features.People;

/// <summary>
/// Erases a person on request (UK GDPR Article 17), as decided in docs/adr/0006-erasure.md: their account is
/// anonymised and locked, their secrets, sign-in methods, roles, equality answers, notifications and alumni profile
/// are deleted, and free text that is only theirs is cleared; every row other people's records or the programme's
/// figures depend on stays, anonymised, so counts and other people's records are unchanged. The changes are made with
/// set-based updates that bypass the change-by-change audit (which would copy the erased values into the trail), and
/// one "Person.Erased" entry records who erased whom, when, why and how many records were touched — never the erased
/// data. Their name and email address are also struck out of the trail and of other people's notifications.
/// </summary>
public sealed partial class ErasureService(StretchPortalDbContext db, AuditTrail audit, ILogger<ErasureService> logger)
{
    public const string ErasedName = "Erased person";

    public const string ErasedText = "[erased]";

    public const string OwnErasure = "You cannot erase your own account. Ask another administrator to do it.";

    public const string LastAdministrator =
        "This person is the only active administrator. Give another person the Administrator role before erasing them.";

    public const string AlreadyErased = "This person has already been erased.";

    /// <summary>The placeholder address of an erased person: unique, and on a domain that can never receive mail.</summary>
    public static string ErasedEmail(string personId) => $"erased-{personId}@erased.invalid";

    /// <summary>Whether the person with this id and email address was erased.</summary>
    public static bool IsErased(string personId, string? email) => email == ErasedEmail(personId);

    public async Task<Outcome> EraseAsync(string personId, string reason, string actorId, CancellationToken cancellationToken)
    {
        if (personId == actorId)
        {
            LogRefused(logger, actorId, personId);
            return Outcome.Refused(OwnErasure);
        }

        return await db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
        {
            db.ChangeTracker.Clear();
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var person = await db.Users.AsNoTracking().Where(p => p.Id == personId)
                .Select(p => new { p.FullName, p.Email, p.UserName })
                .SingleAsync(cancellationToken);
            if (person.Email == ErasedEmail(personId))
            {
                return Outcome.Refused(AlreadyErased);
            }

            if (await IsLastActiveAdministratorAsync(personId, cancellationToken))
            {
                LogRefused(logger, actorId, personId);
                return Outcome.Refused(LastAdministrator);
            }

            var counts = await EraseRecordsAsync(personId, cancellationToken);
            await ReportStamps.OfPerson(personId).RaiseAsync(db, cancellationToken);
            counts["auditEntriesRedacted"] = await RedactAuditAsync(Identifiers(person.FullName, person.Email, person.UserName), cancellationToken);
            counts["notificationsRedacted"] = await RedactNotificationsAsync(Identifiers(person.FullName, person.Email, person.UserName), cancellationToken);

            audit.Record("Person.Erased", nameof(Person), personId, JsonSerializer.Serialize(new { Reason = reason.Trim(), Records = counts }));
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            LogErased(logger, actorId, personId);
            return Outcome.Done;
        });
    }

    private async Task<bool> IsLastActiveAdministratorAsync(string personId, CancellationToken cancellationToken)
    {
        var administrators = db.UserRoles.Join(db.Roles.Where(r => r.Name == Roles.Administrator), ur => ur.RoleId, r => r.Id, (ur, _) => ur.UserId);
        var isAdministrator = await administrators.AnyAsync(id => id == personId, cancellationToken);
        return isAdministrator
            && !await db.Users.AnyAsync(p => p.Id != personId && p.IsActive && administrators.Contains(p.Id), cancellationToken);
    }

    private async Task<Dictionary<string, int>> EraseRecordsAsync(string personId, CancellationToken cancellationToken)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var email = ErasedEmail(personId);
        var normalised = email.ToUpperInvariant();

        // The account: anonymised, without a password or any other way in, deactivated and locked for good.
        counts["person"] = await db.Users.Where(p => p.Id == personId).ExecuteUpdateAsync(s => s
            .SetProperty(p => p.FullName, ErasedName)
            .SetProperty(p => p.Email, email)
            .SetProperty(p => p.NormalizedEmail, normalised)
            .SetProperty(p => p.UserName, email)
            .SetProperty(p => p.NormalizedUserName, normalised)
            .SetProperty(p => p.EmailConfirmed, false)
            .SetProperty(p => p.PhoneNumber, (string?)null)
            .SetProperty(p => p.PhoneNumberConfirmed, false)
            .SetProperty(p => p.JobTitle, (string?)null)
            .SetProperty(p => p.OrganisationId, (Guid?)null)
            .SetProperty(p => p.Region, (NhsRegion?)null)
            .SetProperty(p => p.PasswordHash, (string?)null)
            .SetProperty(p => p.SecurityStamp, Guid.NewGuid().ToString("N"))
            .SetProperty(p => p.ConcurrencyStamp, Guid.NewGuid().ToString())
            .SetProperty(p => p.TwoFactorEnabled, false)
            .SetProperty(p => p.AccessFailedCount, 0)
            .SetProperty(p => p.LockoutEnabled, true)
            .SetProperty(p => p.LockoutEnd, DateTimeOffset.MaxValue)
            .SetProperty(p => p.IsActive, false),
            cancellationToken);
        counts["roles"] = await db.UserRoles.Where(r => r.UserId == personId).ExecuteDeleteAsync(cancellationToken);
        counts["logins"] = await db.UserLogins.Where(l => l.UserId == personId).ExecuteDeleteAsync(cancellationToken);
        counts["tokens"] = await db.UserTokens.Where(t => t.UserId == personId).ExecuteDeleteAsync(cancellationToken);
        counts["claims"] = await db.UserClaims.Where(c => c.UserId == personId).ExecuteDeleteAsync(cancellationToken);

        // Only theirs, and nothing else depends on them: deleted.
        counts["equalityDeclaration"] = await db.EqualityDeclarations.Where(d => d.PersonId == personId).ExecuteDeleteAsync(cancellationToken);
        counts["notifications"] = await db.Notifications.Where(n => n.RecipientId == personId).ExecuteDeleteAsync(cancellationToken);
        counts["alumniProfile"] = await db.AlumniProfiles.Where(a => a.PersonId == personId).ExecuteDeleteAsync(cancellationToken);

        // Rows other records or the figures depend on: kept, with the free text that is only theirs cleared.
        counts["pdrObjectives"] = await db.PdrObjectives.Where(o => o.PersonId == personId).ExecuteUpdateAsync(s => s
            .SetProperty(o => o.Title, ErasedText)
            .SetProperty(o => o.Description, (string?)null),
            cancellationToken);
        counts["expressionsOfInterest"] = await db.ExpressionsOfInterest.Where(e => e.PersonId == personId).ExecuteUpdateAsync(s => s
            .SetProperty(e => e.Statement, ErasedText),
            cancellationToken);
        counts["privateCheckInNotes"] = await db.CheckIns.Where(c => c.AuthorId == personId && c.NotesArePrivate).ExecuteUpdateAsync(s => s
            .SetProperty(c => c.Notes, (string?)null),
            cancellationToken);
        counts["coachApplications"] = await db.CoachApplications.Where(a => a.ApplicantId == personId).ExecuteUpdateAsync(s => s
            .SetProperty(a => a.ExperienceSummary, ErasedText)
            .SetProperty(a => a.QualificationName, ErasedText)
            .SetProperty(a => a.QualificationProvider, ErasedText)
            .SetProperty(a => a.CoacheeSeniority, ErasedText)
            .SetProperty(a => a.LineManagerName, ErasedText)
            .SetProperty(a => a.LineManagerEmail, ErasedText),
            cancellationToken);
        var coaching = db.CoachingRelationships.Where(r => r.CoachId == personId).Select(r => r.Id);
        counts["coachPrivateSessionNotes"] = await db.CoachingSessions.Where(s => coaching.Contains(s.CoachingRelationshipId)).ExecuteUpdateAsync(s => s
            .SetProperty(x => x.PrivateNotes, (string?)null),
            cancellationToken);
        return counts;
    }

    /// <summary>The person's name and addresses, as typed and as the trail's JSON escapes them.</summary>
    private static List<string> Identifiers(params string?[] values) =>
        values.Where(v => v is { Length: >= 3 })
            .SelectMany(v => new[] { v!, JsonEncodedText.Encode(v!, JavaScriptEncoder.Default).Value })
            .Distinct(StringComparer.Ordinal)
            .ToList();

    private async Task<int> RedactAuditAsync(List<string> identifiers, CancellationToken cancellationToken)
    {
        var redacted = 0;
        foreach (var identifier in identifiers)
        {
            var entries = await db.AuditEntries.Where(a => a.Changes != null && a.Changes.Contains(identifier)).ToListAsync(cancellationToken);
            foreach (var entry in entries)
            {
                entry.Changes = entry.Changes!.Replace(identifier, ErasedText, StringComparison.Ordinal);
                redacted++;
            }

            await db.SaveChangesAsync(cancellationToken);
        }

        return redacted;
    }

    private async Task<int> RedactNotificationsAsync(List<string> identifiers, CancellationToken cancellationToken)
    {
        var redacted = 0;
        foreach (var identifier in identifiers)
        {
            var notices = await db.Notifications.AsNoTracking()
                .Where(n => n.Subject.Contains(identifier) || n.Message.Contains(identifier))
                .Select(n => new { n.Id, n.Subject, n.Message })
                .ToListAsync(cancellationToken);
            foreach (var notice in notices)
            {
                var subject = notice.Subject.Replace(identifier, ErasedText, StringComparison.Ordinal);
                var message = notice.Message.Replace(identifier, ErasedText, StringComparison.Ordinal);
                redacted += await db.Notifications.Where(n => n.Id == notice.Id).ExecuteUpdateAsync(s => s
                    .SetProperty(n => n.Subject, subject)
                    .SetProperty(n => n.Message, message),
                    cancellationToken);
            }
        }

        return redacted;
    }

    [LoggerMessage(LogLevel.Warning, "Person {ActorId} erased person {PersonId}")]
    private static partial void LogErased(ILogger logger, string actorId, string personId);

    [LoggerMessage(LogLevel.Warning, "Person {ActorId} was refused the erasure of person {PersonId}")]
    private static partial void LogRefused(ILogger logger, string actorId, string personId);
}
