using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using StretchPortal.Web.Data;
using StretchPortal.Web.Domain;

namespace StretchPortal.Web.Features.Reminders;

/// <summary>
/// What <see cref="ReminderRules"/> read, one set-based query each (plus one for the programme leads), projecting only
/// the columns the rules and messages use. Only active enrolments count; only assignments that take weekly updates.
/// </summary>
internal static class ReminderQueries
{
    /// <summary>
    /// Mirrors <see cref="StretchAssignment.TakesWeeklyUpdates"/>: agreed, in progress, or a changed scope waiting for
    /// agreement again; and the mentee's enrolment is active.
    /// </summary>
    private static readonly Expression<Func<StretchAssignment, bool>> TakesWeeklyUpdates = a =>
        (a.Status == AssignmentStatus.Agreed || a.Status == AssignmentStatus.InProgress
         || (a.Status == AssignmentStatus.Submitted && a.AgreedScopeJson != null))
        && a.Enrolment!.Status == EnrolmentStatus.Active;

    /// <summary>Assignments with a week ending between the oldest week the rules act on and today, with those weeks.</summary>
    public static Task<List<AssignmentWeeks>> AssignmentWeeksAsync(StretchPortalDbContext db, DateOnly today, CancellationToken cancellationToken)
    {
        var oldestMonday = ReminderRules.OldestWeekEnding(today).AddDays(-6);
        return db.StretchAssignments.AsNoTracking()
            .Where(TakesWeeklyUpdates)
            .Where(a => a.StartDate <= today && a.EndDate >= oldestMonday)
            .Select(a => new AssignmentWeeks(
                a.Id,
                a.Title,
                a.StartDate,
                a.EndDate,
                a.Enrolment!.MenteeId,
                a.Enrolment.Mentee!.FullName,
                a.Enrolment.MentorId,
                a.Weeks.Where(w => w.WeekStarting >= oldestMonday)
                    .Select(w => new WeekState(w.Id, w.WeekStarting, w.UpdatedAt != null))
                    .ToList()))
            .ToListAsync(cancellationToken);
    }

    /// <summary>
    /// Each active enrolment with a mentor and an assignment under way, with the day of its last activity (UK) and its
    /// programme's leads. An enrolment with two such assignments is counted once, from the later start.
    /// </summary>
    public static async Task<List<MentoringRelationship>> MentoringRelationshipsAsync(
        StretchPortalDbContext db, DateOnly today, CancellationToken cancellationToken)
    {
        var rows = await db.StretchAssignments.AsNoTracking()
            .Where(TakesWeeklyUpdates)
            .Where(a => a.Enrolment!.MentorId != null && a.StartDate <= today)
            .Select(a => new
            {
                a.EnrolmentId,
                MenteeName = a.Enrolment!.Mentee!.FullName,
                MentorId = a.Enrolment.MentorId!,
                a.Enrolment.EnrolledAt,
                a.AgreedAt,
                a.StartDate,
                a.Enrolment.Cohort!.ProgrammeId,
                LastWeekUpdate = db.WeeklyDeliverables
                    .Where(w => w.Assignment!.EnrolmentId == a.EnrolmentId && w.UpdatedAt != null)
                    .Max(w => w.UpdatedAt),
                LastCheckIn = db.CheckIns.Where(c => c.EnrolmentId == a.EnrolmentId).Max(c => (DateOnly?)c.HeldOn),
            })
            .ToListAsync(cancellationToken);

        var programmeIds = rows.Select(r => r.ProgrammeId).Distinct().ToList();
        var leads = (await db.ProgrammeLeads.AsNoTracking()
                .Where(l => programmeIds.Contains(l.ProgrammeId))
                .Select(l => new { l.ProgrammeId, l.PersonId })
                .ToListAsync(cancellationToken))
            .ToLookup(l => l.ProgrammeId, l => l.PersonId);

        return rows
            .GroupBy(r => r.EnrolmentId)
            .Select(g => g.MaxBy(r => r.StartDate)!)
            .Select(r => new MentoringRelationship(
                r.EnrolmentId,
                r.MenteeName,
                r.MentorId,
                ReminderRules.LastActivity(
                    RemindersService.UkDate(r.EnrolledAt),
                    r.AgreedAt is { } agreed ? RemindersService.UkDate(agreed) : DateOnly.MinValue,
                    r.StartDate,
                    r.LastWeekUpdate is { } updated ? RemindersService.UkDate(updated) : null,
                    r.LastCheckIn),
                [.. leads[r.ProgrammeId]]))
            .ToList();
    }

    /// <summary>Every coaching relationship that has not ended, with the sessions held.</summary>
    public static Task<List<CoachingRelationshipState>> CoachingRelationshipsAsync(StretchPortalDbContext db, CancellationToken cancellationToken) =>
        db.CoachingRelationships.AsNoTracking()
            .Where(r => r.EndedOn == null)
            .Select(r => new CoachingRelationshipState(
                r.Id, r.CoachId, r.Coach!.FullName, r.CoacheeId, r.Coachee!.FullName, r.MatchedOn, r.Sessions.Count))
            .ToListAsync(cancellationToken);
}
