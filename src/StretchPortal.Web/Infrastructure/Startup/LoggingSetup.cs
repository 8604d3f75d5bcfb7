using Serilog;
using Serilog.Formatting.Compact;
using StretchPortal.Web.Infrastructure.Auditing;

namespace StretchPortal.Web.Infrastructure.Startup;

public static class LoggingSetup
{
    /// <summary>
    /// Serilog from configuration (levels, overrides, sinks), with a console sink and a daily rolling file under the
    /// content root, written as one JSON object per line (CompactJsonFormatter). Every property is neutralised first
    /// (<see cref="NeutralisedLogProperties"/>), so input cannot forge a line. No static bootstrap logger: several
    /// test hosts run side by side.
    /// </summary>
    public static WebApplicationBuilder AddStretchPortalLogging(this WebApplicationBuilder builder)
    {
        var logFile = Path.GetFullPath(
            builder.Configuration["Logging:FilePath"] ?? "App_Data/logs/stretchportal-.log",
            builder.Environment.ContentRootPath);

        builder.Services.AddSerilog((services, logger) => logger
            .ReadFrom.Configuration(builder.Configuration)
            .ReadFrom.Services(services)
            .Enrich.FromLogContext()
            .Enrich.With<NeutralisedLogProperties>()
            .WriteTo.Console(formatProvider: System.Globalization.CultureInfo.InvariantCulture)
            .WriteTo.File(
                new CompactJsonFormatter(),
                logFile,
                rollingInterval: RollingInterval.Day,
                retainedFileCountLimit: 31),
            // Each host keeps its own logger instead of replacing the static Log.Logger, so that several hosts in one
            // process (the tests) do not write into each other's sinks.
            preserveStaticLogger: true);
        return builder;
    }
}
