using System.Net;
using StretchPortal.IntegrationTests.Infrastructure;
using StretchPortal.Web.Security;

namespace StretchPortal.IntegrationTests.Features.Authentication;

public sealed class BrowserProtectionTests : IDisposable
{
    private readonly PortalApp app = new();

    [Fact]
    public async Task Pages_static_files_missing_pages_refusals_and_redirects_all_carry_the_protections()
    {
        var mentee = await app.PersonAsync("mentee@example.org", Roles.Mentee);
        using var anonymous = app.NewClient();
        using var client = await app.SignedInAsync(mentee.Email!);

        var responses = new List<HttpResponseMessage>
        {
            await client.GetAsync("/"),
            await anonymous.GetAsync("/css/site.css"),
            await client.GetAsync("/no/such/page"),
            await client.GetAsync("/People"),
            await anonymous.GetAsync("/Profile"),
        };
        try
        {
            Assert.Equal(
                [HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.NotFound, HttpStatusCode.Forbidden, HttpStatusCode.Redirect],
                responses.Select(r => r.StatusCode));
            Assert.All(responses, r =>
            {
                var csp = Assert.Single(r.Headers.GetValues("Content-Security-Policy"));
                Assert.DoesNotContain("unsafe-inline", csp, StringComparison.Ordinal);
                Assert.DoesNotContain("unsafe-eval", csp, StringComparison.Ordinal);
                Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
                Assert.Equal("nosniff", Assert.Single(r.Headers.GetValues("X-Content-Type-Options")));
                Assert.Equal("no-referrer", Assert.Single(r.Headers.GetValues("Referrer-Policy")));
            });
            Assert.True(responses[0].Headers.CacheControl?.NoStore);
            Assert.True(responses[3].Headers.CacheControl?.NoStore);
        }
        finally
        {
            responses.ForEach(r => r.Dispose());
        }
    }

    [Fact]
    public async Task A_post_without_its_anti_forgery_token_is_refused_and_changes_nothing()
    {
        var person = await app.PersonAsync();
        using var client = await app.SignedInAsync(person.Email!);
        using var content = new FormUrlEncodedContent(new Dictionary<string, string> { ["FullName"] = "Forged Name", ["ConcurrencyStamp"] = "" });

        using var response = await client.Http.PostAsync(new Uri("/Profile/Edit", UriKind.Relative), content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotEqual("Forged Name", await app.WithDbAsync(db => Task.FromResult(db.Users.Single(u => u.Id == person.Id).FullName)));
    }

    [Fact]
    public async Task Sign_out_by_get_does_nothing()
    {
        var person = await app.PersonAsync();
        using var client = await app.SignedInAsync(person.Email!);

        using var get = await client.GetAsync("/Account/Logout");
        using var home = await client.GetAsync("/");

        Assert.NotEqual(HttpStatusCode.Redirect, get.StatusCode);
        Assert.Equal(HttpStatusCode.OK, home.StatusCode);
    }

    [Theory]
    [InlineData("https%3A%2F%2Fevil.example%2F")]
    [InlineData("%2F%2Fevil.example")]
    [InlineData("%2F%5Cevil.example")]
    public async Task A_return_url_off_the_site_is_never_followed(string returnUrl)
    {
        var person = await app.PersonAsync();
        using var client = app.NewClient();

        using var response = await client.PostFormAsync(
            "/Account/Login?returnUrl=" + returnUrl,
            new() { ["Email"] = person.Email, ["Password"] = TestData.Password });

        Assertions.IsRedirectTo(response, "/");
        Assert.DoesNotContain("evil", response.Headers.Location?.OriginalString, StringComparison.Ordinal);
    }

    public void Dispose() => app.Dispose();
}
