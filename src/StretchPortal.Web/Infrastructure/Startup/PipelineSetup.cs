using System.Net;
using Microsoft.AspNetCore.HttpOverrides;
using Serilog;
using StretchPortal.Web.Infrastructure.Benchmarking;
using StretchPortal.Web.Infrastructure.Web;

namespace StretchPortal.Web.Infrastructure.Startup;

public static class PipelineSetup
{
    /// <summary>
    /// The balancer's forwarded headers (from known proxies only), friendly NHS.UK error pages for 403, 404 and 500 (stack traces only in Development), 503 when the database cannot
    /// be reached (<see cref="DatabaseUnavailable"/>), security headers on every
    /// response, public static files,
    /// request logging, then authentication and authorization.
    /// </summary>
    public static WebApplication UseStretchPortalPipeline(this WebApplication app)
    {
        app.UseForwardedHeaders(ForwardedHeadersFrom(app.Configuration));
        if (app.Environment.IsDevelopment())
        {
            app.UseDeveloperExceptionPage();
        }
        else
        {
            app.UseExceptionHandler("/Errors/500");
            app.UseHsts();
        }

        app.UseSecurityHeaders();
        app.UseDatabaseUnavailablePage();
        app.UseStatusCodePagesWithReExecute("/Errors/{0}");
        app.UseStaticFiles();
        app.UseSerilogRequestLogging(options => options.Logger ??= app.Services.GetService<Serilog.ILogger>());
        app.UseRouting();
        app.UseAuthentication();
        app.UseAuthorization();
        return app;
    }

    /// <summary>
    /// The client's address and scheme as the load balancer that ends TLS saw them (X-Forwarded-For, X-Forwarded-Proto),
    /// so that audit entries name the person's address and cookies are Secure and __Host- prefixed. Believed only from
    /// loopback and the balancers listed in ForwardedHeaders:KnownProxies, never from anyone else.
    /// </summary>
    private static ForwardedHeadersOptions ForwardedHeadersFrom(IConfiguration configuration)
    {
        var options = new ForwardedHeadersOptions { ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto };
        foreach (var address in configuration.GetSection("ForwardedHeaders:KnownProxies").Get<string[]>() ?? [])
        {
            options.KnownProxies.Add(IPAddress.Parse(address));
        }

        return options;
    }

    public static WebApplication MapStretchPortalEndpoints(this WebApplication app)
    {
        app.MapStretchPortalHealthChecks();
        app.MapControllerRoute("default", "{controller=Home}/{action=Index}/{id?}");
        app.MapBenchmarkBaselines();
        return app;
    }
}
