using StretchPortal.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;
using StretchPortal.Web.Data;
using StretchPortal.Web.Domain;

namespace StretchPortal.Web.Features.Assignments;

/// <summary>
/// Saves a change to an assignment only if no one else has saved it since the person saw it. The assignment is the
/// whole: its version moves on every save, even when only its ICS priorities, PDR objectives or timeline changed, so
/// that a change to any part of it is caught.
/// </summary>
internal static class AssignmentSaving
{
    public const string ChangedWhileEditing =
        "Someone else changed this assignment while you were editing. Check the values below and save again.";

    public const string ChangedMeanwhile =
        "Someone else changed this assignment since you opened this page. Check it again and try again.";

    /// <summary>Refuses at once when the version seen is not the saved one; the entity is then left untouched.</summary>
    public static FormResult? Stale(StretchAssignment assignment, Guid versionSeen, string message) =>
        assignment.Version == versionSeen ? null : FormResult.Refused("", message);

    /// <summary>
    /// Saves, unless someone saved in between; then the assignment is reloaded, so that its <see cref="Entity.Version"/>
    /// is the one a second, deliberate attempt must name.
    /// </summary>
    public static async Task<FormResult> SaveAsync(
        this StretchPortalDbContext db, StretchAssignment assignment, Guid versionSeen, string staleMessage, CancellationToken cancellationToken)
    {
        db.ExpectVersion(assignment, versionSeen);
        db.Entry(assignment).Property(a => a.Version).IsModified = true;
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return FormResult.Done(assignment.Id);
        }
        catch (DbUpdateConcurrencyException)
        {
            await db.Entry(assignment).ReloadAsync(cancellationToken);
            return FormResult.Refused("", staleMessage);
        }
    }
}
