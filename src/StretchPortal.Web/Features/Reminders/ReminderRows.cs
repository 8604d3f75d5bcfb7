namespace StretchPortal.Web.Features.Reminders;

/// <summary>A reminder to send: its <see cref="Key"/> says what it is about and to whom, so that it goes only once.</summary>
public sealed record Reminder(string Key, Notifications.Notice Notice);

/// <summary>An assignment that takes weekly updates, its mentee and mentor, and the weeks planned near today.</summary>
public sealed record AssignmentWeeks(
    Guid AssignmentId,
    string Title,
    DateOnly StartDate,
    DateOnly EndDate,
    string MenteeId,
    string MenteeName,
    string? MentorId,
    IReadOnlyList<WeekState> Weeks);

/// <summary>A planned week and whether the mentee has said how it went.</summary>
public sealed record WeekState(Guid Id, DateOnly WeekStarting, bool Updated);

/// <summary>A mentee and their mentor with an agreed assignment, the day of their last activity, and the programme's leads.</summary>
public sealed record MentoringRelationship(
    Guid EnrolmentId,
    string MenteeName,
    string MentorId,
    DateOnly LastActivity,
    IReadOnlyList<string> LeadIds);

/// <summary>An active coaching relationship and the sessions held so far.</summary>
public sealed record CoachingRelationshipState(
    Guid Id,
    string CoachId,
    string CoachName,
    string CoacheeId,
    string CoacheeName,
    DateOnly MatchedOn,
    int Held);
