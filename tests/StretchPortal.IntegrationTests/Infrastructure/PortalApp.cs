using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using StretchPortal.Web.Data;

namespace StretchPortal.IntegrationTests.Infrastructure;

/// <summary>
/// The whole portal in memory over a fresh SQLite database file of its own, migrated at start-up as in production,
/// with mail written to its own pickup folder. One per test: nothing leaks between tests.
/// </summary>
public sealed class PortalApp : WebApplicationFactory<Program>
{
    private readonly string folder;

    public PortalApp()
        : this(null)
    {
    }

    /// <summary>
    /// A second instance over the same database (and mail folder) as <paramref name="sharing"/>, as behind a load
    /// balancer; give both <see cref="KeysInDatabase"/> so that they share the data-protection keys as in production.
    /// </summary>
    public PortalApp(PortalApp? sharing)
    {
        folder = sharing?.folder ?? Path.Combine(Path.GetTempPath(), "stretchportal-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
    }

    /// <summary>Keep the data-protection keys in the database as production does, instead of in memory.</summary>
    public bool KeysInDatabase { get; init; }

    public string MailFolder => Path.Combine(folder, "mail");

    /// <summary>Extra configuration a test wants, applied after the defaults.</summary>
    public Dictionary<string, string?> Settings { get; } = [];

    /// <summary>Extra service registrations a test wants (a fake clock, say), applied last.</summary>
    public Action<IServiceCollection>? TestServices { get; set; }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("ConnectionStrings:Sqlite", $"Data Source={Path.Combine(folder, "portal.db")}");
        builder.UseSetting("Email:PickupDirectory", MailFolder);
        builder.UseSetting("Logging:FilePath", Path.Combine(folder, "logs", "portal-.log"));
        builder.UseSetting("Reminders:Enabled", "false");

        // Leads and administrators sign in with a password alone unless a test turns the requirement on.
        builder.UseSetting("Security:RequireTwoFactorForLeads", "false");

        foreach (var (key, value) in Settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureServices(services =>
        {
            // Hashing is the slowest part of creating test people; the algorithm is unchanged, only the rounds.
            services.Configure<PasswordHasherOptions>(options => options.IterationCount = 1000);
            if (!KeysInDatabase)
            {
                services.AddDataProtection().UseEphemeralDataProtectionProvider();
            }

            TestServices?.Invoke(services);
        });
    }

    /// <summary>A browser-like client: cookies kept, redirects not followed, so tests see each answer.</summary>
    public PortalClient NewClient() =>
        new(CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true }));

    /// <summary>A client already signed in through the real sign-in form.</summary>
    public async Task<PortalClient> SignedInAsync(string email, string password = TestData.Password)
    {
        var client = NewClient();
        await client.SignInAsync(email, password);
        return client;
    }

    /// <summary>Runs work against the app's database in a scope of its own.</summary>
    public async Task<T> WithDbAsync<T>(Func<StretchPortalDbContext, Task<T>> work)
    {
        await using var scope = Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<StretchPortalDbContext>());
    }

    public async Task WithDbAsync(Func<StretchPortalDbContext, Task> work)
    {
        await using var scope = Services.CreateAsyncScope();
        await work(scope.ServiceProvider.GetRequiredService<StretchPortalDbContext>());
    }

    public async Task<T> WithScopeAsync<T>(Func<IServiceProvider, Task<T>> work)
    {
        await using var scope = Services.CreateAsyncScope();
        return await work(scope.ServiceProvider);
    }

    /// <summary>The emails written so far, oldest first, as raw MIME text.</summary>
    public IReadOnlyList<string> Emails() =>
        Directory.Exists(MailFolder)
            ? Directory.GetFiles(MailFolder, "*.eml").Order(StringComparer.Ordinal).Select(File.ReadAllText).ToList()
            : [];

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
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
