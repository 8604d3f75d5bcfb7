using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using StretchPortal.Web.Data;

namespace StretchPortal.Web.Infrastructure.Startup;

public static class HealthSetup
{
    private const string Ready = "ready";

    public static IServiceCollection AddStretchPortalHealthChecks(this IServiceCollection services)
    {
        services.AddHealthChecks().AddCheck<DatabaseReadyCheck>("database", tags: [Ready]);
        return services;
    }

    /// <summary>/health/live answers while the process runs; /health/ready when the database is migrated and answering.</summary>
    public static IEndpointRouteBuilder MapStretchPortalHealthChecks(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false }).AllowAnonymous();
        endpoints.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = c => c.Tags.Contains(Ready) }).AllowAnonymous();
        return endpoints;
    }
}
