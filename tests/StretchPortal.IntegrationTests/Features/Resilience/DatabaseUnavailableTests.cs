using System.Net;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using StretchPortal.IntegrationTests.Infrastructure;

namespace StretchPortal.IntegrationTests.Features.Resilience;

public sealed class DatabaseUnavailableTests : IDisposable
{
    private const string Unavailable = "Sorry, the service is unavailable";

    private readonly string file = Path.Combine(Path.GetTempPath(), "stretchportal-tests", $"resilience-{Guid.NewGuid():N}.db");
    private readonly DatabaseFault fault = new();
    private readonly PortalApp app = new();

    public DatabaseUnavailableTests()
    {
        // A database file this test knows the name of (so it can take it away), waiting at most two seconds for a lock.
        app.Settings["ConnectionStrings:Sqlite"] = $"Data Source={file};Default Timeout=2";
        app.TestServices = services => services.AddSingleton<IInterceptor>(fault);
    }

    [Fact]
    public async Task A_database_that_cannot_be_reached_gives_the_friendly_503_page_and_the_portal_recovers_by_itself()
    {
        var person = await app.PersonAsync();
        using var client = await app.SignedInAsync(person.Email!);

        fault.Unavailable = true;
        using var home = await client.GetAsync("/");
        using var ready = await client.GetAsync("/health/ready");
        using var live = await client.GetAsync("/health/live");

        await AssertUnavailablePageAsync(home);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        Assert.Equal(HttpStatusCode.OK, live.StatusCode);

        fault.Unavailable = false;
        using var homeAgain = await client.GetAsync("/");
        using var readyAgain = await client.GetAsync("/health/ready");

        Assert.Equal(HttpStatusCode.OK, homeAgain.StatusCode);
        Assert.Equal(HttpStatusCode.OK, readyAgain.StatusCode);
    }

    [Fact]
    public async Task A_removed_database_file_gives_503_and_fails_readiness_until_it_is_back_and_nothing_is_written_meanwhile()
    {
        var person = await app.PersonAsync();
        using var client = await app.SignedInAsync(person.Email!);
        using var before = await client.GetAsync("/");
        Assert.Equal(HttpStatusCode.OK, before.StatusCode);

        File.Move(file, file + ".away");
        using var home = await client.GetAsync("/");
        using var ready = await client.GetAsync("/health/ready");
        var created = File.Exists(file);
        File.Move(file + ".away", file);

        await AssertUnavailablePageAsync(home);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        Assert.False(created, "No empty database may be created in the missing file's place.");

        using var homeAgain = await client.GetAsync("/");
        using var readyAgain = await client.GetAsync("/health/ready");
        Assert.Equal(HttpStatusCode.OK, homeAgain.StatusCode);
        Assert.Equal(HttpStatusCode.OK, readyAgain.StatusCode);
    }

    [Fact]
    public async Task A_write_lock_held_by_another_process_gives_503_to_a_save_and_fails_readiness_while_pages_still_read()
    {
        var person = await app.PersonAsync();
        using var client = await app.SignedInAsync(person.Email!);
        var edit = await client.GetPageAsync("/Profile/Edit");

        await using (var other = new SqliteConnection($"Data Source={file};Pooling=False"))
        {
            await other.OpenAsync();
            await using var lockIt = other.CreateCommand();
            lockIt.CommandText = "BEGIN EXCLUSIVE;";
            await lockIt.ExecuteNonQueryAsync();

            using var save = await client.PostFormAsync("/Profile/Edit", new() { ["FullName"] = "Changed while locked" });
            using var ready = await client.GetAsync("/health/ready");
            using var read = await client.GetAsync("/Profile");

            await AssertUnavailablePageAsync(save);
            Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
            Assert.Equal(HttpStatusCode.OK, read.StatusCode);

            lockIt.CommandText = "ROLLBACK;";
            await lockIt.ExecuteNonQueryAsync();
        }

        Assert.NotNull(edit.QuerySelector("form"));
        using var saveAgain = await client.PostFormAsync("/Profile/Edit", new() { ["FullName"] = "Changed after the lock" });
        using var readyAgain = await client.GetAsync("/health/ready");

        Assert.Equal(HttpStatusCode.Redirect, saveAgain.StatusCode);
        Assert.Equal(HttpStatusCode.OK, readyAgain.StatusCode);
        var name = await app.WithDbAsync(db => db.Users.Where(p => p.Id == person.Id).Select(p => p.FullName).SingleAsync());
        Assert.Equal("Changed after the lock", name);
    }

    private static async Task AssertUnavailablePageAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal("30", response.Headers.RetryAfter?.ToString());
        var page = await PortalClient.ParseAsync(response);
        Assert.Equal(Unavailable, page.QuerySelector("h1")?.TextContent.Trim());
        Assert.StartsWith(Unavailable, page.Title, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", page.Body!.TextContent, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        app.Dispose();
        foreach (var leftover in new[] { file, file + "-wal", file + "-shm", file + ".away" })
        {
            File.Delete(leftover);
        }
    }
}
