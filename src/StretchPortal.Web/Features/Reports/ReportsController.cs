using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using StretchPortal.Web.Domain;
using StretchPortal.Web.Features.Programmes;
using StretchPortal.Web.Infrastructure.Exports;
using StretchPortal.Web.Security;

namespace StretchPortal.Web.Features.Reports;

/// <summary>
/// A cohort's state at a glance for its programme's leads, the people behind each figure, and the same list as
/// CSV. Only programme leads reach it; each cohort is decided on its programme by
/// <see cref="ProgrammeAuthorizationHandler"/>, so a lead of another programme is refused.
/// </summary>
[Authorize(Policy = Capabilities.ManageProgrammes)]
public sealed partial class ReportsController(
    ReportsService reports,
    IAuthorizationService authorization,
    ILogger<ReportsController> logger) : Controller
{
    [HttpGet]
    public async Task<IActionResult> Index() =>
        View(await reports.CohortsLedByAsync(User.PersonId(), HttpContext.RequestAborted));

    [HttpGet("/Reports/Cohort/{cohortId:guid}")]
    public async Task<IActionResult> Cohort(Guid cohortId)
    {
        var cohort = await reports.FindCohortAsync(cohortId, HttpContext.RequestAborted);
        if (cohort is null)
        {
            return NotFound();
        }

        if (!await MayManage(cohort))
        {
            return Forbid();
        }

        return View(await reports.DashboardAsync(cohort, HttpContext.RequestAborted));
    }

    [HttpGet]
    public async Task<IActionResult> People(Guid cohortId, string? filter, PeopleSort sort = PeopleSort.Name, int page = 1)
    {
        var cohort = await reports.FindCohortAsync(cohortId, HttpContext.RequestAborted);
        if (cohort is null)
        {
            return NotFound();
        }

        if (!await MayManage(cohort))
        {
            return Forbid();
        }

        var found = await reports.PeopleAsync(cohortId, filter, sort, HttpContext.RequestAborted);
        if (found is null)
        {
            return NotFound();
        }

        var (chosen, people) = found.Value;

        var pageCount = Math.Max(1, (people.Count + PeopleListViewModel.PageSize - 1) / PeopleListViewModel.PageSize);
        page = Math.Clamp(page, 1, pageCount);
        return View(new PeopleListViewModel
        {
            CohortId = cohort.Id,
            CohortName = cohort.Name,
            ProgrammeName = cohort.Programme!.Name,
            Filter = chosen.Name,
            Description = chosen.Description,
            Sort = sort,
            Page = page,
            PageCount = pageCount,
            Total = people.Count,
            Rows = people.Skip((page - 1) * PeopleListViewModel.PageSize).Take(PeopleListViewModel.PageSize).ToList(),
        });
    }

    [HttpGet("/Reports/People.csv")]
    public async Task<IActionResult> PeopleCsvFile(Guid cohortId, string? filter, PeopleSort sort = PeopleSort.Name)
    {
        var cohort = await reports.FindCohortAsync(cohortId, HttpContext.RequestAborted);
        if (cohort is null)
        {
            return NotFound();
        }

        if (!await MayManage(cohort))
        {
            return Forbid();
        }

        var found = await reports.PeopleAsync(cohortId, filter, sort, HttpContext.RequestAborted);
        if (found is null)
        {
            return NotFound();
        }

        var (chosen, people) = found.Value;

        LogExported(logger, User.PersonId(), cohort.Id, chosen.Name, people.Count);
        return this.Export(PeopleExport.Table(chosen.Name, people), ExportFormat.Csv, $"cohort-{cohort.Id:N}-{chosen.Name}");
    }

    private async Task<bool> MayManage(Cohort cohort)
    {
        var allowed = (await authorization.AuthorizeAsync(User, cohort.Programme!, Operations.Manage)).Succeeded;
        if (!allowed)
        {
            LogRefused(logger, User.PersonId(), cohort.Id);
        }

        return allowed;
    }

    [LoggerMessage(LogLevel.Information, "Person {PersonId} exported {Count} people of cohort {CohortId} (filter {Filter})")]
    private static partial void LogExported(ILogger logger, string personId, Guid cohortId, string filter, int count);

    [LoggerMessage(LogLevel.Warning, "Person {PersonId} was refused the reports of cohort {CohortId}")]
    private static partial void LogRefused(ILogger logger, string personId, Guid cohortId);
}
