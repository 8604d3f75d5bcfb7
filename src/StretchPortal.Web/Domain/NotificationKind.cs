using System.ComponentModel.DataAnnotations;

namespace StretchPortal.Web.Domain;

/// <summary>What a notification tells someone. Essential kinds (a decision about the person) always send email.</summary>
public enum NotificationKind
{
    [Display(Name = "An assignment is waiting for your agreement")] AssignmentSubmitted = 1,
    [Display(Name = "Your assignment was agreed")] AssignmentAgreed = 2,
    [Display(Name = "Changes were requested to your assignment")] AssignmentChangesRequested = 3,
    [Display(Name = "A week's update is due")] WeekUpdateDue = 4,
    [Display(Name = "A week is overdue")] WeekOverdue = 5,
    [Display(Name = "A mentee's week is overdue")] MenteeWeekOverdue = 6,
    [Display(Name = "Hours over agreement")] HoursOverAgreement = 7,
    [Display(Name = "A relationship has gone quiet")] RelationshipQuiet = 8,
    [Display(Name = "A relationship in your programme has gone quiet")] ProgrammeRelationshipQuiet = 9,
    [Display(Name = "An expression of interest was received")] InterestReceived = 10,
    [Display(Name = "The outcome of your expression of interest")] InterestOutcome = 11,
    [Display(Name = "A decision on your coach application")] CoachApplicationDecision = 12,
    [Display(Name = "A coaching session is due")] CoachingSessionDue = 13,
    [Display(Name = "A coachee is behind on sessions")] CoacheeBehind = 14,
    [Display(Name = "A celebration event was scheduled")] CelebrationScheduled = 15,
    [Display(Name = "A check-in session was scheduled")] CheckInSessionScheduled = 16,
}

public static class NotificationKinds
{
    /// <summary>Decisions about the person: these always go by email, whatever their preferences say.</summary>
    public static bool IsEssential(this NotificationKind kind) => kind is NotificationKind.AssignmentAgreed
        or NotificationKind.AssignmentChangesRequested
        or NotificationKind.InterestOutcome
        or NotificationKind.CoachApplicationDecision;
}
