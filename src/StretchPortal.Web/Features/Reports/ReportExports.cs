using StretchPortal.Web.Features.Shared;
using StretchPortal.Web.Infrastructure.Exports;

namespace StretchPortal.Web.Features.Reports;

/// <summary>
/// What the reports' downloads hold: exactly what the page shows (the drill-down's every matching row, not just the
/// page; a dashboard's figure tables), and nothing a page does not show.
/// </summary>
public static class ReportExports
{
    public static readonly IReadOnlyList<string> PeopleHeader =
    [
        "Mentee", "Cohort", "Mentor", "Enrolment status", "Assignment", "Assignment status", "Weeks done", "Weeks overdue",
        "Weeks over hours", "Hours over", "Check-ins (last 28 days)", "Coaching sessions held", "Coaching sessions due",
        "Last activity", "Days without an agreed assignment",
    ];

    public static readonly IReadOnlyList<string> FiguresHeader = ["Table", "Figure", "Count", "Mentees"];

    public static readonly IReadOnlyList<string> CohortsHeader =
    [
        "Cohort", "Start", "End", "Active mentees", "No agreed assignment", "Weeks overdue", "Hours over the agreement",
        "Gone quiet", "Checked in (last 28 days)", "Behind on coaching",
    ];

    public static ExportTable People(PeopleListViewModel list) =>
        new(list.Description, PeopleHeader, [.. list.Matches.Select(m => (IReadOnlyList<object?>)[
            m.Mentee,
            m.CohortName,
            m.Mentor,
            m.Status.DisplayName(),
            m.AssignmentTitle,
            m.AssignmentStatus?.DisplayName(),
            m.WeeksDone,
            m.WeeksOverdue,
            m.WeeksOverHours,
            Math.Round(m.HoursOver, 1),
            m.CheckInsLast28Days,
            m.Coaching?.Held,
            m.Coaching?.Expected,
            m.LastActivity,
            m.DaysWaiting,
        ])]);

    public static ExportTable Figures(string title, DashboardFigures figures) =>
        new(title, FiguresHeader, [.. figures.All.SelectMany(t => t.Rows.Select(f => (IReadOnlyList<object?>)[t.Caption, f.Label, f.Count, f.People]))]);

    public static ExportTable Cohorts(string title, IReadOnlyList<CohortSummary> cohorts) =>
        new(title, CohortsHeader, [.. cohorts.Select(c => (IReadOnlyList<object?>)[
            c.Name, c.StartDate, c.EndDate, c.Active, c.NoAgreedAssignment, c.Overdue, c.OverHours, c.Quiet, c.CheckedIn, c.CoachingBehind,
        ])]);
}
