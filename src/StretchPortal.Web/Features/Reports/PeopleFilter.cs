using StretchPortal.Web.Domain;

namespace StretchPortal.Web.Features.Reports;

/// <summary>
/// The groups of people a dashboard figure stands for, by the name used in <c>/Reports/People?filter=…</c>. The one
/// place that says who is in each group, so that a figure and its list always agree.
/// </summary>
public sealed record PeopleFilter(string Name, string Description, Func<MenteeStanding, bool> Includes)
{
    public const string All = "all";
    public const string NoAgreedAssignment = "no-agreed-assignment";
    public const string Overdue = "overdue";
    public const string OverHours = "over-hours";
    public const string Slipped = "slipped";
    public const string Blocked = "blocked";
    public const string CheckedIn = "checked-in";
    public const string Quiet = "quiet";

    public static string ForStatus(EnrolmentStatus status) => "status-" + status.ToString().ToLowerInvariant();

    public static string ForPriority(Guid priorityId) => "priority-" + priorityId.ToString("N");

    /// <summary>The filter named <paramref name="name"/>, or null when there is no such filter.</summary>
    public static PeopleFilter? Parse(string? name, Func<Guid, string?> priorityName)
    {
        var key = string.IsNullOrWhiteSpace(name) ? All : name.Trim().ToLowerInvariant();
        switch (key)
        {
            case All: return new(key, "Everyone enrolled", _ => true);
            case NoAgreedAssignment: return new(key, "Active mentees with no agreed assignment", m => m.IsActive && !m.HasAgreedAssignment);
            case Overdue: return new(key, "Active mentees with weeks overdue", m => m.IsActive && m.WeeksOverdue > 0);
            case OverHours: return new(key, "Active mentees with weeks over their agreed hours", m => m.IsActive && m.WeeksOverHours > 0);
            case Slipped: return new(key, "Active mentees with weeks that slipped", m => m.IsActive && m.WeeksSlipped > 0);
            case Blocked: return new(key, "Active mentees with weeks that were blocked", m => m.IsActive && m.WeeksBlocked > 0);
            case CheckedIn: return new(key, $"Active mentees with a check-in in the last {MenteeStanding.RecentCheckInDays} days", m => m.IsActive && m.CheckInsLast28Days > 0);
            case Quiet: return new(key, $"Active mentees gone quiet for {MenteeStanding.QuietDays} days or more", m => m.IsQuiet);
        }

        foreach (var status in Enum.GetValues<EnrolmentStatus>())
        {
            if (key == ForStatus(status))
            {
                return new(key, $"Enrolments: {Shared.EnumDisplay.DisplayName(status).ToLowerInvariant()}", m => m.Status == status);
            }
        }

        if (key.StartsWith("priority-", StringComparison.Ordinal)
            && Guid.TryParse(key["priority-".Length..], out var priorityId)
            && priorityName(priorityId) is { } priority)
        {
            return new(ForPriority(priorityId), $"Active mentees with an assignment serving “{priority}”", m => m.IsActive && m.Priorities.Contains(priorityId));
        }

        return null;
    }
}
