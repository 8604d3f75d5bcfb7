using Microsoft.AspNetCore.Identity;
using StretchPortal.Web.Data;
using StretchPortal.Web.Domain;
using StretchPortal.Web.Features.Account;

namespace StretchPortal.Web.Infrastructure.Startup;

public static class IdentitySetup
{
    /// <summary>
    /// ASP.NET Core Identity with OWASP ASVS 5.0 password rules (12 or more characters, no composition rules),
    /// lockout after repeated failures, confirmed email before sign-in, and a cookie that answers 403 (not a redirect)
    /// when a signed-in person is refused.
    /// </summary>
    public static IServiceCollection AddStretchPortalIdentity(this IServiceCollection services)
    {
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
            .AddDefaultTokenProviders();

        services.Configure<SecurityStampValidatorOptions>(options => options.ValidationInterval = TimeSpan.FromMinutes(1));

        services.ConfigureApplicationCookie(options =>
        {
            options.Cookie.Name = "StretchPortal.Auth";
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Lax;
            options.LoginPath = "/Account/Login";
            options.LogoutPath = "/Account/Logout";
            options.AccessDeniedPath = "/Account/AccessDenied";
            options.ExpireTimeSpan = TimeSpan.FromHours(8);
            options.SlidingExpiration = true;
            options.Events.OnRedirectToAccessDenied = context =>
            {
                context.Response.StatusCode = StatusCodes.Status403Forbidden;
                return Task.CompletedTask;
            };
        });
        return services;
    }
}
