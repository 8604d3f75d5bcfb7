using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using StretchPortal.Web.Domain;

namespace StretchPortal.Web.Data;

/// <summary>
/// Keeps each cohort's <see cref="Cohort.ReportVersion"/> moving with the data its reports are worked out from, so
/// that figures kept in memory (Features/Reports/ReportCache) are used only while they are still right. A save that
/// adds, changes or removes an enrolment, assignment, week, ICS priority link, check-in, coaching relationship or
/// session, a cohort's name or a person's name raises the version of every cohort it touches, in one SQL statement in
/// the same transaction as the change, before the change is written (so a removed row still leads to its cohort). A
/// change to the ICS priorities raises every cohort's. Like the week totals' recount it is set-based SQL, so it renews
/// no <see cref="Entity.Version"/> and writes no audit entry.
/// </summary>
internal sealed class ReportStamps
{
    private readonly HashSet<Guid> cohorts = [];
    private readonly HashSet<Guid> enrolments = [];
    private readonly HashSet<Guid> assignments = [];
    private readonly HashSet<Guid> relationships = [];
    private readonly HashSet<string> people = [];
    private bool everyCohort;

    public bool IsEmpty => !everyCohort && cohorts.Count == 0 && enrolments.Count == 0 && assignments.Count == 0
                           && relationships.Count == 0 && people.Count == 0;

    /// <summary>What the pending changes touch.</summary>
    public static ReportStamps Of(ChangeTracker changes)
    {
        var stamps = new ReportStamps();
        foreach (var entry in changes.Entries())
        {
            if (entry.State is not (EntityState.Added or EntityState.Modified or EntityState.Deleted))
            {
                continue;
            }

            switch (entry.Entity)
            {
                case Cohort cohort when entry.State != EntityState.Added:
                    stamps.cohorts.Add(cohort.Id);
                    break;
                case Enrolment:
                    Add(stamps.cohorts, entry, nameof(Enrolment.CohortId));
                    break;
                case StretchAssignment:
                    Add(stamps.enrolments, entry, nameof(StretchAssignment.EnrolmentId));
                    break;
                case CheckIn:
                    Add(stamps.enrolments, entry, nameof(CheckIn.EnrolmentId));
                    break;
                case WeeklyDeliverable:
                    Add(stamps.assignments, entry, nameof(WeeklyDeliverable.AssignmentId));
                    break;
                case AssignmentPriority:
                    Add(stamps.assignments, entry, nameof(AssignmentPriority.AssignmentId));
                    break;
                case CoachingRelationship:
                    Add(stamps.people, entry, nameof(CoachingRelationship.CoacheeId));
                    break;
                case CoachingSession:
                    Add(stamps.relationships, entry, nameof(CoachingSession.CoachingRelationshipId));
                    break;
                case Person person when entry.State != EntityState.Added && entry.Property(nameof(Person.FullName)).IsModified:
                    stamps.people.Add(person.Id);
                    break;
                case IcsPriority:
                    stamps.everyCohort = true;
                    break;
            }
        }

        return stamps;
    }

    /// <summary>A change made outside the change tracker to a person's name (erasure).</summary>
    public static ReportStamps OfPerson(string personId)
    {
        var stamps = new ReportStamps();
        stamps.people.Add(personId);
        return stamps;
    }

    /// <summary>
    /// The cohorts whose reports the changes touch: the cohorts named, and those reached from the ids through indexed
    /// keys in one uncorrelated subquery, so the cost follows the number of changes, not the number of cohorts.
    /// </summary>
    public IQueryable<Cohort> Touched(StretchPortalDbContext db)
    {
        var all = everyCohort;
        var cohortIds = cohorts.ToList();
        var enrolmentIds = enrolments.ToList();
        var assignmentIds = assignments.ToList();
        var relationshipIds = relationships.ToList();
        var personIds = people.ToList();
        var reached = db.Enrolments
            .Where(e => enrolmentIds.Contains(e.Id) || personIds.Contains(e.MenteeId) || (e.MentorId != null && personIds.Contains(e.MentorId)))
            .Select(e => e.CohortId)
            .Concat(db.StretchAssignments.Where(a => assignmentIds.Contains(a.Id)).Select(a => a.Enrolment!.CohortId))
            .Concat(db.CoachingRelationships.Where(r => relationshipIds.Contains(r.Id))
                .Join(db.Enrolments, r => r.CoacheeId, e => e.MenteeId, (_, e) => e.CohortId));
        return db.Cohorts.Where(c => all || cohortIds.Contains(c.Id) || reached.Contains(c.Id));
    }

    public Task RaiseAsync(StretchPortalDbContext db, CancellationToken cancellationToken) =>
        Touched(db).ExecuteUpdateAsync(s => s.SetProperty(c => c.ReportVersion, c => c.ReportVersion + 1), cancellationToken);

    public void Raise(StretchPortalDbContext db) =>
        Touched(db).ExecuteUpdate(s => s.SetProperty(c => c.ReportVersion, c => c.ReportVersion + 1));

    private static void Add<T>(HashSet<T> ids, EntityEntry entry, string property)
    {
        var value = entry.Property(property);
        if (value.CurrentValue is T current)
        {
            ids.Add(current);
        }

        if (entry.State == EntityState.Modified && value.OriginalValue is T original)
        {
            ids.Add(original);
        }
    }
}
