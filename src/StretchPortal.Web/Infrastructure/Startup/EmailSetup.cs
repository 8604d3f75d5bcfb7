using StretchPortal.Web.Infrastructure.Email;

namespace StretchPortal.Web.Infrastructure.Startup;

public static class EmailSetup
{
    /// <summary>SMTP when Email:Smtp:Host is set; otherwise .eml files in the pickup folder.</summary>
    public static IServiceCollection AddStretchPortalEmail(this IServiceCollection services, IConfiguration configuration)
    {
        var section = configuration.GetSection("Email");
        services.Configure<EmailOptions>(section);
        if (string.IsNullOrWhiteSpace(section["Smtp:Host"]))
        {
            services.AddSingleton<IEmailSender, PickupFolderEmailSender>();
        }
        else
        {
            services.AddSingleton<IEmailSender, SmtpEmailSender>();
        }

        return services;
    }
}
