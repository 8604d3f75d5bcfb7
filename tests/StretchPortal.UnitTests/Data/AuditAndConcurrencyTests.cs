using System.Net;
using System.Security.Claims;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Moq;
using StretchPortal.Web.Domain;

namespace StretchPortal.UnitTests.Data;

public sealed class AuditAndConcurrencyTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2026, 11, 22, 9, 30, 0, TimeSpan.Zero);
    private readonly SqliteDatabase database;

    public AuditAndConcurrencyTests()
    {
        var context = new DefaultHttpContext
        {
            User = new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.NameIdentifier, "person-42")], "test")),
        };
        context.Connection.RemoteIpAddress = IPAddress.Parse("10.1.2.3");
        var http = new Mock<IHttpContextAccessor>();
        http.Setup(h => h.HttpContext).Returns(context);
        var clock = new Mock<TimeProvider>();
        clock.Setup(c => c.GetUtcNow()).Returns(Now);
        database = new SqliteDatabase(http.Object, clock.Object);
    }

    [Fact]
    public async Task Adding_a_record_writes_who_what_when_and_from_where_in_the_same_save()
    {
        var organisation = new Organisation { Name = "Leicester City Council", Region = NhsRegion.Midlands };
        await using (var db = database.NewContext())
        {
            db.Organisations.Add(organisation);
            await db.SaveChangesAsync();
        }

        await using var read = database.NewContext();
        var entry = await read.AuditEntries.SingleAsync();
        Assert.Equal("Organisation.Added", entry.Action);
        Assert.Equal(organisation.Id.ToString(), entry.EntityId);
        Assert.Equal("person-42", entry.ActorId);
        Assert.Equal("10.1.2.3", entry.FromAddress);
        Assert.Equal(Now.UtcDateTime, entry.OccurredAt);
        var changes = JsonSerializer.Deserialize<Dictionary<string, JsonElement[]>>(entry.Changes!)!;
        Assert.Equal("Leicester City Council", changes["Name"][1].GetString());
        Assert.False(changes.ContainsKey("Version"));
        Assert.Equal("Midlands", changes["Region"][1].GetString());
    }

    [Fact]
    public async Task Changing_a_record_audits_only_the_fields_that_changed_with_old_and_new_values()
    {
        var organisation = new Organisation { Name = "Old name", Region = NhsRegion.Midlands };
        await using (var db = database.NewContext())
        {
            db.Organisations.Add(organisation);
            await db.SaveChangesAsync();
        }

        await using (var db = database.NewContext())
        {
            var stored = await db.Organisations.SingleAsync();
            stored.Name = "New name";
            await db.SaveChangesAsync();
        }

        await using var read = database.NewContext();
        var entry = await read.AuditEntries.SingleAsync(a => a.Action == "Organisation.Modified");
        var changes = JsonSerializer.Deserialize<Dictionary<string, JsonElement[]>>(entry.Changes!)!;
        Assert.Equal(["Name"], changes.Keys);
        Assert.Equal("Old name", changes["Name"][0].GetString());
        Assert.Equal("New name", changes["Name"][1].GetString());
    }

    [Fact]
    public async Task A_save_from_a_stale_version_is_refused_and_the_newer_change_kept()
    {
        var organisation = new Organisation { Name = "Original" };
        await using (var db = database.NewContext())
        {
            db.Organisations.Add(organisation);
            await db.SaveChangesAsync();
        }

        var versionSeenByBoth = organisation.Version;
        await using (var first = database.NewContext())
        {
            var stored = await first.Organisations.SingleAsync();
            first.ExpectVersion(stored, versionSeenByBoth);
            stored.Name = "First editor";
            await first.SaveChangesAsync();
        }

        await using (var second = database.NewContext())
        {
            var stored = await second.Organisations.SingleAsync();
            second.ExpectVersion(stored, versionSeenByBoth);
            stored.Name = "Second editor";
            await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => second.SaveChangesAsync());
        }

        await using var read = database.NewContext();
        Assert.Equal("First editor", (await read.Organisations.SingleAsync()).Name);
    }

    public void Dispose() => database.Dispose();
}
