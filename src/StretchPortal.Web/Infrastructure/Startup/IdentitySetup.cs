using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using StretchPortal.Web.Data;
using StretchPortal.Web.Domain;
using StretchPortal.Web.Features.Account;
using StretchPortal.Web.Security;

namespace StretchPortal.Web.Infrastructure.Startup;

public static class IdentitySetup
{
    /// <summary>When the session began, kept in the cookie's properties (which survive sliding renewal and refreshes).</summary>
    public const string SignedInAt = "signed_in_at";

    /// <summary>
    /// ASP.NET Core Identity with OWASP ASVS 5.0 password rules (12 to 128 characters, no composition rules, common
    /// passwords refused), lockout after repeated failures, confirmed email before sign-in, authenticator-app two-factor
    /// sign-in, and a session cookie that is HttpOnly, SameSite=Lax, <c>__Host-</c> prefixed and Secure over HTTPS, ends
    /// after the idle and absolute limits, is re-checked against the security stamp every minute, and answers 403
    /// (not a redirect) when a signed-in person is refused. See docs/adr/0005-sessions.md.
    /// </summary>
    public static IServiceCollection AddStretchPortalIdentity(this IServiceCollection services)
    {
        services.AddOptions<SecurityOptions>().BindConfiguration(SecurityOptions.Section);
        services.AddHttpContextAccessor();
        services.AddIdentity<Person, IdentityRole>(options =>
            {
                options.Password.RequiredLength = PasswordRules.MinimumLength;
                options.Password.RequireDigit = false;
                options.Password.RequireLowercase = false;
                options.Password.RequireUppercase = false;
                options.Password.RequireNonAlphanumeric = false;
                options.Password.RequiredUniqueChars = 1;
                options.Lockout.AllowedForNewUsers = true;
                options.Lockout.MaxFailedAccessAttempts = 5;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                options.User.RequireUniqueEmail = true;
                options.SignIn.RequireConfirmedEmail = true;
            })
            .AddEntityFrameworkStores<StretchPortalDbContext>()
            .AddSignInManager<PersonSignInManager>()
            .AddClaimsPrincipalFactory<PersonClaims>()
            .AddPasswordValidator<CommonPasswordValidator>()
            .AddDefaultTokenProviders();

        services.Configure<SecurityStampValidatorOptions>(options => options.ValidationInterval = TimeSpan.FromMinutes(1));

        services.AddOptions<CookieAuthenticationOptions>(IdentityConstants.ApplicationScheme)
            .Configure<IHttpContextAccessor, IOptions<SecurityOptions>>((options, http, security) =>
            {
                options.Cookie = HostPrefixedCookieBuilder.For("StretchPortal", http, SameSiteMode.Lax);
                options.LoginPath = "/Account/Login";
                options.LogoutPath = "/Account/Logout";
                options.AccessDeniedPath = "/Account/AccessDenied";
                options.ExpireTimeSpan = TimeSpan.FromMinutes(security.Value.IdleTimeoutMinutes);
                options.SlidingExpiration = true;
                options.Events.OnRedirectToAccessDenied = context =>
                {
                    context.Response.StatusCode = StatusCodes.Status403Forbidden;
                    return Task.CompletedTask;
                };
                options.Events.OnSigningIn = context =>
                {
                    if (!context.Properties.Items.ContainsKey(SignedInAt))
                    {
                        var now = context.HttpContext.RequestServices.GetRequiredService<TimeProvider>().GetUtcNow();
                        context.Properties.Items[SignedInAt] = now.ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture);
                    }

                    return Task.CompletedTask;
                };
                var checkSecurityStamp = options.Events.OnValidatePrincipal;
                var absoluteLimit = TimeSpan.FromHours(security.Value.AbsoluteTimeoutHours);
                options.Events.OnValidatePrincipal = async context =>
                {
                    var now = context.HttpContext.RequestServices.GetRequiredService<TimeProvider>().GetUtcNow();
                    if (!context.Properties.Items.TryGetValue(SignedInAt, out var stamp)
                        || !long.TryParse(stamp, System.Globalization.CultureInfo.InvariantCulture, out var seconds)
                        || now - DateTimeOffset.FromUnixTimeSeconds(seconds) > absoluteLimit)
                    {
                        context.RejectPrincipal();
                        await context.HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
                        return;
                    }

                    await checkSecurityStamp(context);
                };
            });

        // The half-signed-in cookie between password and authenticator code: same protections, five minutes.
        services.AddOptions<CookieAuthenticationOptions>(IdentityConstants.TwoFactorUserIdScheme)
            .Configure<IHttpContextAccessor>((options, http) =>
            {
                options.Cookie = HostPrefixedCookieBuilder.For("StretchPortal.TwoFactor", http, SameSiteMode.Strict);
                options.ExpireTimeSpan = TimeSpan.FromMinutes(5);
            });
        return services;
    }
}
