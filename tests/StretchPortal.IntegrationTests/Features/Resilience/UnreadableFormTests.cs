using System.Net;
using Microsoft.EntityFrameworkCore;
using StretchPortal.IntegrationTests.Infrastructure;

namespace StretchPortal.IntegrationTests.Features.Resilience;

/// <summary>Found by tests/Resilience/bad-input.py: a NUL character in a posted form answered 500.</summary>
public sealed class UnreadableFormTests : IDisposable
{
    private const string CouldNotRead = "Sorry, we could not read what you sent";

    private readonly PortalApp app = new();

    [Fact]
    public async Task A_sign_in_form_carrying_a_NUL_character_gets_the_400_page_not_a_500()
    {
        using var client = app.NewClient();

        using var response = await client.PostFormAsync("/Account/Login", new() { ["Email"] = "someone\0@example.org", ["Password"] = "x" });
        var page = await PortalClient.ParseAsync(response);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(CouldNotRead, page.QuerySelector("h1")?.TextContent.Trim());
    }

    [Fact]
    public async Task A_profile_edit_carrying_a_NUL_character_gets_the_400_page_and_changes_nothing()
    {
        var person = await app.PersonAsync();
        using var client = await app.SignedInAsync(person.Email!);

        using var response = await client.PostFormAsync("/Profile/Edit", new() { ["FullName"] = "Null\0Name" });
        var page = await PortalClient.ParseAsync(response);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(CouldNotRead, page.QuerySelector("h1")?.TextContent.Trim());
        var name = await app.WithDbAsync(db => db.Users.Where(p => p.Id == person.Id).Select(p => p.FullName).SingleAsync());
        Assert.Equal(person.FullName, name);
    }

    public void Dispose() => app.Dispose();
}
