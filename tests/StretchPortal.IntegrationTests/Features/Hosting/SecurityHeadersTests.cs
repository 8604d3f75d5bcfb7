using System.Net;
using StretchPortal.IntegrationTests.Infrastructure;

namespace StretchPortal.IntegrationTests.Features.Hosting;

public sealed class SecurityHeadersTests : IDisposable
{
    private readonly PortalApp app = new();

    [Theory]
    [InlineData("/Account/Login", HttpStatusCode.OK)]
    [InlineData("/", HttpStatusCode.Redirect)]
    [InlineData("/css/site.css", HttpStatusCode.OK)]
    [InlineData("/lib/nhsuk-frontend/nhsuk-frontend.min.js", HttpStatusCode.OK)]
    [InlineData("/health/ready", HttpStatusCode.OK)]
    public async Task Every_kind_of_response_carries_the_browser_protections(string url, HttpStatusCode expected)
    {
        using var client = app.NewClient();

        using var response = await client.GetAsync(url);

        Assert.Equal(expected, response.StatusCode);
        var csp = Assert.Single(response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
        Assert.Contains("script-src 'self'", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-eval", csp, StringComparison.Ordinal);
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("no-referrer", Assert.Single(response.Headers.GetValues("Referrer-Policy")));
        Assert.Equal("DENY", Assert.Single(response.Headers.GetValues("X-Frame-Options")));
    }

    [Fact]
    public async Task Signed_in_pages_and_error_pages_are_never_cached()
    {
        var person = await app.PersonAsync();
        using var client = await app.SignedInAsync(person.Email!);

        using var home = await client.GetAsync("/");
        using var missing = await client.GetAsync("/Programmes/Details/" + Guid.NewGuid());

        Assert.Equal(HttpStatusCode.OK, home.StatusCode);
        Assert.True(home.Headers.CacheControl?.NoStore);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.True(missing.Headers.CacheControl?.NoStore);
        Assert.Contains("default-src 'self'", Assert.Single(missing.Headers.GetValues("Content-Security-Policy")), StringComparison.Ordinal);
    }

    public void Dispose() => app.Dispose();
}
