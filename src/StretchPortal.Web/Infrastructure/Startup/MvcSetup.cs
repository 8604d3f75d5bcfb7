using FluentValidation;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Mvc;
using StretchPortal.Web.Features.Equality;
using StretchPortal.Web.Features.Reports;
using StretchPortal.Web.Features.TwoFactor;
using StretchPortal.Web.Security;

namespace StretchPortal.Web.Infrastructure.Startup;

public static class MvcSetup
{
    /// <summary>
    /// MVC with feature folders (views beside their controller in Features/&lt;Controller&gt;/), anti-forgery checked
    /// on every unsafe request (cookie __Host- prefixed over HTTPS), two-factor set-up enforced for leads and administrators, validators registered for explicit calls, and each feature's services.
    /// </summary>
    public static IServiceCollection AddStretchPortalMvc(this IServiceCollection services)
    {
        services.AddControllersWithViews(options =>
            {
                options.Filters.Add(new AutoValidateAntiforgeryTokenAttribute());
                options.Filters.Add<TwoFactorRequiredFilter>();

                // Validators own every message; MVC must not add its own "field is required" for non-nullable strings.
                options.SuppressImplicitRequiredAttributeForNonNullableReferenceTypes = true;
                var messages = options.ModelBindingMessageProvider;
                messages.SetAttemptedValueIsInvalidAccessor((_, field) => $"Enter a valid value for {field}");
                messages.SetValueIsInvalidAccessor(_ => "Enter a valid value");
                messages.SetValueMustBeANumberAccessor(field => $"Enter a number for {field}");
                messages.SetValueMustNotBeNullAccessor(field => $"Enter a value for {field}");
                messages.SetMissingBindRequiredValueAccessor(field => $"Enter a value for {field}");
                messages.SetNonPropertyAttemptedValueIsInvalidAccessor(_ => "Enter a valid value");
                messages.SetUnknownValueIsInvalidAccessor(field => $"Enter a valid value for {field}");
            })
            .AddRazorOptions(options =>
            {
                options.ViewLocationFormats.Clear();
                options.ViewLocationFormats.Add("/Features/{1}/{0}.cshtml");
                options.ViewLocationFormats.Add("/Features/Shared/{0}.cshtml");
            });
        services.AddAntiforgery();

        // Outside Development (PipelineSetup): browsers keep to HTTPS for a year after their first visit.
        services.AddHsts(options => options.MaxAge = TimeSpan.FromDays(365));
        services.AddOptions<AntiforgeryOptions>().Configure<IHttpContextAccessor>((options, http) =>
            options.Cookie = HostPrefixedCookieBuilder.For("StretchPortal.Antiforgery", http, SameSiteMode.Strict));
        services.AddValidatorsFromAssemblyContaining<Program>(ServiceLifetime.Scoped);
        services.AddHttpContextAccessor();
        services.AddSingleton(TimeProvider.System);
        services.AddOptions<EqualityOptions>().BindConfiguration(EqualityOptions.Section);
        services.AddOptions<ReportOptions>().BindConfiguration(ReportOptions.Section);
        services.AddMemoryCache();
        services.AddSingleton<ReportCache>();

        foreach (var service in typeof(Program).Assembly.GetTypes()
                     .Where(t => t is { IsClass: true, IsAbstract: false } && t.Name.EndsWith("Service", StringComparison.Ordinal)
                                 && t.Namespace?.StartsWith("StretchPortal.Web.Features", StringComparison.Ordinal) == true))
        {
            services.AddScoped(service);
        }

        return services;
    }
}
