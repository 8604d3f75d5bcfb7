using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;
using StretchPortal.IntegrationTests.Features.Home;
using StretchPortal.IntegrationTests.Features.Weeks;
using StretchPortal.IntegrationTests.Infrastructure;
using StretchPortal.Web.Domain;
using StretchPortal.Web.Features.Reminders;

namespace StretchPortal.IntegrationTests.Features.Reminders;

/// <summary>A clock set to noon (UK) on a chosen day, moved from day to day by the test.</summary>
internal sealed class ReminderClock : TimeProvider
{
    private long utcTicks;

    public ReminderClock(DateOnly ukDay) => SetDay(ukDay);

    public DateOnly Today { get; private set; }

    public override DateTimeOffset GetUtcNow() => new(Interlocked.Read(ref utcTicks), TimeSpan.Zero);

    public void SetDay(DateOnly ukDay)
    {
        Today = ukDay;
        Interlocked.Exchange(ref utcTicks, UkTime.ToUtc(ukDay, new TimeOnly(12, 0)).Ticks);
    }

    public void Advance(TimeSpan by) => Interlocked.Add(ref utcTicks, by.Ticks);
}

/// <summary>Builders and readers for the reminder tests. Dates are fixed: the clock says what day it is.</summary>
internal static class ReminderTestData
{
    /// <summary>The Monday the test assignments start on.</summary>
    public static readonly DateOnly FirstMonday = new(2026, 7, 6);

    public static DateTime UkNoon(DateOnly day) => UkTime.ToUtc(day, new TimeOnly(12, 0));

    public static PortalApp UsingClock(this PortalApp app, TimeProvider clock)
    {
        app.TestServices = services => services.AddSingleton(clock);
        return app;
    }

    /// <summary>An assignment in progress for four weeks from <see cref="FirstMonday"/> (agreed a week before).</summary>
    public static Task<StretchAssignment> RunningAssignmentAsync(this PortalApp app, SupportNetwork network, Action<StretchAssignment>? weeks = null) =>
        app.AssignmentAsync(
            network.Enrolment, "Redesign the discharge pathway", AssignmentStatus.InProgress, FirstMonday, FirstMonday.AddDays(27),
            UkNoon(FirstMonday), weeks: weeks);

    public static Task EnrolledOnAsync(this PortalApp app, Enrolment enrolment, DateOnly day) =>
        app.WithDbAsync(db => db.Enrolments.Where(e => e.Id == enrolment.Id)
            .ExecuteUpdateAsync(s => s.SetProperty(e => e.EnrolledAt, UkNoon(day))));

    public static Task CheckInAsync(this PortalApp app, SupportNetwork network, DateOnly heldOn) =>
        app.WithDbAsync(async db =>
        {
            db.CheckIns.Add(new CheckIn
            {
                EnrolmentId = network.Enrolment.Id,
                HeldOn = heldOn,
                AuthorId = network.Mentor.Id,
                WithMentor = true,
                RecordedAt = UkNoon(heldOn),
            });
            await db.SaveChangesAsync();
        });

    /// <summary>Runs the reminders once, in a scope of its own, as the runner does (without the lease).</summary>
    public static Task<ReminderRun> SendRemindersAsync(this PortalApp app) =>
        app.WithScopeAsync(services => services.GetRequiredService<RemindersService>().SendDueAsync(CancellationToken.None));

    public static ReminderRunner Runner(this PortalApp app) => app.Services.GetRequiredService<ReminderRunner>();

    public static Task<List<Notification>> NotificationsAsync(this PortalApp app, NotificationKind? kind = null, string? to = null) =>
        app.WithDbAsync(db => db.Notifications.AsNoTracking()
            .Where(n => (kind == null || n.Kind == kind) && (to == null || n.RecipientId == to))
            .ToListAsync());

    public static Task<int> SentRemindersAsync(this PortalApp app) => app.WithDbAsync(db => db.SentReminders.CountAsync());

    public static IReadOnlyList<MimeMessage> EmailsTo(this PortalApp app, Person person, string subject) =>
        app.To(person.Email!).Where(m => m.Subject == subject).ToList();
}
