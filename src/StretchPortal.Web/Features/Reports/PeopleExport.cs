using StretchPortal.Web.Features.Shared;
using StretchPortal.Web.Infrastructure.Exports;

namespace StretchPortal.Web.Features.Reports;

/// <summary>The drill-down list as a table to download, one row per mentee.</summary>
public static class PeopleExport
{
    public static readonly IReadOnlyList<string> Header =
        ["Mentee", "Mentor", "Assignment", "Assignment status", "Weeks overdue", "Hours over", "Last activity"];

    public static ExportTable Table(string title, IEnumerable<MenteeStanding> people) =>
        new(title, Header, [.. people.Select(m => (IReadOnlyList<object?>)[
            m.Mentee,
            m.Mentor,
            m.AssignmentTitle,
            m.AssignmentStatus?.DisplayName(),
            m.WeeksOverdue,
            Math.Round(m.HoursOver, 1),
            m.LastActivity,
        ])]);
}
