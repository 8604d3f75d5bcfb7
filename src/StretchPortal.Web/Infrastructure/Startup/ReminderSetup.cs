using StretchPortal.Web.Features.Reminders;
using StretchPortal.Web.Infrastructure.Leases;

namespace StretchPortal.Web.Infrastructure.Startup;

public static class ReminderSetup
{
    /// <summary>
    /// The reminders that run on their own (<see cref="ReminderRunner"/>, settings in "Reminders") and the database
    /// lease any background work can take. Register after the data so that migrations finish first.
    /// </summary>
    public static IServiceCollection AddStretchPortalReminders(this IServiceCollection services)
    {
        services.AddOptions<ReminderOptions>().BindConfiguration(ReminderOptions.Section);
        services.AddScoped<DatabaseLease>();
        services.AddSingleton<ReminderRunner>();
        services.AddHostedService(sp => sp.GetRequiredService<ReminderRunner>());
        return services;
    }
}
