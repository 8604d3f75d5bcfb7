using System.Globalization;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using StretchPortal.Web.Data;
using StretchPortal.Web.Domain;
using StretchPortal.Web.Features.Shared;

namespace StretchPortal.Web.Features.Reports;

/// <summary>
/// Monitoring for programme leads: a cohort's dashboard, a programme's roll-up over its cohorts, and the lists of
/// people behind each figure. Every page is a fixed number of projections keyed by the cohort or the programme
/// (see <see cref="LoadAsync"/>), whatever their size; the figures are then worked out in memory and kept
/// (<see cref="ReportCache"/>) until a change to the cohorts' data or a new day. Today comes from the clock.
/// </summary>
public sealed partial class ReportsService(StretchPortalDbContext db, TimeProvider clock, ReportCache cache)
{
    /// <summary>The cohort with its programme and the programme's leads, for the authorization handler.</summary>
    public Task<Cohort?> FindCohortAsync(Guid id, CancellationToken cancellationToken) =>
        db.Cohorts.AsNoTracking()
            .Include(c => c.Programme).ThenInclude(p => p!.Leads)
            .SingleOrDefaultAsync(c => c.Id == id, cancellationToken);

    /// <summary>The programme with its leads, for the authorization handler.</summary>
    public Task<Programme?> FindProgrammeAsync(Guid id, CancellationToken cancellationToken) =>
        db.Programmes.AsNoTracking()
            .Include(p => p.Leads)
            .SingleOrDefaultAsync(p => p.Id == id, cancellationToken);

    /// <summary>The programmes <paramref name="personId"/> leads and their cohorts.</summary>
    public async Task<ReportsIndexViewModel> IndexAsync(string personId, CancellationToken cancellationToken)
    {
        var programmes = await db.Programmes.AsNoTracking()
            .Where(p => p.Leads.Any(l => l.PersonId == personId))
            .OrderBy(p => p.Name)
            .Select(p => new ReportProgrammeRow(
                p.Id, p.Name, p.Year, p.Cohorts.Count, p.Cohorts.SelectMany(c => c.Enrolments).Count(e => e.Status == EnrolmentStatus.Active)))
            .ToListAsync(cancellationToken);

        var cohorts = await db.Cohorts.AsNoTracking()
            .Where(c => c.Programme!.Leads.Any(l => l.PersonId == personId))
            .OrderBy(c => c.Programme!.Name).ThenBy(c => c.StartDate).ThenBy(c => c.Name)
            .Select(c => new ReportCohortRow(
                c.Id, c.Name, c.Programme!.Name, c.StartDate, c.EndDate, c.Enrolments.Count(e => e.Status == EnrolmentStatus.Active)))
            .ToListAsync(cancellationToken);

        return new ReportsIndexViewModel(programmes, cohorts);
    }

    public async Task<CohortDashboardViewModel> DashboardAsync(Cohort cohort, CancellationToken cancellationToken)
    {
        var today = Today();
        var stamp = Stamp(cohort.Id, cohort.ReportVersion);
        var (figures, waiting) = await cache.GetOrLoadAsync("dashboard", cohort.Id, stamp, today, async () =>
        {
            var data = await DataAsync(new ReportScope(cohort.ProgrammeId, cohort.Id), stamp, today, cancellationToken);
            return new CohortFigures(
                DashboardReport.Build(data),
                [.. data.People.Where(m => m.DaysWaiting is not null).OrderByDescending(m => m.DaysWaiting).ThenBy(m => m.Mentee, StringComparer.CurrentCulture)]);
        });
        return new CohortDashboardViewModel
        {
            CohortId = cohort.Id,
            CohortName = cohort.Name,
            ProgrammeId = cohort.ProgrammeId,
            ProgrammeName = cohort.Programme!.Name,
            Today = today,
            Figures = figures,
            Waiting = waiting,
        };
    }

    /// <summary>The programme's figures summed over all its cohorts, and each cohort's headline figures.</summary>
    public async Task<ProgrammeDashboardViewModel> RollUpAsync(Programme programme, CancellationToken cancellationToken)
    {
        var today = Today();
        var cohorts = await CohortsOfAsync(programme.Id, cancellationToken);
        var (figures, summaries) = await cache.GetOrLoadAsync("roll-up", programme.Id, Stamp(cohorts), today, async () =>
        {
            var (data, counts) = await LoadRollUpAsync(programme.Id, today, cancellationToken);
            return new RollUpFigures(
                DashboardReport.Build(data, counts),
                DashboardReport.ByCohort(data, [.. cohorts.Select(c => (c.Id, c.Name, c.StartDate, c.EndDate))]));
        });
        return new ProgrammeDashboardViewModel
        {
            ProgrammeId = programme.Id,
            ProgrammeName = programme.Name,
            Today = today,
            Figures = figures,
            Cohorts = summaries,
        };
    }

    /// <summary>
    /// The people of <paramref name="programme"/> (or of the form's cohort in it) who match the form, sorted, with
    /// the page asked for; null when the form names no such group or a cohort of another programme.
    /// </summary>
    public async Task<PeopleListViewModel?> PeopleAsync(Programme programme, FilterPeopleForm form, CancellationToken cancellationToken)
    {
        var cohorts = await CohortsOfAsync(programme.Id, cancellationToken);
        var cohort = form.CohortId is { } cohortId ? cohorts.Find(c => c.Id == cohortId) : null;
        if (PeopleFilter.Parse(form.Filter) is not { } group || (form.CohortId is not null && cohort is null))
        {
            return null;
        }

        form.ProgrammeId = programme.Id;
        form.Filter = group.Name;
        var stamp = cohort is null ? Stamp(cohorts) : Stamp(cohort.Id, cohort.ReportVersion);
        var data = await DataAsync(new ReportScope(programme.Id, form.CohortId), stamp, Today(), cancellationToken);
        if (form.Priority is { } priority && data.PriorityName(priority) is null)
        {
            return null;
        }

        var matches = Sorted(data.People.Where(m => group.Includes(m) && form.Matches(m)), form.Sort);
        var pageCount = Math.Max(1, (matches.Count + PeopleListViewModel.PageSize - 1) / PeopleListViewModel.PageSize);
        form.Page = Math.Clamp(form.Page, 1, pageCount);
        return new PeopleListViewModel
        {
            Form = form,
            ProgrammeName = programme.Name,
            CohortName = cohort?.Name,
            Description = group.Description,
            PageCount = pageCount,
            Matches = matches,
            Rows = [.. matches.Skip((form.Page - 1) * PeopleListViewModel.PageSize).Take(PeopleListViewModel.PageSize)],
            Cohorts = [.. cohorts.Select(c => new SelectListItem(c.Name, c.Id.ToString()))],
            Mentors =
            [
                .. data.People.Where(m => m.MentorId is not null)
                    .DistinctBy(m => m.MentorId)
                    .OrderBy(m => m.Mentor, StringComparer.CurrentCulture)
                    .Select(m => new SelectListItem(m.Mentor, m.MentorId)),
            ],
            Priorities = [.. data.Priorities.Where(p => !p.IsArchived || p.Id == form.Priority).Select(p => new SelectListItem(p.Name, p.Id.ToString()))],
            Narrowing = Narrowing(form, cohort?.Name, data),
        };
    }

    private static List<MenteeStanding> Sorted(IEnumerable<MenteeStanding> people, PeopleSort sort)
    {
        var byName = StringComparer.CurrentCulture;
        var sorted = sort switch
        {
            PeopleSort.Overdue => people.OrderByDescending(m => m.WeeksOverdue).ThenBy(m => m.Mentee, byName),
            PeopleSort.Cohort => people.OrderBy(m => m.CohortName, byName).ThenBy(m => m.Mentee, byName),
            PeopleSort.Mentor => people.OrderBy(m => m.Mentor is null).ThenBy(m => m.Mentor, byName).ThenBy(m => m.Mentee, byName),
            PeopleSort.HoursOver => people.OrderByDescending(m => m.HoursOver).ThenBy(m => m.Mentee, byName),
            PeopleSort.LastActivity => people.OrderBy(m => m.LastActivity is not null).ThenBy(m => m.LastActivity).ThenBy(m => m.Mentee, byName),
            PeopleSort.Waiting => people.OrderByDescending(m => m.DaysWaiting ?? -1).ThenBy(m => m.Mentee, byName),
            _ => people.OrderBy(m => m.Mentee, byName).ThenByDescending(m => m.WeeksOverdue),
        };
        return [.. sorted.ThenBy(m => m.EnrolmentId)];
    }

    private static List<string> Narrowing(FilterPeopleForm form, string? cohortName, ReportData data)
    {
        var words = new List<string>();
        if (cohortName is not null)
        {
            words.Add($"cohort {cohortName}");
        }

        if (!string.IsNullOrEmpty(form.Mentor))
        {
            words.Add($"mentor {data.People.FirstOrDefault(m => m.MentorId == form.Mentor)?.Mentor ?? "not in this list"}");
        }

        if (form.State is { } state)
        {
            words.Add($"an assignment {state.DisplayName().ToLowerInvariant()}");
        }

        if (form.Type is { } type)
        {
            words.Add($"type {type.DisplayName()}");
        }

        if (form.Priority is { } priority)
        {
            words.Add($"ICS priority {data.PriorityName(priority)}");
        }

        if (form.Overdue)
        {
            words.Add("weeks overdue");
        }

        return words;
    }

    private Task<List<CohortOption>> CohortsOfAsync(Guid programmeId, CancellationToken cancellationToken) =>
        db.Cohorts.AsNoTracking()
            .Where(c => c.ProgrammeId == programmeId)
            .OrderBy(c => c.StartDate).ThenBy(c => c.Name)
            .Select(c => new CohortOption(c.Id, c.Name, c.StartDate, c.EndDate, c.ReportVersion))
            .ToListAsync(cancellationToken);

    /// <summary>Every mentee of a scope with where they stand (<see cref="LoadAsync"/>), kept while the stamp holds.</summary>
    private Task<ReportData> DataAsync(ReportScope scope, string stamp, DateOnly today, CancellationToken cancellationToken) =>
        cache.GetOrLoadAsync("people", scope.CohortId ?? scope.ProgrammeId, stamp, today, () => LoadAsync(scope, today, cancellationToken));

    private DateOnly Today() => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    /// <summary>A cohort's report stamp: its id and report version.</summary>
    private static string Stamp(Guid cohortId, long reportVersion) => string.Create(CultureInfo.InvariantCulture, $"{cohortId:N}.{reportVersion}");

    /// <summary>A programme's report stamp: each of its cohorts' stamps, so a cohort added, moved or changed renews it.</summary>
    private static string Stamp(List<CohortOption> cohorts) => string.Join(',', cohorts.Select(c => Stamp(c.Id, c.ReportVersion)));

    private sealed record CohortOption(Guid Id, string Name, DateOnly StartDate, DateOnly EndDate, long ReportVersion);

    private sealed record CohortFigures(DashboardFigures Figures, IReadOnlyList<MenteeStanding> Waiting);

    private sealed record RollUpFigures(DashboardFigures Figures, IReadOnlyList<CohortSummary> Cohorts);
}
