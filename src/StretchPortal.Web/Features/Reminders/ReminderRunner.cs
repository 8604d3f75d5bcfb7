using Microsoft.Extensions.Options;
using StretchPortal.Web.Data;
using StretchPortal.Web.Infrastructure.Leases;

namespace StretchPortal.Web.Features.Reminders;

/// <summary>
/// Runs the reminders on their own: at start-up and then every <see cref="ReminderOptions.IntervalMinutes"/>, on one
/// instance at a time (the database lease <see cref="LeaseName"/>), each run in a fresh scope. A failed run is logged
/// and the next one tries again. Tests call <see cref="RunOnceAsync"/> directly.
/// </summary>
public sealed partial class ReminderRunner(
    IServiceScopeFactory scopes,
    IOptions<ReminderOptions> options,
    StartupState startup,
    TimeProvider clock,
    ILogger<ReminderRunner> logger) : BackgroundService
{
    public const string LeaseName = "reminders";

    /// <summary>This instance, as the lease names it: machine, process and a per-start id (two hosts may share a process).</summary>
    public string Holder { get; } = $"{Environment.MachineName}/{Environment.ProcessId}/{Guid.NewGuid():N}";

    /// <summary>
    /// Takes (or renews) the lease and sends the reminders due; null when the database is not ready yet or another
    /// instance holds the lease.
    /// </summary>
    public async Task<ReminderRun?> RunOnceAsync(CancellationToken cancellationToken)
    {
        if (!startup.DatabaseReady)
        {
            return null;
        }

        await using var scope = scopes.CreateAsyncScope();
        var lease = scope.ServiceProvider.GetRequiredService<DatabaseLease>();
        if (!await lease.TryAcquireAsync(LeaseName, Holder, options.Value.LeaseDuration, cancellationToken))
        {
            LogLeaseHeldElsewhere(logger);
            return null;
        }

        var run = await scope.ServiceProvider.GetRequiredService<RemindersService>().SendDueAsync(cancellationToken);
        LogRun(logger, run.Due, run.SentCount, run.AlreadySent);
        return run;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Enabled)
        {
            LogDisabled(logger);
            return;
        }

        using var timer = new PeriodicTimer(options.Value.Interval, clock);
        do
        {
            try
            {
                await RunOnceAsync(stoppingToken);
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                LogFailed(logger, ex);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    /// <summary>Gives the lease up on a clean shutdown so that another instance can take over at once.</summary>
    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        if (!options.Value.Enabled || !startup.DatabaseReady)
        {
            return;
        }

        try
        {
            await using var scope = scopes.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<DatabaseLease>().ReleaseAsync(LeaseName, Holder, cancellationToken);
        }
        catch (Exception ex) when (ex is InvalidOperationException or System.Data.Common.DbException or OperationCanceledException)
        {
            LogReleaseFailed(logger, ex);
        }
    }

    [LoggerMessage(LogLevel.Information, "Reminders: {Due} due, {Sent} sent, {AlreadySent} already sent")]
    private static partial void LogRun(ILogger logger, int due, int sent, int alreadySent);

    [LoggerMessage(LogLevel.Debug, "Reminders: another instance holds the lease; not running")]
    private static partial void LogLeaseHeldElsewhere(ILogger logger);

    [LoggerMessage(LogLevel.Information, "Reminders are turned off (Reminders:Enabled)")]
    private static partial void LogDisabled(ILogger logger);

    [LoggerMessage(LogLevel.Error, "Reminders: the run failed; the next run will try again")]
    private static partial void LogFailed(ILogger logger, Exception exception);

    [LoggerMessage(LogLevel.Warning, "Reminders: could not release the lease")]
    private static partial void LogReleaseFailed(ILogger logger, Exception exception);
}
