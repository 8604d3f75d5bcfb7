using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using StretchPortal.Web.Data;
using StretchPortal.Web.Infrastructure.Leases;

namespace StretchPortal.UnitTests.Infrastructure;

/// <summary>The database lease on a real SQLite file, with contexts on connections of their own as instances have.</summary>
public sealed class DatabaseLeaseTests : IDisposable
{
    private static readonly TimeSpan Duration = TimeSpan.FromMinutes(30);

    private readonly string path = Path.Combine(Path.GetTempPath(), $"stretchportal-lease-{Guid.NewGuid():N}.db");
    private readonly SettableClock clock = new(new DateTimeOffset(2026, 7, 6, 9, 0, 0, TimeSpan.Zero));
    private readonly DbContextOptions<SqliteStretchPortalDbContext> options;

    public DatabaseLeaseTests()
    {
        options = new DbContextOptionsBuilder<SqliteStretchPortalDbContext>().UseSqlite($"Data Source={path}").Options;
        using var db = new SqliteStretchPortalDbContext(options);
        db.Database.Migrate();
    }

    [Fact]
    public async Task Two_holders_racing_for_a_free_lease_exactly_one_wins()
    {
        for (var round = 0; round < 10; round++)
        {
            var name = $"work-{round}";
            var results = await Task.WhenAll(AcquireAsync(name, "a"), AcquireAsync(name, "b"));

            Assert.Single(results, won => won);
            Assert.True(await HolderAsync(name) is "a" or "b");
        }
    }

    [Fact]
    public async Task A_live_lease_is_refused_to_others_and_renewed_by_its_holder()
    {
        Assert.True(await AcquireAsync("reminders", "a"));
        clock.Advance(TimeSpan.FromMinutes(29));

        Assert.False(await AcquireAsync("reminders", "b"));
        Assert.True(await AcquireAsync("reminders", "a"));

        // Renewed at minute 29, so still held at minute 58.
        clock.Advance(TimeSpan.FromMinutes(29));
        Assert.False(await AcquireAsync("reminders", "b"));
        Assert.Equal("a", await HolderAsync("reminders"));
    }

    [Fact]
    public async Task An_expired_lease_can_be_taken_over()
    {
        Assert.True(await AcquireAsync("reminders", "a"));
        clock.Advance(Duration + TimeSpan.FromSeconds(1));

        Assert.Null(await HolderAsync("reminders"));
        Assert.True(await AcquireAsync("reminders", "b"));
        Assert.False(await AcquireAsync("reminders", "a"));
        Assert.Equal("b", await HolderAsync("reminders"));
    }

    [Fact]
    public async Task A_released_lease_can_be_taken_at_once_and_only_its_holder_can_release_it()
    {
        Assert.True(await AcquireAsync("reminders", "a"));
        await using (var db = new SqliteStretchPortalDbContext(options))
        {
            await new DatabaseLease(db, clock).ReleaseAsync("reminders", "b", CancellationToken.None);
        }

        Assert.False(await AcquireAsync("reminders", "b"));
        await using (var db = new SqliteStretchPortalDbContext(options))
        {
            await new DatabaseLease(db, clock).ReleaseAsync("reminders", "a", CancellationToken.None);
        }

        Assert.True(await AcquireAsync("reminders", "b"));
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        File.Delete(path);
    }

    private async Task<bool> AcquireAsync(string name, string holder)
    {
        await Task.Yield();
        await using var db = new SqliteStretchPortalDbContext(options);
        return await new DatabaseLease(db, clock).TryAcquireAsync(name, holder, Duration, CancellationToken.None);
    }

    private async Task<string?> HolderAsync(string name)
    {
        await using var db = new SqliteStretchPortalDbContext(options);
        return await new DatabaseLease(db, clock).HolderAsync(name, CancellationToken.None);
    }

    private sealed class SettableClock(DateTimeOffset start) : TimeProvider
    {
        private DateTimeOffset now = start;

        public override DateTimeOffset GetUtcNow() => now;

        public void Advance(TimeSpan by) => now += by;
    }
}
