namespace StretchPortal.Web.Features.Reports;

/// <summary>
/// One row of a dashboard table: a count of things (assignments, weeks, check-ins) and/or a count of people, the
/// latter linking to the list of those people through <see cref="Filter"/>.
/// </summary>
public sealed record Figure(string Label, int? Count, int? People, string? Filter);

/// <summary>A dashboard table: its caption, the heading of its label column, and which count columns it shows.</summary>
public sealed record FigureTable(string Caption, string LabelHeading, string? CountHeading, string? PeopleHeading, IReadOnlyList<Figure> Rows);

public sealed class CohortDashboardViewModel
{
    public required Guid CohortId { get; init; }

    public required string CohortName { get; init; }

    public required Guid ProgrammeId { get; init; }

    public required string ProgrammeName { get; init; }

    public required DateOnly Today { get; init; }

    public required FigureTable Enrolments { get; init; }

    public required FigureTable Attention { get; init; }

    /// <summary>Active mentees with no agreed assignment, longest waiting first.</summary>
    public required IReadOnlyList<MenteeStanding> Waiting { get; init; }

    public required FigureTable AssignmentsByStatus { get; init; }

    public required FigureTable AssignmentsByType { get; init; }

    public required FigureTable Priorities { get; init; }

    public required FigureTable Weeks { get; init; }

    public required FigureTable CheckIns { get; init; }

    public string PeopleUrl(string filter) => ReportLinks.People(CohortId, filter);
}

public enum PeopleSort
{
    Name = 0,
    Overdue = 1,
}

public sealed class PeopleListViewModel
{
    public const int PageSize = 25;

    public required Guid CohortId { get; init; }

    public required string CohortName { get; init; }

    public required string ProgrammeName { get; init; }

    public required string Filter { get; init; }

    public required string Description { get; init; }

    public required PeopleSort Sort { get; init; }

    public required int Page { get; init; }

    public required int PageCount { get; init; }

    public required int Total { get; init; }

    public required IReadOnlyList<MenteeStanding> Rows { get; init; }

    public string PageUrl(int page, PeopleSort? sort = null) => ReportLinks.People(CohortId, Filter, sort ?? Sort, page);

    public string CsvUrl => ReportLinks.PeopleCsv(CohortId, Filter, Sort);
}

/// <summary>A cohort of a programme the signed-in lead leads, for the reports index.</summary>
public sealed record ReportCohortRow(Guid Id, string Name, string ProgrammeName, DateOnly StartDate, DateOnly EndDate, int ActiveMentees);

public static class ReportLinks
{
    public static string Dashboard(Guid cohortId) => $"/Reports/Cohort/{cohortId}";

    public static string People(Guid cohortId, string filter, PeopleSort sort = PeopleSort.Name, int page = 1) =>
        $"/Reports/People?cohortId={cohortId}&filter={Uri.EscapeDataString(filter)}"
        + (sort == PeopleSort.Name ? "" : $"&sort={sort.ToString().ToLowerInvariant()}")
        + (page <= 1 ? "" : $"&page={page}");

    public static string PeopleCsv(Guid cohortId, string filter, PeopleSort sort = PeopleSort.Name) =>
        $"/Reports/People.csv?cohortId={cohortId}&filter={Uri.EscapeDataString(filter)}"
        + (sort == PeopleSort.Name ? "" : $"&sort={sort.ToString().ToLowerInvariant()}");
}
