using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using StretchPortal.IntegrationTests.Features.People;
using StretchPortal.IntegrationTests.Infrastructure;

namespace StretchPortal.IntegrationTests.Features.Authentication;

public sealed class SessionTests : IDisposable
{
    private readonly MovableClock clock = new();
    private readonly PortalApp app = new();

    public SessionTests()
    {
        app.TestServices = services =>
        {
            services.AddSingleton<TimeProvider>(clock);

            // The test server has no network peer; give requests the address a real connection would have.
            services.AddSingleton<IStartupFilter, RemoteAddress>();
        };
    }

    [Fact]
    public async Task Over_plain_http_the_session_cookie_is_httponly_and_samesite_with_its_plain_name()
    {
        var person = await app.PersonAsync();
        using var client = app.NewClient();

        using var response = await client.PostFormAsync("/Account/Login", new() { ["Email"] = person.Email, ["Password"] = TestData.Password });

        var cookie = SessionCookie(response, "StretchPortal=");
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=lax", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("secure", cookie, StringComparison.OrdinalIgnoreCase);
        using var home = await client.GetAsync("/");
        Assert.Equal(HttpStatusCode.OK, home.StatusCode);
    }

    [Fact]
    public async Task Over_https_the_session_and_anti_forgery_cookies_are_host_prefixed_and_secure()
    {
        var person = await app.PersonAsync();
        using var client = new PortalClient(app.CreateClient(new WebApplicationFactoryClientOptions
        {
            BaseAddress = new Uri("https://portal.example"),
            AllowAutoRedirect = false,
            HandleCookies = true,
        }));

        using var form = await client.GetAsync("/Account/Login");
        using var response = await client.PostFormAsync("/Account/Login", new() { ["Email"] = person.Email, ["Password"] = TestData.Password });

        var antiforgery = Assert.Single(form.Headers.GetValues("Set-Cookie"), c => c.StartsWith("__Host-StretchPortal.Antiforgery=", StringComparison.Ordinal));
        Assert.Contains("secure", antiforgery, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("path=/", antiforgery, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("httponly", antiforgery, StringComparison.OrdinalIgnoreCase);
        var session = SessionCookie(response, "__Host-StretchPortal=");
        Assert.Contains("secure", session, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("path=/", session, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("domain=", session, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("httponly", session, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("max-age=31536000", Assert.Single(form.Headers.GetValues("Strict-Transport-Security")), StringComparison.Ordinal);
        using var home = await client.GetAsync("/");
        Assert.Equal(HttpStatusCode.OK, home.StatusCode);
    }

    [Fact]
    public async Task A_session_ends_after_thirty_minutes_without_a_request()
    {
        var person = await app.PersonAsync();
        using var client = await app.SignedInAsync(person.Email!);

        clock.Advance(TimeSpan.FromMinutes(20));
        using var stillIn = await client.GetAsync("/");
        clock.Advance(TimeSpan.FromMinutes(31));
        using var idle = await client.GetAsync("/");

        Assert.Equal(HttpStatusCode.OK, stillIn.StatusCode);
        Assertions.IsRedirectToSignIn(idle);
    }

    [Fact]
    public async Task A_busy_session_still_ends_ten_hours_after_sign_in()
    {
        var person = await app.PersonAsync();
        using var client = await app.SignedInAsync(person.Email!);

        for (var elapsed = TimeSpan.Zero; elapsed < TimeSpan.FromHours(9.5); elapsed += TimeSpan.FromMinutes(20))
        {
            clock.Advance(TimeSpan.FromMinutes(20));
            using var busy = await client.GetAsync("/");
            Assert.Equal(HttpStatusCode.OK, busy.StatusCode);
        }

        clock.Advance(TimeSpan.FromMinutes(40));
        using var over = await client.GetAsync("/");
        Assertions.IsRedirectToSignIn(over);
    }

    [Fact]
    public async Task After_sign_out_a_copy_of_the_old_cookie_no_longer_works()
    {
        var person = await app.PersonAsync();
        using var client = app.NewClient();
        using var signIn = await client.PostFormAsync("/Account/Login", new() { ["Email"] = person.Email, ["Password"] = TestData.Password });
        var copied = SessionCookie(signIn, "StretchPortal=").Split(';')[0];
        using var replay = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        using var beforeSignOut = await GetWithCookieAsync(replay, copied);

        using var signOut = await client.PostAsync("/Account/Logout", []);
        clock.Advance(TimeSpan.FromMinutes(2));
        using var afterSignOut = await GetWithCookieAsync(replay, copied);

        Assert.Equal(HttpStatusCode.OK, beforeSignOut.StatusCode);
        Assert.Contains(signOut.Headers.GetValues("Set-Cookie"), c => c.StartsWith("StretchPortal=;", StringComparison.Ordinal));
        Assertions.IsRedirectToSignIn(afterSignOut);
        Assert.True(await app.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.Action == "SignOut" && a.EntityId == person.Id)));
    }

    [Fact]
    public async Task Sign_in_success_and_failure_are_audited_with_where_from_and_never_the_password()
    {
        var person = await app.PersonAsync();
        using var client = app.NewClient();
        using var failed = await client.PostFormAsync("/Account/Login", new() { ["Email"] = person.Email, ["Password"] = "a wrong password here" });
        using var succeeded = await client.PostFormAsync("/Account/Login", new() { ["Email"] = person.Email, ["Password"] = TestData.Password });

        var entries = await app.WithDbAsync(db => db.AuditEntries.AsNoTracking().Where(a => a.EntityId == person.Id && a.Action.StartsWith("SignIn.")).OrderBy(a => a.OccurredAt).ToListAsync());

        Assert.Equal(["SignIn.Failed", "SignIn.Succeeded"], entries.Select(e => e.Action));
        Assert.All(entries, e => Assert.Equal(RemoteAddress.Value, e.FromAddress));
        Assert.All(entries, e => Assert.DoesNotContain("wrong password", e.Changes ?? "", StringComparison.Ordinal));
        Assert.All(entries, e => Assert.DoesNotContain(person.Email!, e.Changes ?? "", StringComparison.Ordinal));
    }

    private static string SessionCookie(HttpResponseMessage response, string name) =>
        Assert.Single(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith(name, StringComparison.Ordinal));

    private static async Task<HttpResponseMessage> GetWithCookieAsync(HttpClient client, string cookie)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/Profile");
        request.Headers.Add("Cookie", cookie);
        return await client.SendAsync(request);
    }

    public void Dispose() => app.Dispose();

    private sealed class RemoteAddress : IStartupFilter
    {
        public const string Value = "203.0.113.7";

        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((context, then) =>
            {
                context.Connection.RemoteIpAddress = IPAddress.Parse(Value);
                return then(context);
            });
            next(app);
        };
    }
}
