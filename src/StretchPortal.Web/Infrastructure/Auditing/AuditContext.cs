using System.Security.Claims;

namespace StretchPortal.Web.Infrastructure.Auditing;

/// <summary>Who is acting and from where: the signed-in person of the current request, or "system".</summary>
public sealed class AuditContext(IHttpContextAccessor http, TimeProvider clock)
{
    public const string System = "system";

    public string ActorId => http.HttpContext?.User.FindFirstValue(ClaimTypes.NameIdentifier) ?? System;

    public string? FromAddress => http.HttpContext?.Connection.RemoteIpAddress?.ToString();

    public DateTime Now => clock.GetUtcNow().UtcDateTime;
}
