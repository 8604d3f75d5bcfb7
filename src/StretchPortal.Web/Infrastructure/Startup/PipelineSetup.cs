using Serilog;
using StretchPortal.Web.Infrastructure.Benchmarking;
using StretchPortal.Web.Infrastructure.Web;

namespace StretchPortal.Web.Infrastructure.Startup;

public static class PipelineSetup
{
    /// <summary>
    /// Friendly NHS.UK error pages for 403, 404 and 500 (stack traces only in Development), 503 when the database cannot
    /// be reached (<see cref="DatabaseUnavailable"/>), security headers on every
    /// response, public static files,
    /// request logging, then authentication and authorization.
    /// </summary>
    public static WebApplication UseStretchPortalPipeline(this WebApplication app)
    {
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

    public static WebApplication MapStretchPortalEndpoints(this WebApplication app)
    {
        app.MapStretchPortalHealthChecks();
        app.MapControllerRoute("default", "{controller=Home}/{action=Index}/{id?}");
        app.MapBenchmarkBaselines();
        return app;
    }
}
