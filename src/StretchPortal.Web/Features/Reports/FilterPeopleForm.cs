using System.Globalization;
using StretchPortal.Web.Domain;

namespace StretchPortal.Web.Features.Reports;

/// <summary>
/// The drill-down's GET form: a programme (or one of its cohorts), the group a dashboard figure stands for
/// (<see cref="PeopleFilter"/>), and the filters a lead can add: mentor, assignment state, type, ICS priority and
/// weeks overdue; then the sort and the page. State, type and priority must hold for one and the same assignment;
/// withdrawn assignments only match when the state asked for is "Withdrawn", as the dashboard counts them.
/// </summary>
public sealed class FilterPeopleForm
{
    public Guid? ProgrammeId { get; set; }

    public Guid? CohortId { get; set; }

    public string? Filter { get; set; }

    public string? Mentor { get; set; }

    public AssignmentStatus? State { get; set; }

    public AssignmentType? Type { get; set; }

    public Guid? Priority { get; set; }

    public bool Overdue { get; set; }

    public PeopleSort Sort { get; set; }

    public int Page { get; set; } = 1;

    public bool HasAssignmentFilter => State is not null || Type is not null || Priority is not null;

    public bool Matches(MenteeStanding mentee) =>
        (CohortId is null || mentee.CohortId == CohortId)
        && (string.IsNullOrEmpty(Mentor) || mentee.MentorId == Mentor)
        && (!Overdue || mentee.WeeksOverdue > 0)
        && (!HasAssignmentFilter || mentee.Assignments.Any(Matches));

    public bool Matches(AssignmentFacets assignment) =>
        (State is { } state ? assignment.Status == state : assignment.Status != AssignmentStatus.Withdrawn)
        && (Type is null || assignment.Type == Type)
        && (Priority is null || assignment.Priorities.Contains(Priority.Value));

    /// <summary>The state, type and priority part of the query string.</summary>
    public string AssignmentQueryString =>
        string.Join('&', new[] { State is { } s ? $"state={s}" : null, Type is { } t ? $"type={t}" : null, Priority is { } p ? $"priority={p}" : null }.OfType<string>());

    /// <summary>The query string of this form, as links and downloads repeat it: only what is set.</summary>
    public string QueryString(PeopleSort? sort = null, int? page = null)
    {
        var parts = new List<string>
        {
            CohortId is { } cohortId ? $"cohortId={cohortId}" : $"programmeId={ProgrammeId}",
            "filter=" + Uri.EscapeDataString(string.IsNullOrWhiteSpace(Filter) ? PeopleFilter.All : Filter.Trim().ToLowerInvariant()),
        };
        if (!string.IsNullOrEmpty(Mentor))
        {
            parts.Add("mentor=" + Uri.EscapeDataString(Mentor));
        }

        if (HasAssignmentFilter)
        {
            parts.Add(AssignmentQueryString);
        }

        if (Overdue)
        {
            parts.Add("overdue=true");
        }

        var chosenSort = sort ?? Sort;
        if (chosenSort != PeopleSort.Name)
        {
            parts.Add("sort=" + chosenSort.ToString().ToLowerInvariant());
        }

        var chosenPage = page ?? Page;
        if (chosenPage > 1)
        {
            parts.Add("page=" + chosenPage.ToString(CultureInfo.InvariantCulture));
        }

        return string.Join('&', parts);
    }
}

public enum PeopleSort
{
    Name = 0,
    Overdue = 1,
    Cohort = 2,
    Mentor = 3,
    HoursOver = 4,
    LastActivity = 5,
    Waiting = 6,
}
