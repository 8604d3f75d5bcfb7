using System.Text.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using StretchPortal.Web.Data;
using StretchPortal.Web.Domain;
using StretchPortal.Web.Infrastructure.Auditing;

namespace StretchPortal.Web.Features.Programmes;

/// <summary>
/// How programme set-up names people: by the email address of an existing, active account; and how it gives them the
/// role their new place needs (lead, mentee, mentor, sponsor or coach), recorded in the audit trail.
/// </summary>
public sealed class RoleGrantService(StretchPortalDbContext db, UserManager<Person> people, AuditTrail audit)
{
    public const string NoAccount = "No one with this email address has an account. Ask them to register first.";

    /// <summary>The active person with this email address, or null.</summary>
    public async Task<Person?> FindActiveAsync(string? email, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(email))
        {
            return null;
        }

        var normalised = people.NormalizeEmail(email.Trim());
        return await db.Users.SingleOrDefaultAsync(p => p.NormalizedEmail == normalised && p.IsActive, cancellationToken);
    }

    /// <summary>
    /// Saves the caller's pending changes, then gives each person their role if they lack it, all in one transaction:
    /// Identity saves every grant at once, so the grants cannot share the caller's save. A concurrency conflict in the
    /// caller's changes surfaces as <see cref="DbUpdateConcurrencyException"/> before any role is granted.
    /// </summary>
    public Task SaveWithGrantsAsync(IReadOnlyList<(Person Person, string Role)> grants, CancellationToken cancellationToken) =>
        db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            foreach (var (person, role) in grants)
            {
                await GrantAsync(person, role);
            }

            await transaction.CommitAsync(cancellationToken);
        });

    private async Task GrantAsync(Person person, string role)
    {
        if (await people.IsInRoleAsync(person, role))
        {
            return;
        }

        audit.Record("Person.RoleGranted", nameof(Person), person.Id, JsonSerializer.Serialize(new Dictionary<string, string?[]>
        {
            ["Role"] = [null, role],
        }));
        var result = await people.AddToRoleAsync(person, role);
        if (!result.Succeeded)
        {
            throw new InvalidOperationException($"Granting the {role} role failed: {string.Join("; ", result.Errors.Select(e => e.Code))}");
        }
    }
}
