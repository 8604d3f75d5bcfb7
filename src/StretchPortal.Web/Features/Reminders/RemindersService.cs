using Microsoft.EntityFrameworkCore;
using StretchPortal.Web.Data;
using StretchPortal.Web.Domain;
using StretchPortal.Web.Features.Notifications;

namespace StretchPortal.Web.Features.Reminders;

/// <summary>
/// Sends the reminders that are due today (UK) under <see cref="ReminderRules"/>, each once: it reads what the rules
/// need in a few set-based queries (whatever the number of mentees), drops the reminders already sent, then claims each
/// remaining one with a <see cref="SentReminder"/> row (its unique key lets one run through when two race) before
/// telling its recipient through <see cref="NotificationsService"/>.
/// </summary>
public sealed partial class RemindersService(
    StretchPortalDbContext db,
    NotificationsService notifications,
    TimeProvider clock,
    ILogger<RemindersService> logger)
{
    /// <summary>Keys looked up per query when dropping reminders already sent (well under SQL Server's parameter limit).</summary>
    private const int KeysPerQuery = 500;

    public async Task<ReminderRun> SendDueAsync(CancellationToken cancellationToken)
    {
        var today = UkDate(clock.GetUtcNow().UtcDateTime);
        var due = new List<Reminder>();
        due.AddRange((await ReminderQueries.AssignmentWeeksAsync(db, today, cancellationToken)).SelectMany(a => ReminderRules.ForWeeks(a, today)));
        due.AddRange((await ReminderQueries.MentoringRelationshipsAsync(db, today, cancellationToken)).SelectMany(r => ReminderRules.ForQuiet(r, today)));
        due.AddRange((await ReminderQueries.CoachingRelationshipsAsync(db, cancellationToken)).SelectMany(r => ReminderRules.ForCoaching(r, today)));

        var alreadySent = await SentKeysAsync(due.Select(r => r.Key).ToList(), cancellationToken);
        var sent = new Dictionary<NotificationKind, int>();
        var skipped = 0;
        foreach (var reminder in due.Where(r => !alreadySent.Contains(r.Key)))
        {
            if (await ClaimAsync(reminder, cancellationToken))
            {
                await notifications.NotifyAsync(reminder.Notice, cancellationToken);
                sent[reminder.Notice.Kind] = sent.GetValueOrDefault(reminder.Notice.Kind) + 1;
            }
            else
            {
                skipped++;
            }
        }

        foreach (var (kind, count) in sent)
        {
            LogSent(logger, kind, count);
        }

        return new ReminderRun(due.Count, sent, alreadySent.Count + skipped);
    }

    internal static DateOnly UkDate(DateTime utc) => DateOnly.FromDateTime(UkTime.FromUtc(utc));

    /// <summary>
    /// Records the reminder as sent; false when another run recorded it first (the unique key refused ours).
    /// </summary>
    private async Task<bool> ClaimAsync(Reminder reminder, CancellationToken cancellationToken)
    {
        var claim = SentReminder.Of(reminder.Key, reminder.Notice.Kind, reminder.Notice.RecipientId, clock.GetUtcNow().UtcDateTime);
        db.SentReminders.Add(claim);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            if (await db.SentReminders.AnyAsync(s => s.Key == reminder.Key, cancellationToken))
            {
                return false;
            }

            throw;
        }
    }

    private async Task<HashSet<string>> SentKeysAsync(List<string> keys, CancellationToken cancellationToken)
    {
        var sent = new HashSet<string>(StringComparer.Ordinal);
        foreach (var chunk in keys.Distinct(StringComparer.Ordinal).Chunk(KeysPerQuery))
        {
            sent.UnionWith(await db.SentReminders.AsNoTracking()
                .Where(s => chunk.Contains(s.Key))
                .Select(s => s.Key)
                .ToListAsync(cancellationToken));
        }

        return sent;
    }

    [LoggerMessage(LogLevel.Information, "Reminders sent: {Kind} x{Count}")]
    private static partial void LogSent(ILogger logger, NotificationKind kind, int count);
}

/// <summary>What one run did: reminders due today, sent now by kind, and those found already sent.</summary>
public sealed record ReminderRun(int Due, IReadOnlyDictionary<NotificationKind, int> Sent, int AlreadySent)
{
    public int SentCount => Sent.Values.Sum();
}
