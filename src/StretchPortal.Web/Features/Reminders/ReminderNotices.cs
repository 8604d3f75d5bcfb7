using System.Globalization;
using StretchPortal.Web.Domain;
using StretchPortal.Web.Features.Notifications;
using StretchPortal.Web.Features.Shared;

namespace StretchPortal.Web.Features.Reminders;

/// <summary>What each reminder says, and the page it opens: the weeks, the check-ins or the coaching sessions concerned.</summary>
public static class ReminderNotices
{
    public static Notice WeekUpdateDue(AssignmentWeeks assignment, DateOnly monday, WeekState? week) => new(
        assignment.MenteeId,
        NotificationKind.WeekUpdateDue,
        "A week's update is due",
        $"Today is the last day of the week beginning {monday.ToDisplayDate()} on \u201c{assignment.Title}\u201d. "
            + (week is null ? "Plan the week and say how it went." : "Say how the week went and the hours it took."),
        week is null ? WeeksOf(assignment) : $"/Weeks/Update/{week.Id}");

    public static Notice WeekOverdue(AssignmentWeeks assignment, DateOnly monday) => new(
        assignment.MenteeId,
        NotificationKind.WeekOverdue,
        "A week is overdue",
        $"The week beginning {monday.ToDisplayDate()} on \u201c{assignment.Title}\u201d has ended with no update. "
            + "Say how it went so that your mentor can review it.",
        WeeksOf(assignment));

    public static Notice MenteeWeekOverdue(AssignmentWeeks assignment, string mentorId, DateOnly monday) => new(
        mentorId,
        NotificationKind.MenteeWeekOverdue,
        "A mentee's week is overdue",
        $"{assignment.MenteeName} has not updated the week beginning {monday.ToDisplayDate()} on \u201c{assignment.Title}\u201d, "
            + "which ended more than a week ago.",
        WeeksOf(assignment));

    public static Notice RelationshipQuiet(MentoringRelationship relationship, int days) => new(
        relationship.MentorId,
        NotificationKind.RelationshipQuiet,
        "A relationship has gone quiet",
        $"There has been no check-in and no week update with {relationship.MenteeName} for {Weeks(days)}, "
            + $"since {relationship.LastActivity.ToDisplayDate()}. Arrange a check-in.",
        CheckInsOf(relationship));

    public static Notice ProgrammeRelationshipQuiet(MentoringRelationship relationship, string leadId, int days) => new(
        leadId,
        NotificationKind.ProgrammeRelationshipQuiet,
        "A relationship in your programme has gone quiet",
        $"{relationship.MenteeName} and their mentor have had no check-in and no week update for {Weeks(days)}, "
            + $"since {relationship.LastActivity.ToDisplayDate()}. Their mentor was reminded a week ago.",
        CheckInsOf(relationship));

    public static Notice CoachingSessionDue(CoachingRelationshipState relationship, DateOnly due) => new(
        relationship.CoachId,
        NotificationKind.CoachingSessionDue,
        "A coaching session is due",
        $"Session {relationship.Held + 1} of {CoachingProgress.SessionsRequired} with {relationship.CoacheeName} "
            + $"is due by {due.ToDisplayDate()}.",
        SessionsOf(relationship));

    public static Notice CoacheeBehindToCoach(CoachingRelationshipState relationship, CoachingStanding standing) => new(
        relationship.CoachId,
        NotificationKind.CoacheeBehind,
        "A coachee is behind on sessions",
        $"{relationship.CoacheeName} has had {standing.Summary} coaching sessions; {standing.Expected} should have been held by now. "
            + "Arrange the next session.",
        SessionsOf(relationship));

    public static Notice CoacheeBehindToCoachee(CoachingRelationshipState relationship, CoachingStanding standing) => new(
        relationship.CoacheeId,
        NotificationKind.CoacheeBehind,
        "Your coaching is behind",
        $"You have had {standing.Summary} coaching sessions with {relationship.CoachName}; {standing.Expected} should have been "
            + "held by now. Arrange the next session with your coach.",
        SessionsOf(relationship));

    private static string WeeksOf(AssignmentWeeks assignment) => $"/Weeks?assignmentId={assignment.AssignmentId}";

    private static string CheckInsOf(MentoringRelationship relationship) => $"/CheckIns?enrolmentId={relationship.EnrolmentId}";

    private static string SessionsOf(CoachingRelationshipState relationship) => $"/Coaching/Sessions/{relationship.Id}";

    /// <summary>"3 weeks": quiet spells are reported from three weeks on.</summary>
    private static string Weeks(int days) => string.Create(CultureInfo.InvariantCulture, $"{days / 7} weeks");
}
