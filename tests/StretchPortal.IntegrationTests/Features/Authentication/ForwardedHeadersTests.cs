using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using StretchPortal.IntegrationTests.Infrastructure;
using StretchPortal.Web.Domain;

namespace StretchPortal.IntegrationTests.Features.Authentication;

/// <summary>Behind a balancer that ends TLS: its forwarded scheme and client address count, anyone else's do not.</summary>
public sealed class ForwardedHeadersTests : IDisposable
{
    private const string Balancer = "10.0.0.5";
    private const string Client = "198.51.100.9";

    private readonly PortalApp app = new() { Settings = { ["ForwardedHeaders:KnownProxies:0"] = Balancer } };

    [Fact]
    public async Task From_the_known_balancer_the_cookies_are_secure_and_the_audit_names_the_client()
    {
        var cookie = await SignInFromAsync(Balancer);

        Assert.StartsWith("__Host-StretchPortal=", cookie, StringComparison.Ordinal);
        Assert.Contains("secure", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(Client, await SignInAddressAsync());
    }

    [Fact]
    public async Task From_any_other_address_forwarded_headers_are_ignored()
    {
        const string stranger = "203.0.113.7";

        var cookie = await SignInFromAsync(stranger);

        Assert.StartsWith("StretchPortal=", cookie, StringComparison.Ordinal);
        Assert.DoesNotContain("secure", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(stranger, await SignInAddressAsync());
    }

    public void Dispose() => app.Dispose();

    /// <summary>
    /// Signs in through the balancer's headers and answers the session cookie it set. The cookies are passed by hand:
    /// a client's cookie jar would not send a Secure cookie back over the test server's plain HTTP.
    /// </summary>
    private async Task<string> SignInFromAsync(string peer)
    {
        app.TestServices = services => services.AddSingleton<IStartupFilter>(new Peer(peer));
        var person = await app.PersonAsync();
        using var http = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        http.DefaultRequestHeaders.Add("X-Forwarded-Proto", "https");
        http.DefaultRequestHeaders.Add("X-Forwarded-For", Client);

        using var form = await http.GetAsync(new Uri("/Account/Login", UriKind.Relative));
        var html = await form.Content.ReadAsStringAsync();
        var token = Regex.Match(html, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value;
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/Account/Login", UriKind.Relative))
        {
            Content = new FormUrlEncodedContent([new("Email", person.Email!), new("Password", TestData.Password), new("__RequestVerificationToken", token)]),
        };
        request.Headers.Add("Cookie", string.Join("; ", form.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0])));
        using var response = await http.SendAsync(request);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return Assert.Single(response.Headers.GetValues("Set-Cookie"), c => c.Contains("StretchPortal=", StringComparison.Ordinal));
    }

    private Task<string?> SignInAddressAsync() => app.WithDbAsync(db => db.Set<AuditEntry>()
        .Where(e => e.Action == "SignIn.Succeeded").Select(e => e.FromAddress).SingleAsync());

    /// <summary>The test server has no network peer; give requests the address the connection would come from.</summary>
    private sealed class Peer(string address) : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((context, then) =>
            {
                context.Connection.RemoteIpAddress = IPAddress.Parse(address);
                return then(context);
            });
            next(app);
        };
    }
}
