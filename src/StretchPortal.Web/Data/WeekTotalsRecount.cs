using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Query;
using StretchPortal.Web.Domain;

namespace StretchPortal.Web.Data;

/// <summary>
/// Keeps each assignment's week totals (<see cref="WeekTotals"/>) right on every save: a save that plans, updates or
/// removes a week, or changes an assignment's dates or agreed hours, recounts those assignments' totals in one SQL
/// statement in the same transaction, after taking the assignments' rows first so that two saves of weeks of the same
/// assignment recount one after the other (SQLite takes its write lock on <c>BEGIN IMMEDIATE</c>; SQL Server holds the
/// row lock to the commit). The recount is set-based SQL rather than tracked changes, so it neither renews the
/// assignment's <see cref="Entity.Version"/> (an open assignment form is not disturbed by a week's update) nor writes
/// an audit entry for totals that follow from the audited week.
/// </summary>
internal static class WeekTotalsRecount
{
    /// <summary>The assignments whose totals the pending changes may alter.</summary>
    public static List<Guid> AssignmentsToRecount(ChangeTracker changes)
    {
        var ids = new HashSet<Guid>();
        foreach (var entry in changes.Entries<WeeklyDeliverable>())
        {
            if (entry.State is EntityState.Added or EntityState.Deleted
                || (entry.State == EntityState.Modified && CountedPropertyChanged(entry)))
            {
                ids.Add(entry.Entity.AssignmentId);
                if (entry.Property(w => w.AssignmentId).OriginalValue is var before && before != entry.Entity.AssignmentId)
                {
                    ids.Add(before);
                }
            }
        }

        foreach (var entry in changes.Entries<StretchAssignment>())
        {
            if (entry.State == EntityState.Modified
                && (entry.Property(a => a.StartDate).IsModified || entry.Property(a => a.EndDate).IsModified || entry.Property(a => a.HoursPerWeek).IsModified))
            {
                ids.Add(entry.Entity.Id);
            }
        }

        return [.. ids];
    }

    /// <summary>Takes the assignments' rows before the weeks are written (a no-op update).</summary>
    public static Task LockAsync(this StretchPortalDbContext db, List<Guid> ids, CancellationToken cancellationToken) =>
        db.StretchAssignments.Where(a => ids.Contains(a.Id)).ExecuteUpdateAsync(s => s.SetProperty(a => a.WeeksDone, a => a.WeeksDone), cancellationToken);

    public static void Lock(this StretchPortalDbContext db, List<Guid> ids) =>
        db.StretchAssignments.Where(a => ids.Contains(a.Id)).ExecuteUpdate(s => s.SetProperty(a => a.WeeksDone, a => a.WeeksDone));

    public static Task RecountAsync(this StretchPortalDbContext db, List<Guid> ids, CancellationToken cancellationToken) =>
        db.StretchAssignments.Where(a => ids.Contains(a.Id)).ExecuteUpdateAsync(Setters, cancellationToken);

    public static void Recount(this StretchPortalDbContext db, List<Guid> ids) =>
        db.StretchAssignments.Where(a => ids.Contains(a.Id)).ExecuteUpdate(Setters);

    private static void Setters(UpdateSettersBuilder<StretchAssignment> s) => s
        .SetProperty(a => a.WeeksDone, WeekTotals.Done)
        .SetProperty(a => a.WeeksPartlyDone, WeekTotals.PartlyDone)
        .SetProperty(a => a.WeeksSlipped, WeekTotals.Slipped)
        .SetProperty(a => a.WeeksBlocked, WeekTotals.Blocked)
        .SetProperty(a => a.WeeksUpdated, WeekTotals.Updated)
        .SetProperty(a => a.WeeksOverHours, WeekTotals.OverHours)
        .SetProperty(a => a.HoursOver, WeekTotals.HoursOver)
        .SetProperty(a => a.LastWeekUpdateAt, WeekTotals.LastUpdateAt);

    private static bool CountedPropertyChanged(EntityEntry<WeeklyDeliverable> entry) =>
        entry.Property(w => w.Status).IsModified || entry.Property(w => w.UpdatedAt).IsModified || entry.Property(w => w.HoursWorked).IsModified
        || entry.Property(w => w.WeekStarting).IsModified || entry.Property(w => w.AssignmentId).IsModified;
}
