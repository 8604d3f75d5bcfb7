using System.Text.Json;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;

namespace StretchPortal.Web.Infrastructure.Auditing;

/// <summary>
/// Audits every authorization refusal in one place: whether a policy refused the request in the authorization
/// middleware or an action called <c>Forbid()</c> after a per-record check, the cookie handler answers through its
/// access-denied event, and this wraps that event. The entry says who (the actor), what (method and path, with the
/// record id from the route if any), when (UTC) and from where (remote IP); it is written in a scope of its own so it
/// never carries half-made changes of the refused request.
/// </summary>
public static partial class RefusalAudit
{
    public const string Action = "Authorization.Refused";

    public static IServiceCollection AddRefusalAudit(this IServiceCollection services)
    {
        services.PostConfigure<CookieAuthenticationOptions>(IdentityConstants.ApplicationScheme, options =>
        {
            var answer = options.Events.OnRedirectToAccessDenied;
            options.Events.OnRedirectToAccessDenied = async context =>
            {
                await RecordAsync(context);
                await answer(context);
            };
        });
        return services;
    }

    private static async Task RecordAsync(RedirectContext<CookieAuthenticationOptions> context)
    {
        var http = context.HttpContext;
        var controller = http.GetRouteValue("controller")?.ToString();
        var id = http.GetRouteValue("id")?.ToString() ?? "";
        var path = http.Request.Path.Value ?? "/";
        await using var scope = http.RequestServices.GetRequiredService<IServiceScopeFactory>().CreateAsyncScope();
        var audit = scope.ServiceProvider.GetRequiredService<AuditTrail>();
        await audit.RecordNowAsync(
            Action,
            string.IsNullOrEmpty(controller) ? "Request" : controller,
            id,
            JsonSerializer.Serialize(new { Method = http.Request.Method, Path = path }));
        var logger = scope.ServiceProvider.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(RefusalAudit));
        LogRefused(logger, scope.ServiceProvider.GetRequiredService<AuditContext>().ActorId, http.Request.Method, path);
    }

    [LoggerMessage(LogLevel.Warning, "Person {ActorId} was refused {Method} {Path}")]
    private static partial void LogRefused(ILogger logger, string actorId, string method, string path);
}
