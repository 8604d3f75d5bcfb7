using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using StretchPortal.Web.Security;

namespace StretchPortal.Web.Features.Audit;

/// <summary>The audit trail, for administrators to browse. Read-only: nothing in the app edits an entry.</summary>
[Authorize(Policy = Capabilities.ViewAuditTrail)]
public sealed class AuditController(AuditService audit) : Controller
{
    [HttpGet]
    public async Task<IActionResult> Index([FromQuery] AuditFilter filter) =>
        View(await audit.PageAsync(filter, HttpContext.RequestAborted));
}
