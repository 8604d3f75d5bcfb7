using System.Net;
using Microsoft.EntityFrameworkCore;
using StretchPortal.IntegrationTests.Infrastructure;

namespace StretchPortal.IntegrationTests.Features.Hosting;

public sealed class HostingTests : IDisposable
{
    private readonly PortalApp app = new();

    [Fact]
    public async Task Readiness_answers_200_once_the_database_is_migrated()
    {
        using var client = app.NewClient();

        using var ready = await client.GetAsync("/health/ready");
        using var live = await client.GetAsync("/health/live");

        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        var pending = await app.WithDbAsync(db => db.Database.GetPendingMigrationsAsync());
        Assert.Empty(pending);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/Programmes")]
    [InlineData("/Profile")]
    [InlineData("/People")]
    [InlineData("/Organisations")]
    [InlineData("/IcsPriorities")]
    [InlineData("/no-such-page")]
    public async Task Anonymous_visits_are_sent_to_sign_in(string url)
    {
        using var client = app.NewClient();

        using var response = await client.GetAsync(url);

        Assertions.IsRedirectToSignIn(response);
    }

    [Theory]
    [InlineData("/Account/Login")]
    [InlineData("/Account/Register")]
    [InlineData("/Account/ForgotPassword")]
    [InlineData("/Help/Privacy")]
    [InlineData("/Help/Accessibility")]
    [InlineData("/lib/nhsuk-frontend/nhsuk-frontend.min.css")]
    [InlineData("/css/site.css")]
    public async Task Sign_in_registration_help_and_static_files_are_open_to_anonymous_visitors(string url)
    {
        using var client = app.NewClient();

        using var response = await client.GetAsync(url);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task A_missing_page_shows_the_friendly_not_found_page()
    {
        var person = await app.PersonAsync();
        using var client = await app.SignedInAsync(person.Email!);

        using var response = await client.GetAsync("/Programmes/Details/" + Guid.NewGuid());
        var page = await PortalClient.ParseAsync(response);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("Page not found", page.QuerySelector("h1")?.TextContent.Trim());
    }

    [Fact]
    public async Task A_post_without_its_anti_forgery_token_is_refused()
    {
        var person = await app.PersonAsync();
        using var client = await app.SignedInAsync(person.Email!);

        using var content = new FormUrlEncodedContent(new Dictionary<string, string> { ["FullName"] = "Changed" });
        using var response = await client.Http.PostAsync(new Uri("/Profile/Edit", UriKind.Relative), content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var name = await app.WithDbAsync(db => db.Users.Where(p => p.Id == person.Id).Select(p => p.FullName).SingleAsync());
        Assert.NotEqual("Changed", name);
    }

    public void Dispose() => app.Dispose();
}
