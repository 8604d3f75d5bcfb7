using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using StretchPortal.Web.Domain;
using StretchPortal.Web.Features.Programmes;
using StretchPortal.Web.Infrastructure.Exports;
using StretchPortal.Web.Security;

namespace StretchPortal.Web.Features.Reports;

/// <summary>
/// A cohort's state at a glance for its programme's leads, the same summed over a programme's cohorts, the people
/// behind each figure, and every one of them as CSV or Excel. Only programme leads reach it; each cohort or programme
/// is decided on its programme by <see cref="ProgrammeAuthorizationHandler"/>, so a lead of another programme is
/// refused.
/// </summary>
public sealed partial class ReportsController(
    ReportsService reports,
    IAuthorizationService authorization,
    ILogger<ReportsController> logger) : Controller
{
    private CancellationToken Aborted => HttpContext.RequestAborted;

    [Authorize(Policy = Capabilities.ViewReports)]
    [HttpGet]
    public async Task<IActionResult> Index() => View(await reports.IndexAsync(User.PersonId(), Aborted));

    [Authorize(Policy = Capabilities.ManageProgrammes)]
    [HttpGet("/Reports/Cohort/{cohortId:guid}")]
    public async Task<IActionResult> Cohort(Guid cohortId)
    {
        var (cohort, refusal) = await AuthorizedCohortAsync(cohortId);
        return cohort is null ? refusal! : View(await reports.DashboardAsync(cohort, Aborted));
    }

    [Authorize(Policy = Capabilities.ManageProgrammes)]
    [HttpGet("/Reports/Cohort/{cohortId:guid}.csv")]
    public Task<IActionResult> CohortCsv(Guid cohortId) => CohortExport(cohortId, ExportFormat.Csv);

    [Authorize(Policy = Capabilities.ManageProgrammes)]
    [HttpGet("/Reports/Cohort/{cohortId:guid}.xlsx")]
    public Task<IActionResult> CohortXlsx(Guid cohortId) => CohortExport(cohortId, ExportFormat.Xlsx);

    [Authorize(Policy = Capabilities.ManageProgrammes)]
    [HttpGet("/Reports/Programme/{programmeId:guid}")]
    public async Task<IActionResult> Programme(Guid programmeId)
    {
        var (programme, refusal) = await AuthorizedProgrammeAsync(programmeId);
        return programme is null ? refusal! : View(await reports.RollUpAsync(programme, Aborted));
    }

    [Authorize(Policy = Capabilities.ManageProgrammes)]
    [HttpGet("/Reports/Programme/{programmeId:guid}.csv")]
    public Task<IActionResult> ProgrammeCsv(Guid programmeId) => ProgrammeExport(programmeId, ExportFormat.Csv, cohorts: false);

    [Authorize(Policy = Capabilities.ManageProgrammes)]
    [HttpGet("/Reports/Programme/{programmeId:guid}.xlsx")]
    public Task<IActionResult> ProgrammeXlsx(Guid programmeId) => ProgrammeExport(programmeId, ExportFormat.Xlsx, cohorts: false);

    [Authorize(Policy = Capabilities.ManageProgrammes)]
    [HttpGet("/Reports/Programme/{programmeId:guid}/Cohorts.csv")]
    public Task<IActionResult> ProgrammeCohortsCsv(Guid programmeId) => ProgrammeExport(programmeId, ExportFormat.Csv, cohorts: true);

    [Authorize(Policy = Capabilities.ManageProgrammes)]
    [HttpGet("/Reports/Programme/{programmeId:guid}/Cohorts.xlsx")]
    public Task<IActionResult> ProgrammeCohortsXlsx(Guid programmeId) => ProgrammeExport(programmeId, ExportFormat.Xlsx, cohorts: true);

    [Authorize(Policy = Capabilities.ManageProgrammes)]
    [HttpGet]
    public async Task<IActionResult> People([FromQuery] FilterPeopleForm form)
    {
        var (list, refusal) = await PeopleListAsync(form);
        return list is null ? refusal! : View(list);
    }

    [Authorize(Policy = Capabilities.ManageProgrammes)]
    [HttpGet("/Reports/People.csv")]
    public Task<IActionResult> PeopleCsv([FromQuery] FilterPeopleForm form) => PeopleExport(form, ExportFormat.Csv);

    [Authorize(Policy = Capabilities.ManageProgrammes)]
    [HttpGet("/Reports/People.xlsx")]
    public Task<IActionResult> PeopleXlsx([FromQuery] FilterPeopleForm form) => PeopleExport(form, ExportFormat.Xlsx);

    private async Task<IActionResult> CohortExport(Guid cohortId, ExportFormat format)
    {
        var (cohort, refusal) = await AuthorizedCohortAsync(cohortId);
        if (cohort is null)
        {
            return refusal!;
        }

        var dashboard = await reports.DashboardAsync(cohort, Aborted);
        LogExported(logger, User.PersonId(), "cohort figures", cohort.Id, dashboard.Figures.All.Sum(t => t.Rows.Count));
        return this.Export(ReportExports.Figures($"{cohort.Name} figures", dashboard.Figures), format, $"cohort-{cohort.Id:N}-figures");
    }

    private async Task<IActionResult> ProgrammeExport(Guid programmeId, ExportFormat format, bool cohorts)
    {
        var (programme, refusal) = await AuthorizedProgrammeAsync(programmeId);
        if (programme is null)
        {
            return refusal!;
        }

        var rollUp = await reports.RollUpAsync(programme, Aborted);
        var table = cohorts
            ? ReportExports.Cohorts("Cohorts", rollUp.Cohorts)
            : ReportExports.Figures("Programme figures", rollUp.Figures);
        LogExported(logger, User.PersonId(), cohorts ? "programme cohorts" : "programme figures", programme.Id, table.Rows.Count);
        return this.Export(table, format, $"programme-{programme.Id:N}-{(cohorts ? "cohorts" : "figures")}");
    }

    private async Task<IActionResult> PeopleExport(FilterPeopleForm form, ExportFormat format)
    {
        var (list, refusal) = await PeopleListAsync(form);
        if (list is null)
        {
            return refusal!;
        }

        LogExported(logger, User.PersonId(), "people " + list.Filter, list.CohortId ?? list.ProgrammeId!.Value, list.Total);
        var scope = list.CohortId is { } cohortId ? $"cohort-{cohortId:N}" : $"programme-{list.ProgrammeId:N}";
        return this.Export(ReportExports.People(list), format, $"{scope}-{list.Filter}");
    }

    /// <summary>The drill-down for the form's programme, or for the programme of the form's cohort.</summary>
    private async Task<(PeopleListViewModel? List, IActionResult? Refusal)> PeopleListAsync(FilterPeopleForm form)
    {
        if (!ModelState.IsValid)
        {
            return (null, NotFound());
        }

        Programme? programme;
        if (form.CohortId is { } cohortId)
        {
            var cohort = await reports.FindCohortAsync(cohortId, Aborted);
            if (cohort is null || (form.ProgrammeId is { } programmeId && programmeId != cohort.ProgrammeId))
            {
                return (null, NotFound());
            }

            programme = cohort.Programme!;
        }
        else if (form.ProgrammeId is { } programmeId)
        {
            programme = await reports.FindProgrammeAsync(programmeId, Aborted);
            if (programme is null)
            {
                return (null, NotFound());
            }
        }
        else
        {
            return (null, NotFound());
        }

        if (!await MayManage(programme))
        {
            return (null, Forbid());
        }

        var list = await reports.PeopleAsync(programme, form, Aborted);
        return list is null ? (null, NotFound()) : (list, null);
    }

    private async Task<(Cohort? Cohort, IActionResult? Refusal)> AuthorizedCohortAsync(Guid cohortId)
    {
        var cohort = await reports.FindCohortAsync(cohortId, Aborted);
        if (cohort is null)
        {
            return (null, NotFound());
        }

        return await MayManage(cohort.Programme!) ? (cohort, null) : (null, Forbid());
    }

    private async Task<(Programme? Programme, IActionResult? Refusal)> AuthorizedProgrammeAsync(Guid programmeId)
    {
        var programme = await reports.FindProgrammeAsync(programmeId, Aborted);
        if (programme is null)
        {
            return (null, NotFound());
        }

        return await MayManage(programme) ? (programme, null) : (null, Forbid());
    }

    private async Task<bool> MayManage(Programme programme)
    {
        var allowed = (await authorization.AuthorizeAsync(User, programme, Operations.Manage)).Succeeded;
        if (!allowed)
        {
            LogRefused(logger, User.PersonId(), programme.Id);
        }

        return allowed;
    }

    [LoggerMessage(LogLevel.Information, "Person {PersonId} exported {Count} rows of {Report} of {ScopeId}")]
    private static partial void LogExported(ILogger logger, string personId, string report, Guid scopeId, int count);

    [LoggerMessage(LogLevel.Warning, "Person {PersonId} was refused the reports of programme {ProgrammeId}")]
    private static partial void LogRefused(ILogger logger, string personId, Guid programmeId);
}
