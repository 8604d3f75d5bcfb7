using System.Globalization;
using StretchPortal.Web.Domain;

namespace StretchPortal.Web.Features.Reminders;

/// <summary>
/// When the portal reminds whom, on a UK day (<c>today</c>). Each reminder has a key naming what it is about and its
/// recipient, so it goes once however often the rules run (<see cref="SentReminder"/>). What each one says is in
/// <see cref="ReminderNotices"/>.
/// <list type="bullet">
/// <item>A week's update is due: the mentee, on the week's last day (its Sunday), while the week has no update.</item>
/// <item>A week is overdue (ended with no update, planned or not, as <see cref="WeeklyDeliverable.IsOverdue"/> and the
/// weeks pages count it): the mentee the day after it ends; the mentor a week later.</item>
/// <item>A relationship has gone quiet (no check-in and no week update for three weeks): the mentor; a week later,
/// the programme's leads. Once per quiet spell: the key holds the day of the last activity.</item>
/// <item>A coaching session is due (one a quarter, <see cref="CoachingProgress"/>): the coach, two weeks before the
/// date it is due by. A coachee behind on the four sessions: the coach and the coachee, the day after a session was
/// due, once for each session missed.</item>
/// </list>
/// </summary>
public static class ReminderRules
{
    /// <summary>Days after which someone further up is told: the mentor after the mentee, the leads after the mentor.</summary>
    public const int EscalateAfterDays = 7;

    /// <summary>A mentoring relationship has gone quiet after three weeks with no check-in and no week update.</summary>
    public const int QuietDays = 21;

    /// <summary>The coach hears this many days before a session is due by.</summary>
    public const int SessionDueNoticeDays = 14;

    /// <summary>
    /// The earliest week end the week rules can still act on: weeks that ended before it were reminded about (or were
    /// too old to be worth it) already. Lets the queries read only the weeks near today.
    /// </summary>
    public static DateOnly OldestWeekEnding(DateOnly today) => today.AddDays(-2 * EscalateAfterDays);

    /// <summary>Mirrors <see cref="WeeklyDeliverable.IsOverdue"/> for weeks that may never have been planned.</summary>
    public static bool IsOverdue(DateOnly weekEnding, bool updated, DateOnly today) => today > weekEnding && !updated;

    public static IEnumerable<Reminder> ForWeeks(AssignmentWeeks assignment, DateOnly today)
    {
        var oldest = OldestWeekEnding(today);
        foreach (var monday in AssignmentSchedule.Weeks(assignment.StartDate, assignment.EndDate))
        {
            var ending = monday.AddDays(6);
            if (ending < oldest || ending > today)
            {
                continue;
            }

            var week = assignment.Weeks.FirstOrDefault(w => w.WeekStarting == monday);
            var updated = week?.Updated ?? false;
            var key = $"{assignment.AssignmentId}:{Iso(monday)}";
            if (ending == today && !updated)
            {
                yield return new($"week-update-due:{key}", ReminderNotices.WeekUpdateDue(assignment, monday, week));
            }
            else if (IsOverdue(ending, updated, today) && today <= ending.AddDays(EscalateAfterDays))
            {
                yield return new($"week-overdue:{key}:mentee", ReminderNotices.WeekOverdue(assignment, monday));
            }
            else if (IsOverdue(ending, updated, today) && assignment.MentorId is { } mentorId)
            {
                yield return new($"week-overdue:{key}:mentor", ReminderNotices.MenteeWeekOverdue(assignment, mentorId, monday));
            }
        }
    }

    /// <summary>
    /// The day a relationship's quiet spell is counted from: its last check-in or week update, or, before any, the day
    /// the mentee enrolled, the assignment was agreed or started, whichever is latest.
    /// </summary>
    public static DateOnly LastActivity(DateOnly enrolledOn, DateOnly agreedOn, DateOnly startsOn, DateOnly? lastWeekUpdate, DateOnly? lastCheckIn) =>
        new[] { enrolledOn, agreedOn, startsOn, lastWeekUpdate ?? DateOnly.MinValue, lastCheckIn ?? DateOnly.MinValue }.Max();

    public static IEnumerable<Reminder> ForQuiet(MentoringRelationship relationship, DateOnly today)
    {
        var quietFor = today.DayNumber - relationship.LastActivity.DayNumber;
        var key = $"relationship-quiet:{relationship.EnrolmentId}:{Iso(relationship.LastActivity)}";
        if (quietFor >= QuietDays)
        {
            yield return new($"{key}:mentor", ReminderNotices.RelationshipQuiet(relationship, quietFor));
        }

        if (quietFor >= QuietDays + EscalateAfterDays)
        {
            foreach (var leadId in relationship.LeadIds.Distinct(StringComparer.Ordinal))
            {
                yield return new($"{key}:lead:{leadId}", ReminderNotices.ProgrammeRelationshipQuiet(relationship, leadId, quietFor));
            }
        }
    }

    public static IEnumerable<Reminder> ForCoaching(CoachingRelationshipState relationship, DateOnly today)
    {
        var standing = CoachingProgress.Standing(relationship.MatchedOn, null, relationship.Held, today);
        if (standing.IsBehind)
        {
            var key = $"coachee-behind:{relationship.Id}:{standing.Expected}";
            yield return new($"{key}:coach", ReminderNotices.CoacheeBehindToCoach(relationship, standing));
            yield return new($"{key}:coachee", ReminderNotices.CoacheeBehindToCoachee(relationship, standing));
        }
        else if (CoachingProgress.NextDue(relationship.MatchedOn, relationship.Held) is { } due
                 && today >= due.AddDays(-SessionDueNoticeDays) && today <= due)
        {
            yield return new(
                $"coaching-session-due:{relationship.Id}:{relationship.Held + 1}",
                ReminderNotices.CoachingSessionDue(relationship, due));
        }
    }

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
