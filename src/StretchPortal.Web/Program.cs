using StretchPortal.Web.Data.Seeding;
using StretchPortal.Web.Infrastructure.Startup;

if (await ScaleDataCommand.TryRunAsync(args)) return;

var builder = WebApplication.CreateBuilder(args);

builder.AddStretchPortalLogging();
builder.Services
    .AddStretchPortalData(builder.Configuration, builder.Environment)
    .AddStretchPortalIdentity()
    .AddStretchPortalAuthorization()
    .AddStretchPortalMvc()
    .AddStretchPortalEmail(builder.Configuration)
    .AddStretchPortalReminders()
    .AddStretchPortalHealthChecks();

var app = builder.Build();

app.UseStretchPortalPipeline();
app.MapStretchPortalEndpoints();

await app.RunAsync();

/// <summary>The entry point, visible to the test projects' WebApplicationFactory.</summary>
public partial class Program;
