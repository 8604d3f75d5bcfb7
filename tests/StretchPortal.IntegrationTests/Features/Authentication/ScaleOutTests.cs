using System.Net;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using Microsoft.EntityFrameworkCore;
using StretchPortal.IntegrationTests.Infrastructure;

namespace StretchPortal.IntegrationTests.Features.Authentication;

/// <summary>
/// Two instances of the portal over one database, as behind a load balancer, sharing the data-protection keys kept
/// there: one browser (one cookie jar) whose requests land on either.
/// </summary>
public sealed class ScaleOutTests : IDisposable
{
    private static readonly Uri Portal = new("http://localhost");
    private readonly PortalApp first = new() { KeysInDatabase = true };
    private readonly PortalApp second;
    private readonly CookieContainer browser = new();

    public ScaleOutTests()
    {
        second = new PortalApp(first) { KeysInDatabase = true };
    }

    [Fact]
    public async Task A_sign_in_on_one_instance_is_honoured_by_the_other()
    {
        var person = await first.PersonAsync();
        using var onFirst = ClientOf(first);
        using var onSecond = ClientOf(second);

        await onFirst.SignInAsync(person.Email!, TestData.Password);
        var profile = await onSecond.GetPageAsync("/Profile");

        Assert.Equal(person.Email, profile.QuerySelector("#profile-email")?.TextContent.Trim());
    }

    [Fact]
    public async Task A_form_served_by_one_instance_is_accepted_by_the_other()
    {
        var person = await first.PersonAsync();
        using var onFirst = ClientOf(first);
        using var onSecond = ClientOf(second);
        await onFirst.SignInAsync(person.Email!, TestData.Password);

        var form = await onFirst.GetPageAsync("/Profile/Edit");
        var fields = form.QuerySelectorAll("main form input[type=hidden]")
            .ToDictionary(i => i.GetAttribute("name")!, i => i.GetAttribute("value") ?? "");
        fields["FullName"] = "Served By Two";
        using var content = new FormUrlEncodedContent(fields);
        using var saved = await onSecond.Http.PostAsync(new Uri("/Profile/Edit", UriKind.Relative), content);

        Assert.Contains("__RequestVerificationToken", fields.Keys);
        Assertions.IsRedirectTo(saved, "/Profile");
        Assert.Equal("Served By Two", await second.WithDbAsync(db => db.Users.Where(u => u.Id == person.Id).Select(u => u.FullName).SingleAsync()));
    }

    private PortalClient ClientOf(PortalApp instance) => new(instance.CreateDefaultClient(Portal, new CookieContainerHandler(browser)));

    public void Dispose()
    {
        second.Dispose();
        first.Dispose();
    }
}
