using System.Net;
using StretchPortal.IntegrationTests.Infrastructure;
using StretchPortal.Web.Security;

namespace StretchPortal.IntegrationTests.Features.Audit;

public sealed class AuditTrailTests : IDisposable
{
    private readonly PortalApp app = new();

    [Fact]
    public async Task An_administrator_browses_the_trail_newest_first_and_filters_it_by_record_and_actor()
    {
        var admin = await app.PersonAsync("auditor@example.org", Roles.Administrator);
        var lead = await app.PersonAsync("lead.audited@example.org", Roles.ProgrammeLead);
        var organisation = await app.OrganisationAsync("Audited Trust");
        using (var leadClient = await app.SignedInAsync(lead.Email!))
        {
            using var renamed = await leadClient.PostFormAsync($"/Organisations/Edit/{organisation.Id}", new() { ["Name"] = "Audited Trust Renamed" });
            Assertions.IsRedirectTo(renamed, "/Organisations");
        }

        using var client = await app.SignedInAsync(admin.Email!);
        var everything = await client.GetPageAsync("/Audit");
        var byRecord = await client.GetPageAsync($"/Audit?EntityType=Organisation&EntityId={organisation.Id}");
        var byActor = await client.GetPageAsync($"/Audit?Actor={Uri.EscapeDataString(lead.Email!)}");

        Assert.Contains("Organisation.Modified", everything.Body!.TextContent, StringComparison.Ordinal);
        var recordRows = byRecord.QuerySelectorAll("tbody tr").Select(r => r.TextContent).ToList();
        Assert.Equal(2, recordRows.Count);
        Assert.Contains("Organisation.Modified", recordRows[0], StringComparison.Ordinal);
        Assert.Contains("Audited Trust Renamed", recordRows[0], StringComparison.Ordinal);
        Assert.Contains("Organisation.Added", recordRows[1], StringComparison.Ordinal);
        var actorRows = byActor.QuerySelectorAll("tbody tr").Select(r => r.TextContent).ToList();
        Assert.NotEmpty(actorRows);
        Assert.All(actorRows, r => Assert.Contains("lead.audited@example.org", r, StringComparison.Ordinal));
        Assert.Contains(actorRows, r => r.Contains("SignIn.Succeeded", StringComparison.Ordinal));
        Assert.Empty(everything.QuerySelectorAll("main form[method=post]"));
    }

    [Theory]
    [InlineData(Roles.ProgrammeLead)]
    [InlineData(Roles.Mentee)]
    [InlineData(Roles.Mentor)]
    public async Task Nobody_but_an_administrator_may_read_the_trail(string role)
    {
        var person = await app.PersonAsync(null, role);
        using var client = await app.SignedInAsync(person.Email!);

        using var response = await client.GetAsync("/Audit");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task An_anonymous_visitor_is_sent_to_sign_in()
    {
        using var client = app.NewClient();

        using var response = await client.GetAsync("/Audit");

        Assertions.IsRedirectToSignIn(response);
    }

    public void Dispose() => app.Dispose();
}
