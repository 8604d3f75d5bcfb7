using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace StretchPortal.BrowserTests.Infrastructure;

/// <summary>
/// The real portal on Kestrel, listening on a free loopback port, in the Development environment so that the demo
/// programme and demo accounts are seeded, over a SQLite file, log folder and mail pickup folder of its own.
/// </summary>
public sealed class PortalServer : WebApplicationFactory<Program>
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "stretchportal-browser-tests", Guid.NewGuid().ToString("N"));

    public PortalServer()
    {
        Directory.CreateDirectory(folder);
        UseKestrel(0);
    }

    /// <summary>Where the portal listens, for example http://127.0.0.1:41234 (no trailing slash).</summary>
    public string Address { get; private set; } = "";

    public string MailFolder => Path.Combine(folder, "mail");

    /// <summary>Starts Kestrel (migrating and seeding the database on the way) and reads the bound address.</summary>
    public void Start()
    {
        StartServer();
        var addresses = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses
            ?? throw new InvalidOperationException("The portal's server does not report the addresses it listens on.");
        Address = addresses.FirstOrDefault(a => a.StartsWith("http://", StringComparison.Ordinal))?.TrimEnd('/')
            ?? throw new InvalidOperationException("The portal is not listening on plain HTTP: " + string.Join(", ", addresses));
    }

    /// <summary>The absolute URL of a path on the portal, for example Url("/Account/Login").</summary>
    public string Url(string path) => Address + path;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("ConnectionStrings:Sqlite", $"Data Source={Path.Combine(folder, "portal.db")}");
        builder.UseSetting("Email:PickupDirectory", MailFolder);
        builder.UseSetting("Logging:FilePath", Path.Combine(folder, "logs", "portal-.log"));

        // Journeys count what people's own actions cause; reminders run on a moved clock in the integration tests.
        builder.UseSetting("Reminders:Enabled", "false");
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            // A log file may still be held open by a sink being disposed; the temp folder is cleaned by the OS.
        }
    }
}
