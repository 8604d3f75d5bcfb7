using Microsoft.Data.Sqlite;
using StretchPortal.IntegrationTests.Features.Home;
using StretchPortal.IntegrationTests.Features.Weeks;
using StretchPortal.IntegrationTests.Infrastructure;
using StretchPortal.Web.Domain;
using static StretchPortal.IntegrationTests.Features.Reminders.ReminderTestData;

namespace StretchPortal.IntegrationTests.Features.Reminders;

/// <summary>
/// Reminders go once however the runs fall: twice in a row, two at once, after a restart, or on two instances of the
/// portal sharing one database (where the lease lets one run at a time).
/// </summary>
public sealed class ReminderRunnerTests : IDisposable
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "stretchportal-tests", "reminders-" + Guid.NewGuid().ToString("N"));
    private readonly ReminderClock clock = new(FirstMonday);
    private readonly List<PortalApp> apps = [];

    public ReminderRunnerTests()
    {
        Directory.CreateDirectory(folder);
    }

    public void Dispose()
    {
        foreach (var app in apps)
        {
            app.Dispose();
        }

        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            // The OS cleans the temp folder.
        }
    }

    [Fact]
    public async Task Running_twice_sends_nothing_twice()
    {
        var app = Instance();
        await OverdueWeeksAsync(app, mentees: 2);

        var first = await app.SendRemindersAsync();
        var second = await app.SendRemindersAsync();

        Assert.True(first.SentCount > 0);
        Assert.Equal(0, second.SentCount);
        Assert.Equal(first.SentCount, second.AlreadySent);
        Assert.Equal(first.SentCount, (await app.NotificationsAsync()).Count);
        Assert.Equal(first.SentCount, AllEmails().Count);
    }

    [Fact]
    public async Task Two_runs_at_once_send_each_reminder_once()
    {
        var app = Instance();
        await OverdueWeeksAsync(app, mentees: 3);

        var runs = await Task.WhenAll(Task.Run(() => app.SendRemindersAsync()), Task.Run(() => app.SendRemindersAsync()));

        var notifications = await app.NotificationsAsync();
        Assert.Equal(runs[0].Due, notifications.Count);
        Assert.Equal(notifications.Count, runs.Sum(r => r.SentCount));
        Assert.Equal(notifications.Count, await app.SentRemindersAsync());
        Assert.Equal(notifications.Count, notifications.Select(n => (n.RecipientId, n.Kind, n.Message)).Distinct().Count());
        Assert.Equal(notifications.Count, AllEmails().Count);
    }

    [Fact]
    public async Task Two_instances_on_one_database_run_one_at_a_time_and_send_each_reminder_once()
    {
        var first = Instance();
        var second = Instance();
        await OverdueWeeksAsync(first, mentees: 2);

        var runs = await Task.WhenAll(
            Task.Run(() => first.Runner().RunOnceAsync(CancellationToken.None)),
            Task.Run(() => second.Runner().RunOnceAsync(CancellationToken.None)));

        var ran = Assert.Single(runs, r => r is not null);
        var notifications = await first.NotificationsAsync();
        Assert.True(ran!.SentCount > 0);
        Assert.Equal(ran.SentCount, notifications.Count);
        Assert.Equal(ran.SentCount, AllEmails().Count);
    }

    [Fact]
    public async Task The_lease_stops_a_second_instance_while_the_first_holds_it()
    {
        var first = Instance();
        var second = Instance();
        var network = await OverdueWeeksAsync(first, mentees: 1);
        Assert.NotNull(await first.Runner().RunOnceAsync(CancellationToken.None));
        var sentByFirst = (await first.NotificationsAsync()).Count;

        // Another mentee's week is now overdue too, but the first instance still holds the lease.
        await MenteeAsync(first, network);
        Assert.Null(await second.Runner().RunOnceAsync(CancellationToken.None));
        Assert.Equal(sentByFirst, (await first.NotificationsAsync()).Count);

        // The first instance renews its lease at each run and sends the new reminder.
        Assert.NotNull(await first.Runner().RunOnceAsync(CancellationToken.None));
        Assert.True((await first.NotificationsAsync()).Count > sentByFirst);
        Assert.Null(await second.Runner().RunOnceAsync(CancellationToken.None));

        // If the first instance stops without releasing it, the second takes over once the lease expires.
        clock.Advance(TimeSpan.FromMinutes(31));
        var takenOver = await second.Runner().RunOnceAsync(CancellationToken.None);
        Assert.NotNull(takenOver);
        Assert.Equal(0, takenOver.SentCount);
        Assert.Null(await first.Runner().RunOnceAsync(CancellationToken.None));
    }

    [Fact]
    public async Task A_restart_on_the_same_database_sends_nothing_twice()
    {
        var before = Instance();
        await OverdueWeeksAsync(before, mentees: 2);
        var sent = (await before.SendRemindersAsync()).SentCount;
        Assert.True(sent > 0);
        before.Dispose();
        apps.Remove(before);

        var after = Instance();
        var run = await after.SendRemindersAsync();

        Assert.Equal(0, run.SentCount);
        Assert.Equal(sent, run.AlreadySent);
        Assert.Equal(sent, (await after.NotificationsAsync()).Count);
        Assert.Empty(after.Emails());
    }

    /// <summary>A portal instance on the test's shared database file, with its own mail folder, on the test's clock.</summary>
    private PortalApp Instance()
    {
        var app = new PortalApp().UsingClock(clock);
        app.Settings["ConnectionStrings:Sqlite"] = $"Data Source={Path.Combine(folder, "portal.db")}";
        app.Settings["Email:PickupDirectory"] = Path.Combine(folder, "mail");
        apps.Add(app);
        _ = app.Services;
        return app;
    }

    /// <summary>Mentees whose first week ended yesterday with no update, on the day after it ended.</summary>
    private async Task<SupportNetwork> OverdueWeeksAsync(PortalApp app, int mentees)
    {
        var network = await app.SupportNetworkAsync();
        await app.RunningAssignmentAsync(network);
        for (var i = 1; i < mentees; i++)
        {
            await MenteeAsync(app, network);
        }

        clock.SetDay(FirstMonday.AddDays(7));
        return network;
    }

    /// <summary>Another mentee of the same mentor, on an assignment like the first.</summary>
    private static async Task MenteeAsync(PortalApp app, SupportNetwork network)
    {
        var mentee = await app.PersonAsync(roles: StretchPortal.Web.Security.Roles.Mentee);
        var enrolment = await app.EnrolmentAsync(network.Cohort.Id, mentee.Id, network.Mentor.Id);
        await app.AssignmentAsync(
            enrolment, "Bring in e-rostering", AssignmentStatus.InProgress, FirstMonday, FirstMonday.AddDays(27), UkNoon(FirstMonday));
    }

    private List<string> AllEmails() =>
        Directory.Exists(Path.Combine(folder, "mail"))
            ? [.. Directory.GetFiles(Path.Combine(folder, "mail"), "*.eml")]
            : [];
}
