using Microsoft.EntityFrameworkCore;
using StretchPortal.Web.Data;
using StretchPortal.Web.Domain;
using StretchPortal.Web.Features.Home;
using StretchPortal.Web.Features.Shared;

namespace StretchPortal.Web.Features.Reports;

/// <summary>
/// A cohort's state for its programme's leads: the dashboard's figures and the lists of people behind them. Every
/// read is a projection keyed by the cohort (<c>Enrolments.CohortId</c> is indexed), a fixed number of queries
/// whatever the cohort's size; the figures are then worked out in memory. Today comes from the clock.
/// </summary>
public sealed class ReportsService(StretchPortalDbContext db, TimeProvider clock)
{
    /// <summary>The cohort with its programme and the programme's leads, for the authorization handler.</summary>
    public Task<Cohort?> FindCohortAsync(Guid id, CancellationToken cancellationToken) =>
        db.Cohorts.AsNoTracking()
            .Include(c => c.Programme).ThenInclude(p => p!.Leads)
            .SingleOrDefaultAsync(c => c.Id == id, cancellationToken);

    /// <summary>The cohorts of the programmes <paramref name="personId"/> leads.</summary>
    public Task<List<ReportCohortRow>> CohortsLedByAsync(string personId, CancellationToken cancellationToken) =>
        db.Cohorts.AsNoTracking()
            .Where(c => c.Programme!.Leads.Any(l => l.PersonId == personId))
            .OrderBy(c => c.Programme!.Name).ThenBy(c => c.StartDate).ThenBy(c => c.Name)
            .Select(c => new ReportCohortRow(
                c.Id, c.Name, c.Programme!.Name, c.StartDate, c.EndDate, c.Enrolments.Count(e => e.Status == EnrolmentStatus.Active)))
            .ToListAsync(cancellationToken);

    public async Task<CohortDashboardViewModel> DashboardAsync(Cohort cohort, CancellationToken cancellationToken)
    {
        var data = await LoadAsync(cohort.Id, cancellationToken);
        var everyone = data.People;
        var active = everyone.Where(m => m.IsActive).ToList();
        var activeIds = active.Select(m => m.EnrolmentId).ToHashSet();
        var assignments = data.Assignments.Where(a => activeIds.Contains(a.EnrolmentId)).ToList();
        var current = assignments.Where(a => a.Status != AssignmentStatus.Withdrawn).ToList();

        Figure People(string label, string filter) => new(label, null, everyone.Count(PeopleFilter.Parse(filter, data.PriorityName)!.Includes), filter);

        return new CohortDashboardViewModel
        {
            CohortId = cohort.Id,
            CohortName = cohort.Name,
            ProgrammeId = cohort.ProgrammeId,
            ProgrammeName = cohort.Programme!.Name,
            Today = data.Today,
            Enrolments = new FigureTable(
                "Enrolments by status", "Status", null, "Mentees",
                [
                    .. Enum.GetValues<EnrolmentStatus>().Select(s => People(s.DisplayName(), PeopleFilter.ForStatus(s))),
                    People("All enrolments", PeopleFilter.All),
                ]),
            Attention = new FigureTable(
                "Active mentees who may need attention", "Who", null, "Mentees",
                [
                    People("No agreed assignment", PeopleFilter.NoAgreedAssignment),
                    People("Weeks overdue", PeopleFilter.Overdue),
                    People("Hours over the agreement", PeopleFilter.OverHours),
                    People($"Gone quiet ({MenteeStanding.QuietDays} days or more with no week update or check-in)", PeopleFilter.Quiet),
                ]),
            Waiting = active.Where(m => !m.HasAgreedAssignment).OrderByDescending(m => m.DaysSinceEnrolment).ThenBy(m => m.Mentee, StringComparer.CurrentCulture).ToList(),
            AssignmentsByStatus = new FigureTable(
                "Assignments of active mentees by status", "Status", "Assignments", null,
                Enum.GetValues<AssignmentStatus>().Select(s => new Figure(s.DisplayName(), assignments.Count(a => a.Status == s), null, null)).ToList()),
            AssignmentsByType = new FigureTable(
                "Assignments of active mentees by type (not withdrawn)", "Type", "Assignments", null,
                Enum.GetValues<AssignmentType>().Select(t => new Figure(t.DisplayName(), current.Count(a => a.Type == t), null, null)).ToList()),
            Priorities = new FigureTable(
                "Coverage of ICS priorities by assignments of active mentees (not withdrawn)", "ICS priority", "Assignments", "Mentees",
                data.Priorities
                    .Select(p => new Figure(
                        p.Name,
                        current.Count(a => a.Priorities.Contains(p.Id)),
                        active.Count(m => m.Priorities.Contains(p.Id)),
                        PeopleFilter.ForPriority(p.Id)))
                    .Where((f, i) => !data.Priorities[i].IsArchived || f.Count > 0)
                    .ToList()),
            Weeks = new FigureTable(
                "Weeks of active mentees' assignments", "Weeks", "Weeks", "Mentees",
                [
                    new Figure("Done", active.Sum(m => m.WeeksDone), null, null),
                    new Figure("Slipped", active.Sum(m => m.WeeksSlipped), active.Count(m => m.WeeksSlipped > 0), PeopleFilter.Slipped),
                    new Figure("Blocked", active.Sum(m => m.WeeksBlocked), active.Count(m => m.WeeksBlocked > 0), PeopleFilter.Blocked),
                    new Figure("Overdue (ended with no update)", active.Sum(m => m.WeeksOverdue), active.Count(m => m.WeeksOverdue > 0), PeopleFilter.Overdue),
                    new Figure("Hours over the agreement", active.Sum(m => m.WeeksOverHours), active.Count(m => m.WeeksOverHours > 0), PeopleFilter.OverHours),
                ]),
            CheckIns = new FigureTable(
                $"Check-ins of active mentees in the last {MenteeStanding.RecentCheckInDays} days", "Check-ins", "Check-ins", "Mentees",
                [
                    new Figure("Held", active.Sum(m => m.CheckInsLast28Days), active.Count(m => m.CheckInsLast28Days > 0), PeopleFilter.CheckedIn),
                ]),
        };
    }

    /// <summary>The people behind a figure, sorted; null when <paramref name="filter"/> names no filter.</summary>
    public async Task<(PeopleFilter Filter, List<MenteeStanding> People)?> PeopleAsync(
        Guid cohortId, string? filter, PeopleSort sort, CancellationToken cancellationToken)
    {
        var data = await LoadAsync(cohortId, cancellationToken);
        if (PeopleFilter.Parse(filter, data.PriorityName) is not { } chosen)
        {
            return null;
        }

        var people = data.People.Where(chosen.Includes);
        var sorted = sort == PeopleSort.Overdue
            ? people.OrderByDescending(m => m.WeeksOverdue).ThenBy(m => m.Mentee, StringComparer.CurrentCulture)
            : people.OrderBy(m => m.Mentee, StringComparer.CurrentCulture).ThenByDescending(m => m.WeeksOverdue);
        return (chosen, sorted.ThenBy(m => m.EnrolmentId).ToList());
    }

    private async Task<CohortData> LoadAsync(Guid cohortId, CancellationToken cancellationToken)
    {
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var recentSince = today.AddDays(-(MenteeStanding.RecentCheckInDays - 1));

        var enrolments = await db.Enrolments.AsNoTracking()
            .Where(e => e.CohortId == cohortId)
            .Select(e => new EnrolmentRow(e.Id, e.Mentee!.FullName, e.Mentor!.FullName, e.Status, e.EnrolledAt))
            .ToListAsync(cancellationToken);

        var progress = await db.StretchAssignments.AsNoTracking()
            .Where(a => a.Enrolment!.CohortId == cohortId)
            .Select(AssignmentProgress.Projection)
            .ToListAsync(cancellationToken);

        var facets = await db.StretchAssignments.AsNoTracking()
            .Where(a => a.Enrolment!.CohortId == cohortId)
            .Select(a => new AssignmentFacets(a.Id, a.EnrolmentId, a.Status, a.Type, a.Priorities.Select(p => p.IcsPriorityId).ToList()))
            .ToListAsync(cancellationToken);

        var lastUpdates = await db.WeeklyDeliverables.AsNoTracking()
            .Where(w => w.Assignment!.Enrolment!.CohortId == cohortId && w.UpdatedAt != null)
            .GroupBy(w => w.Assignment!.EnrolmentId)
            .Select(g => new { EnrolmentId = g.Key, Last = g.Max(w => w.UpdatedAt) })
            .ToDictionaryAsync(u => u.EnrolmentId, u => u.Last, cancellationToken);

        var checkIns = await db.CheckIns.AsNoTracking()
            .Where(c => c.Enrolment!.CohortId == cohortId && c.HeldOn <= today)
            .GroupBy(c => c.EnrolmentId)
            .Select(g => new CheckInSummary(g.Key, g.Max(c => c.HeldOn), g.Count(c => c.HeldOn >= recentSince)))
            .ToDictionaryAsync(c => c.EnrolmentId, cancellationToken);

        var priorities = await db.IcsPriorities.AsNoTracking()
            .OrderBy(p => p.SortOrder).ThenBy(p => p.Name)
            .Select(p => new PriorityRow(p.Id, p.Name, p.IsArchived))
            .ToListAsync(cancellationToken);

        var progressByEnrolment = progress.ToLookup(a => a.EnrolmentId);
        var facetsByEnrolment = facets.ToLookup(a => a.EnrolmentId);
        var people = enrolments
            .Select(e => MenteeStanding.From(
                e,
                progressByEnrolment[e.Id].ToList(),
                facetsByEnrolment[e.Id].ToList(),
                lastUpdates.GetValueOrDefault(e.Id),
                checkIns.GetValueOrDefault(e.Id),
                today))
            .ToList();
        return new CohortData(today, people, facets, priorities);
    }

    private sealed record PriorityRow(Guid Id, string Name, bool IsArchived);

    private sealed record CohortData(DateOnly Today, List<MenteeStanding> People, List<AssignmentFacets> Assignments, List<PriorityRow> Priorities)
    {
        public string? PriorityName(Guid id) => Priorities.Find(p => p.Id == id)?.Name;
    }
}
