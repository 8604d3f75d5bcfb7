using StretchPortal.Web.Domain;
using StretchPortal.Web.Features.Shared;

namespace StretchPortal.Web.Features.Reports;

/// <summary>
/// The groups of people a dashboard figure stands for, by the name used in <c>/Reports/People?filter=…</c>. The one
/// place that says who is in each group, so that a figure and its list always agree.
/// </summary>
public sealed record PeopleFilter(string Name, string Description, Func<MenteeStanding, bool> Includes)
{
    public const string All = "all";
    public const string Active = "active";
    public const string NoAgreedAssignment = "no-agreed-assignment";
    public const string WaitingUnder4Weeks = "waiting-under-4-weeks";
    public const string Waiting4To8Weeks = "waiting-4-to-8-weeks";
    public const string WaitingOver8Weeks = "waiting-over-8-weeks";
    public const string Done = "done";
    public const string Overdue = "overdue";
    public const string OverHours = "over-hours";
    public const string Slipped = "slipped";
    public const string Blocked = "blocked";
    public const string CheckedIn = "checked-in";
    public const string NotCheckedIn = "not-checked-in";
    public const string Quiet = "quiet";
    public const string Coached = "coached";
    public const string CoachingBehind = "coaching-behind";

    private static readonly IReadOnlyList<PeopleFilter> Named =
    [
        new(All, "Everyone enrolled", _ => true),
        new(Active, "Active mentees", m => m.IsActive),
        new(NoAgreedAssignment, "Active mentees with no agreed assignment", m => m.DaysWaiting is not null),
        new(WaitingUnder4Weeks, "Active mentees with no agreed assignment, enrolled less than 4 weeks ago", m => m.DaysWaiting < 28),
        new(Waiting4To8Weeks, "Active mentees with no agreed assignment, enrolled 4 to 8 weeks ago", m => m.DaysWaiting is >= 28 and < 56),
        new(WaitingOver8Weeks, "Active mentees with no agreed assignment, enrolled 8 weeks ago or more", m => m.DaysWaiting >= 56),
        new(Done, "Active mentees with weeks done", m => m.IsActive && m.WeeksDone > 0),
        new(Overdue, "Active mentees with weeks overdue", m => m.IsActive && m.WeeksOverdue > 0),
        new(OverHours, "Active mentees with weeks over their agreed hours", m => m.IsActive && m.WeeksOverHours > 0),
        new(Slipped, "Active mentees with weeks that slipped", m => m.IsActive && m.WeeksSlipped > 0),
        new(Blocked, "Active mentees with weeks that were blocked", m => m.IsActive && m.WeeksBlocked > 0),
        new(CheckedIn, $"Active mentees with a check-in in the last {MenteeStanding.RecentCheckInDays} days", m => m.IsActive && m.CheckInsLast28Days > 0),
        new(NotCheckedIn, $"Active mentees with no check-in in the last {MenteeStanding.RecentCheckInDays} days", m => m.IsActive && m.CheckInsLast28Days == 0),
        new(Quiet, $"Active mentees gone quiet for {MenteeStanding.QuietDays} days or more", m => m.IsQuiet),
        new(Coached, "Active mentees being coached", m => m.IsActive && m.Coaching is not null),
        new(CoachingBehind, "Active mentees behind on coaching sessions", m => m.IsActive && m.Coaching is { IsBehind: true }),
        .. Enum.GetValues<EnrolmentStatus>().Select(s => new PeopleFilter(ForStatus(s), $"Enrolments: {s.DisplayName().ToLowerInvariant()}", m => m.Status == s)),
    ];

    /// <summary>Every group, for the drill-down's "Who" select.</summary>
    public static IReadOnlyList<PeopleFilter> Choices => Named;

    public static string ForStatus(EnrolmentStatus status) => "status-" + status.ToString().ToLowerInvariant();

    /// <summary>The filter named <paramref name="name"/> (everyone when empty), or null when there is no such filter.</summary>
    public static PeopleFilter? Parse(string? name)
    {
        var key = string.IsNullOrWhiteSpace(name) ? All : name.Trim().ToLowerInvariant();
        return Named.FirstOrDefault(f => f.Name == key);
    }
}
