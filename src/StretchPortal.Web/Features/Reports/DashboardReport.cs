using StretchPortal.Web.Domain;
using StretchPortal.Web.Features.Shared;

namespace StretchPortal.Web.Features.Reports;

/// <summary>
/// The dashboard's figures worked out from a scope's mentees, for a cohort or a whole programme alike. A count of
/// people is always the size of the list its link opens: both use the same <see cref="PeopleFilter"/> or
/// <see cref="FilterPeopleForm"/>.
/// </summary>
public static class DashboardReport
{
    /// <param name="data">The scope's mentees.</param>
    /// <param name="counts">The assignment figures counted in SQL (the roll-up); null to count each mentee's assignments.</param>
    public static DashboardFigures Build(ReportData data, AssignmentCounts? counts = null)
    {
        var everyone = data.People;
        var active = everyone.Where(m => m.IsActive).ToList();
        var assignments = active.SelectMany(m => m.Assignments).ToList();
        var coached = active.Count(m => m.Coaching is not null);

        Figure Group(string label, string filter) =>
            new(label, null, everyone.Count(PeopleFilter.Parse(filter)!.Includes), "filter=" + filter);

        Figure Assignments(string label, FilterPeopleForm form)
        {
            var (count, mentees) = counts?.For(form) ?? (assignments.Count(form.Matches), active.Count(form.Matches));
            return new(label, count, mentees, "filter=active&" + form.AssignmentQueryString);
        }

        return new DashboardFigures(
            Enrolments: new FigureTable(
                "Enrolments by status", "Status", null, "Mentees",
                [
                    .. Enum.GetValues<EnrolmentStatus>().Select(s => Group(s.DisplayName(), PeopleFilter.ForStatus(s))),
                    Group("All enrolments", PeopleFilter.All),
                ],
                Chart: true,
                ChartWhole: everyone.Count),
            Attention: new FigureTable(
                "Active mentees who may need attention", "Who", null, "Mentees",
                [
                    Group("No agreed assignment", PeopleFilter.NoAgreedAssignment),
                    Group("Weeks overdue", PeopleFilter.Overdue),
                    Group("Hours over the agreement", PeopleFilter.OverHours),
                    Group($"Gone quiet ({MenteeStanding.QuietDays} days or more with no week update or check-in)", PeopleFilter.Quiet),
                    Group("Behind on coaching sessions", PeopleFilter.CoachingBehind),
                ],
                Chart: true,
                ChartWhole: active.Count),
            Waiting: new FigureTable(
                "Active mentees with no agreed assignment, by time since enrolment", "Waiting", null, "Mentees",
                [
                    Group("Less than 4 weeks", PeopleFilter.WaitingUnder4Weeks),
                    Group("4 to 8 weeks", PeopleFilter.Waiting4To8Weeks),
                    Group("8 weeks or more", PeopleFilter.WaitingOver8Weeks),
                ],
                Chart: true),
            AssignmentsByStatus: new FigureTable(
                "Assignments of active mentees by status", "Status", "Assignments", "Mentees",
                [.. Enum.GetValues<AssignmentStatus>().Select(s => Assignments(s.DisplayName(), new FilterPeopleForm { State = s }))],
                Chart: true),
            AssignmentsByType: new FigureTable(
                "Assignments of active mentees by type (not withdrawn)", "Type", "Assignments", "Mentees",
                [.. Enum.GetValues<AssignmentType>().Select(t => Assignments(t.DisplayName(), new FilterPeopleForm { Type = t }))],
                Chart: true),
            Priorities: new FigureTable(
                "Coverage of ICS priorities by assignments of active mentees (not withdrawn)", "ICS priority", "Assignments", "Mentees",
                [
                    .. data.Priorities
                        .Select(p => (Priority: p, Figure: Assignments(p.Name, new FilterPeopleForm { Priority = p.Id })))
                        .Where(p => !p.Priority.IsArchived || p.Figure.Count > 0)
                        .Select(p => p.Figure),
                ],
                Chart: true,
                ChartWhole: active.Count),
            Weeks: new FigureTable(
                "Weeks of active mentees' assignments", "Weeks", "Weeks", "Mentees",
                [
                    Weeks("Done", active.Sum(m => m.WeeksDone), PeopleFilter.Done),
                    Weeks("Slipped", active.Sum(m => m.WeeksSlipped), PeopleFilter.Slipped),
                    Weeks("Blocked", active.Sum(m => m.WeeksBlocked), PeopleFilter.Blocked),
                    Weeks("Overdue (ended with no update)", active.Sum(m => m.WeeksOverdue), PeopleFilter.Overdue),
                    Weeks("Hours over the agreement", active.Sum(m => m.WeeksOverHours), PeopleFilter.OverHours),
                ]),
            CheckIns: new FigureTable(
                $"Check-ins of active mentees in the last {MenteeStanding.RecentCheckInDays} days", "Check-ins", "Check-ins", "Mentees",
                [
                    new Figure("Held", active.Sum(m => m.CheckInsLast28Days), active.Count(m => m.CheckInsLast28Days > 0), "filter=" + PeopleFilter.CheckedIn),
                    Group("No check-in", PeopleFilter.NotCheckedIn),
                ],
                Chart: true,
                ChartWhole: active.Count),
            Coaching: new FigureTable(
                "Coaching of active mentees: at least four sessions in twelve months, one due each quarter", "Coaching", "Sessions", "Mentees",
                [
                    new Figure("Being coached (coaching relationships)", active.Sum(m => m.Coaching?.Relationships ?? 0), coached, "filter=" + PeopleFilter.Coached),
                    new Figure("Sessions held", active.Sum(m => m.Coaching?.Held ?? 0), coached, "filter=" + PeopleFilter.Coached),
                    new Figure("Sessions due by now", active.Sum(m => m.Coaching?.Expected ?? 0), coached, "filter=" + PeopleFilter.Coached),
                    new Figure("Behind (fewer sessions held than due)", null, active.Count(m => m.Coaching is { IsBehind: true }), "filter=" + PeopleFilter.CoachingBehind),
                ]));

        Figure Weeks(string label, int weeks, string filter) =>
            new(label, weeks, everyone.Count(PeopleFilter.Parse(filter)!.Includes), "filter=" + filter);
    }

    /// <summary>Each cohort's headline figures, from the programme's mentees, in the cohorts' order.</summary>
    public static IReadOnlyList<CohortSummary> ByCohort(ReportData data, IReadOnlyList<(Guid Id, string Name, DateOnly Start, DateOnly End)> cohorts)
    {
        var byCohort = data.People.ToLookup(m => m.CohortId);
        int Count(Guid cohortId, string filter) => byCohort[cohortId].Count(PeopleFilter.Parse(filter)!.Includes);
        return
        [
            .. cohorts.Select(c => new CohortSummary(
                c.Id,
                c.Name,
                c.Start,
                c.End,
                Count(c.Id, PeopleFilter.Active),
                Count(c.Id, PeopleFilter.NoAgreedAssignment),
                Count(c.Id, PeopleFilter.Overdue),
                Count(c.Id, PeopleFilter.OverHours),
                Count(c.Id, PeopleFilter.Quiet),
                Count(c.Id, PeopleFilter.CheckedIn),
                Count(c.Id, PeopleFilter.CoachingBehind))),
        ];
    }
}
