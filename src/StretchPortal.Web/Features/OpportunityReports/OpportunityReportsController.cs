using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using StretchPortal.Web.Features.Shared;
using StretchPortal.Web.Infrastructure.Exports;
using StretchPortal.Web.Infrastructure.Web;
using StretchPortal.Web.Security;

namespace StretchPortal.Web.Features.OpportunityReports;

/// <summary>
/// The toolkit's metrics other than take-up, for programme leads and administrators: number and type of opportunities
/// with "explain or comply" records, turnover after development, improvements to working practice; each downloadable
/// as CSV or Excel.
/// </summary>
[Authorize(Policy = Capabilities.ManageOpportunities)]
public sealed class OpportunityReportsController(OpportunityReportsService reports) : Controller
{
    [HttpGet("/Reports/Opportunities")]
    public async Task<IActionResult> Opportunities() =>
        View(await reports.OpportunitiesAsync(HttpContext.RequestAborted));

    [HttpGet("/Reports/Opportunities/Export")]
    public async Task<IActionResult> OpportunitiesExport(ExportFormat format = ExportFormat.Csv) =>
        this.Export(OpportunityReportsService.OpportunitiesExport(await reports.OpportunitiesAsync(HttpContext.RequestAborted)), format, "opportunities");

    [HttpGet("/Reports/Turnover")]
    public async Task<IActionResult> Turnover() =>
        View(await reports.TurnoverAsync(HttpContext.RequestAborted));

    [HttpGet("/Reports/Turnover/Export")]
    public async Task<IActionResult> TurnoverExport(ExportFormat format = ExportFormat.Csv) =>
        this.Export(OpportunityReportsService.TurnoverExport(await reports.TurnoverAsync(HttpContext.RequestAborted)), format, "turnover");

    [HttpGet("/Reports/Leavers")]
    public IActionResult Leavers() => View(new RecordLeaverForm());

    [HttpPost("/Reports/Leavers")]
    public async Task<IActionResult> Leavers(RecordLeaverForm form, [FromServices] IValidator<RecordLeaverForm> validator)
    {
        if (await ModelState.IsValidAsync(validator, form, HttpContext.RequestAborted))
        {
            var result = await reports.RecordLeaverAsync(User.PersonId(), form, HttpContext.RequestAborted);
            if (result.Succeeded)
            {
                this.Flash("The leaver has been recorded.");
                return Redirect("/Reports/Turnover");
            }

            ModelState.AddFormErrors(result);
        }

        return View(form);
    }

    [HttpGet("/Reports/Improvements")]
    public async Task<IActionResult> Improvements() =>
        View(await reports.ImprovementsAsync(HttpContext.RequestAborted));

    [HttpGet("/Reports/Improvements/Export")]
    public async Task<IActionResult> ImprovementsExport(ExportFormat format = ExportFormat.Csv) =>
        this.Export(OpportunityReportsService.ImprovementsExport(await reports.ImprovementsAsync(HttpContext.RequestAborted)), format, "improvements");
}
