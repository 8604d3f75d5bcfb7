using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using StretchPortal.Web.Features.Shared;
using StretchPortal.Web.Infrastructure.Exports;
using StretchPortal.Web.Infrastructure.Web;
using StretchPortal.Web.Security;

namespace StretchPortal.Web.Features.EqualityReports;

/// <summary>
/// Take-up of stretch opportunities by protected characteristic against the staff pool, and the staff pool's import,
/// for programme leads and administrators. Figures are aggregates only, small groups suppressed; every opening of the
/// report, on screen or as a download, is audited.
/// </summary>
[Authorize(Policy = Capabilities.ManageOpportunities)]
public sealed class EqualityReportsController(EqualityReportsService reports) : Controller
{
    /// <summary>The most line problems listed at once; the rest are counted.</summary>
    public const int ProblemsListed = 50;

    [HttpGet("/Reports/Equality")]
    public async Task<IActionResult> Index(Guid? organisationId)
    {
        if (organisationId is { } id && !await reports.OrganisationExistsAsync(id, HttpContext.RequestAborted))
        {
            return NotFound();
        }

        var report = await reports.TakeUpAsync(organisationId, HttpContext.RequestAborted);
        await reports.AuditOpeningAsync(User.PersonId(), organisationId, format: null);
        return View(report);
    }

    [HttpGet("/Reports/Equality/Export")]
    public async Task<IActionResult> Export(Guid? organisationId, ExportFormat format = ExportFormat.Csv)
    {
        if (organisationId is { } id && !await reports.OrganisationExistsAsync(id, HttpContext.RequestAborted))
        {
            return NotFound();
        }

        var report = await reports.TakeUpAsync(organisationId, HttpContext.RequestAborted);
        await reports.AuditOpeningAsync(User.PersonId(), organisationId, format.ToString());
        return this.Export(EqualityReportsService.Export(report), format, "equality-take-up");
    }

    [HttpGet("/Reports/StaffPool")]
    public async Task<IActionResult> StaffPool() =>
        View(await reports.StaffPoolAsync(HttpContext.RequestAborted));

    [HttpPost("/Reports/StaffPool")]
    [RequestSizeLimit(2 * ImportStaffPoolForm.MaxBytes)]
    public async Task<IActionResult> StaffPool(ImportStaffPoolForm form, [FromServices] IValidator<ImportStaffPoolForm> validator)
    {
        var cancellationToken = HttpContext.RequestAborted;
        if (await ModelState.IsValidAsync(validator, form, cancellationToken))
        {
            string text;
            using (var reader = new StreamReader(form.File!.OpenReadStream()))
            {
                text = await reader.ReadToEndAsync(cancellationToken);
            }

            var problems = await reports.ImportStaffPoolAsync(User.PersonId(), text, cancellationToken);
            if (problems.Count == 0)
            {
                this.Flash("The staff pool has been imported. It replaces the previous one.");
                return Redirect("/Reports/StaffPool");
            }

            ModelState.AddModelError("", $"The file has {Plural(problems.Count, "problem")}. Nothing was imported: correct the file and upload it again.");
            foreach (var problem in problems.Take(ProblemsListed))
            {
                ModelState.AddModelError(nameof(ImportStaffPoolForm.File), problem);
            }

            if (problems.Count > ProblemsListed)
            {
                ModelState.AddModelError(nameof(ImportStaffPoolForm.File), $"and {Plural(problems.Count - ProblemsListed, "more problem")}");
            }
        }

        return View(await reports.StaffPoolAsync(cancellationToken));
    }

    private static string Plural(int count, string noun) => count == 1 ? $"1 {noun}" : $"{count} {noun}s";
}
