using Microsoft.AspNetCore.Authorization;
using StretchPortal.Web.Security;

namespace StretchPortal.Web.Infrastructure.Startup;

public static class AuthorizationSetup
{
    /// <summary>Capability policies from <see cref="Capabilities"/>, sign-in required by default, and every feature's record handlers.</summary>
    public static IServiceCollection AddStretchPortalAuthorization(this IServiceCollection services)
    {
        services.AddAuthorization(Capabilities.AddTo);
        foreach (var handler in typeof(Program).Assembly.GetTypes()
                     .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(IAuthorizationHandler).IsAssignableFrom(t)))
        {
            services.AddScoped(typeof(IAuthorizationHandler), handler);
        }

        return services;
    }
}
