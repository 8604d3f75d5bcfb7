using FluentValidation;
using Microsoft.AspNetCore.Mvc;

namespace StretchPortal.Web.Infrastructure.Startup;

public static class MvcSetup
{
    /// <summary>
    /// MVC with feature folders (views beside their controller in Features/&lt;Controller&gt;/), anti-forgery checked
    /// on every unsafe request, validators registered for explicit calls, and each feature's services.
    /// </summary>
    public static IServiceCollection AddStretchPortalMvc(this IServiceCollection services)
    {
        services.AddControllersWithViews(options => options.Filters.Add(new AutoValidateAntiforgeryTokenAttribute()))
            .AddRazorOptions(options =>
            {
                options.ViewLocationFormats.Clear();
                options.ViewLocationFormats.Add("/Features/{1}/{0}.cshtml");
                options.ViewLocationFormats.Add("/Features/Shared/{0}.cshtml");
            });
        services.AddAntiforgery(options => options.Cookie.Name = "StretchPortal.Antiforgery");
        services.AddValidatorsFromAssemblyContaining<Program>(ServiceLifetime.Scoped);
        services.AddHttpContextAccessor();
        services.AddSingleton(TimeProvider.System);

        foreach (var service in typeof(Program).Assembly.GetTypes()
                     .Where(t => t is { IsClass: true, IsAbstract: false } && t.Name.EndsWith("Service", StringComparison.Ordinal)
                                 && t.Namespace?.StartsWith("StretchPortal.Web.Features", StringComparison.Ordinal) == true))
        {
            services.AddScoped(service);
        }

        return services;
    }
}
