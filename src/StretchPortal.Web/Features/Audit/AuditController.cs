using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using StretchPortal.Web.Infrastructure.Exports;
using StretchPortal.Web.Security;

namespace StretchPortal.Web.Features.Audit;

/// <summary>
/// The audit trail, for administrators to browse and download (CSV or Excel, with the filters applied). Read-only:
/// nothing in the app edits or deletes an entry.
/// </summary>
[Authorize(Policy = Capabilities.ViewAuditTrail)]
public sealed class AuditController(AuditService audit) : Controller
{
    [HttpGet]
    public async Task<IActionResult> Index([FromQuery] AuditFilter filter) =>
        View(await audit.PageAsync(filter, HttpContext.RequestAborted));

    /// <summary>The filtered trail as a download; <paramref name="format"/> is "csv" (the default) or "xlsx".</summary>
    [HttpGet]
    public async Task<IActionResult> Export([FromQuery] AuditFilter filter, string? format)
    {
        var chosen = string.Equals(format, "xlsx", StringComparison.OrdinalIgnoreCase) ? ExportFormat.Xlsx : ExportFormat.Csv;
        var table = await audit.ExportAsync(filter, chosen.ToString().ToLowerInvariant(), HttpContext.RequestAborted);
        return this.Export(table, chosen, "audit-trail");
    }
}
