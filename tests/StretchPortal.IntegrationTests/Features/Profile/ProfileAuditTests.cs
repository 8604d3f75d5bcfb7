using Microsoft.EntityFrameworkCore;
using StretchPortal.IntegrationTests.Infrastructure;

namespace StretchPortal.IntegrationTests.Features.Profile;

public sealed class ProfileAuditTests : IDisposable
{
    private readonly PortalApp app = new();

    [Fact]
    public async Task A_profile_change_is_audited_with_the_fields_that_changed()
    {
        var person = await app.PersonAsync();
        using var client = await app.SignedInAsync(person.Email!);

        using var response = await client.PostFormAsync("/Profile/Edit", new() { ["FullName"] = "Renamed Person", ["JobTitle"] = "Matron" });

        Assertions.IsRedirectTo(response, "/Profile");
        var entry = await app.WithDbAsync(db => db.AuditEntries.SingleAsync(a => a.Action == "Person.ProfileChanged" && a.EntityId == person.Id));
        Assert.Equal(person.Id, entry.ActorId);
        Assert.Contains("Renamed Person", entry.Changes, StringComparison.Ordinal);
        Assert.Contains("Matron", entry.Changes, StringComparison.Ordinal);
        Assert.DoesNotContain("Region", entry.Changes, StringComparison.Ordinal);
    }

    public void Dispose() => app.Dispose();
}
