using Microsoft.AspNetCore.Mvc.Rendering;

namespace StretchPortal.Web.Features.Reports;

/// <summary>
/// One row of a dashboard table: a count of things (assignments, weeks, check-ins, sessions) and/or a count of
/// people, the latter linking to the list of those people through <see cref="Query"/> (the drill-down's query string
/// after the scope, e.g. <c>filter=overdue</c>).
/// </summary>
public sealed record Figure(string Label, int? Count, int? People, string? Query);

/// <summary>
/// A dashboard table: its caption, the heading of its label column, which count columns it shows, and whether a bar
/// chart of it reads faster than the numbers (bars scale to <see cref="ChartWhole"/> when set, else to the largest).
/// </summary>
public sealed record FigureTable(
    string Caption, string LabelHeading, string? CountHeading, string? PeopleHeading, IReadOnlyList<Figure> Rows, bool Chart = false, int? ChartWhole = null)
{
    /// <summary>The figures the chart draws: people where the table counts them, else the other count.</summary>
    public IEnumerable<(string Label, int Value, int Bucket)> Bars()
    {
        var values = Rows.Select(r => (r.Label, Value: (PeopleHeading is not null ? r.People : r.Count) ?? 0)).ToList();
        var whole = ChartWhole ?? values.Select(v => v.Value).DefaultIfEmpty(0).Max();
        return values.Select(v => (v.Label, v.Value, ReportLinks.WidthBucket(v.Value, whole)));
    }
}

/// <summary>Every figure of a dashboard, section by section; the same for a cohort and for a programme's roll-up.</summary>
public sealed record DashboardFigures(
    FigureTable Enrolments,
    FigureTable Attention,
    FigureTable Waiting,
    FigureTable AssignmentsByStatus,
    FigureTable AssignmentsByType,
    FigureTable Priorities,
    FigureTable Weeks,
    FigureTable CheckIns,
    FigureTable Coaching)
{
    public IEnumerable<FigureTable> All =>
        [Enrolments, Attention, Waiting, AssignmentsByStatus, AssignmentsByType, Priorities, Weeks, CheckIns, Coaching];
}

public sealed class CohortDashboardViewModel
{
    public required Guid CohortId { get; init; }

    public required string CohortName { get; init; }

    public required Guid ProgrammeId { get; init; }

    public required string ProgrammeName { get; init; }

    public required DateOnly Today { get; init; }

    public required DashboardFigures Figures { get; init; }

    /// <summary>Active mentees with no agreed assignment, longest waiting first.</summary>
    public required IReadOnlyList<MenteeStanding> Waiting { get; init; }

    public ReportScope Scope => new(ProgrammeId, CohortId);
}

public sealed class ProgrammeDashboardViewModel
{
    public required Guid ProgrammeId { get; init; }

    public required string ProgrammeName { get; init; }

    public required DateOnly Today { get; init; }

    public required DashboardFigures Figures { get; init; }

    public required IReadOnlyList<CohortSummary> Cohorts { get; init; }

    public ReportScope Scope => new(ProgrammeId, null);
}

/// <summary>A cohort's headline figures in the programme roll-up, each a count of active mentees.</summary>
public sealed record CohortSummary(
    Guid Id,
    string Name,
    DateOnly StartDate,
    DateOnly EndDate,
    int Active,
    int NoAgreedAssignment,
    int Overdue,
    int OverHours,
    int Quiet,
    int CheckedIn,
    int CoachingBehind);

public sealed class PeopleListViewModel
{
    public const int PageSize = 25;

    public required FilterPeopleForm Form { get; init; }

    public required string ProgrammeName { get; init; }

    public required string? CohortName { get; init; }

    public required string Description { get; init; }

    public required int PageCount { get; init; }

    /// <summary>Everyone who matches, sorted: what the downloads hold.</summary>
    public required IReadOnlyList<MenteeStanding> Matches { get; init; }

    public required IReadOnlyList<MenteeStanding> Rows { get; init; }

    public required IReadOnlyList<SelectListItem> Cohorts { get; init; }

    public required IReadOnlyList<SelectListItem> Mentors { get; init; }

    public required IReadOnlyList<SelectListItem> Priorities { get; init; }

    /// <summary>The chosen filters in words, for the heading's caption and the downloads' title.</summary>
    public required IReadOnlyList<string> Narrowing { get; init; }

    public int Total => Matches.Count;

    public int Page => Form.Page;

    // The form's fields, named as the query string names them so the GET form keeps the chosen values.
    public Guid? ProgrammeId => Form.ProgrammeId;

    public Guid? CohortId => Form.CohortId;

    public string Filter => Form.Filter ?? PeopleFilter.All;

    public string? Mentor => Form.Mentor;

    public Domain.AssignmentStatus? State => Form.State;

    public Domain.AssignmentType? Type => Form.Type;

    public Guid? Priority => Form.Priority;

    public bool Overdue => Form.Overdue;

    public PeopleSort Sort => Form.Sort;

    public string PageUrl(int page, PeopleSort? sort = null) => "/Reports/People?" + Form.QueryString(sort, page);

    /// <summary>The same scope with no filters: everyone enrolled.</summary>
    public string ClearUrl => "/Reports/People?" + (CohortId is { } cohortId ? $"cohortId={cohortId}" : $"programmeId={ProgrammeId}");

    public string CsvUrl => "/Reports/People.csv?" + Form.QueryString(page: 1);

    public string XlsxUrl => "/Reports/People.xlsx?" + Form.QueryString(page: 1);

    public string DashboardUrl => CohortId is { } cohortId ? ReportLinks.Dashboard(cohortId) : ReportLinks.Programme(ProgrammeId!.Value);
}

/// <summary>The reports a lead can open: their programmes' roll-ups and their cohorts' dashboards.</summary>
public sealed record ReportsIndexViewModel(IReadOnlyList<ReportProgrammeRow> Programmes, IReadOnlyList<ReportCohortRow> Cohorts);

public sealed record ReportProgrammeRow(Guid Id, string Name, string Year, int Cohorts, int ActiveMentees);

/// <summary>A cohort of a programme the signed-in lead leads, for the reports index.</summary>
public sealed record ReportCohortRow(Guid Id, string Name, string ProgrammeName, DateOnly StartDate, DateOnly EndDate, int ActiveMentees);

public static class ReportLinks
{
    public static string Dashboard(Guid cohortId) => $"/Reports/Cohort/{cohortId}";

    public static string Programme(Guid programmeId) => $"/Reports/Programme/{programmeId}";

    /// <summary>The drill-down of a figure: the scope, then the figure's own query (<c>filter=…</c> and more).</summary>
    public static string People(ReportScope scope, string query) => $"/Reports/People?{scope.QueryString}&{query}";

    public static string People(Guid cohortId, string filter) => People(new ReportScope(Guid.Empty, cohortId), "filter=" + Uri.EscapeDataString(filter));

    /// <summary>The CSS width class of a bar: 0 to 100 in steps of 5 (<c>app-bar--w35</c>), at least 5 when not zero.</summary>
    public static int WidthBucket(int value, int whole)
    {
        if (value <= 0 || whole <= 0)
        {
            return 0;
        }

        var bucket = (int)Math.Round(Math.Min(1.0, (double)value / whole) * 20, MidpointRounding.AwayFromZero) * 5;
        return Math.Max(5, bucket);
    }
}
