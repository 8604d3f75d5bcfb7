using Microsoft.EntityFrameworkCore;
using StretchPortal.Web.Data;
using StretchPortal.Web.Domain;

namespace StretchPortal.Web.Features.Notifications;

/// <summary>
/// A person's own notifications and email preferences. Every query is keyed by the person, so nobody reaches another
/// person's notifications.
/// </summary>
public sealed class NotificationListService(StretchPortalDbContext db, TimeProvider clock)
{
    public const int PageSize = 20;

    public const string PreferencesChangedMeanwhile =
        "Your email preferences were changed in another window while you were choosing. Check the choices below and save again.";

    /// <summary>
    /// How many of the person's notifications are unread: one COUNT on the (RecipientId, ReadAt) index, compiled once,
    /// as every page a signed-in person opens shows it in the header.
    /// </summary>
    private static readonly Func<StretchPortalDbContext, string, CancellationToken, Task<int>> UnreadCount = EF.CompileAsyncQuery(
        (StretchPortalDbContext db, string personId, CancellationToken _) => db.Notifications.Count(n => n.RecipientId == personId && n.ReadAt == null));

    public Task<int> UnreadCountAsync(string personId, CancellationToken cancellationToken) => UnreadCount(db, personId, cancellationToken);

    public async Task<NotificationListViewModel> PageAsync(string personId, int page, CancellationToken cancellationToken)
    {
        var mine = db.Notifications.AsNoTracking().Where(n => n.RecipientId == personId);
        var total = await mine.CountAsync(cancellationToken);
        var pages = Math.Max(1, (total + PageSize - 1) / PageSize);
        page = Math.Clamp(page, 1, pages);
        var rows = await mine
            .OrderByDescending(n => n.CreatedAt).ThenByDescending(n => n.Id)
            .Skip((page - 1) * PageSize).Take(PageSize)
            .Select(n => new NotificationRow(n.Id, n.Subject, n.Message, n.CreatedAt, n.ReadAt == null))
            .ToListAsync(cancellationToken);
        return new NotificationListViewModel
        {
            Rows = rows,
            Unread = await UnreadCountAsync(personId, cancellationToken),
            Page = page,
            Pages = pages,
        };
    }

    /// <summary>Marks the person's own notification read and answers its link; null when it is not theirs or not there.</summary>
    public async Task<string?> OpenAsync(Guid id, string personId, CancellationToken cancellationToken)
    {
        var notification = await db.Notifications.SingleOrDefaultAsync(n => n.Id == id && n.RecipientId == personId, cancellationToken);
        if (notification is null)
        {
            return null;
        }

        if (notification.ReadAt is null)
        {
            notification.ReadAt = clock.GetUtcNow().UtcDateTime;
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateConcurrencyException)
            {
                // Opened in another window at the same moment: it is read either way.
            }
        }

        return notification.Link;
    }

    /// <summary>Marks all the person's unread notifications read; answers how many.</summary>
    public Task<int> MarkAllReadAsync(string personId, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var version = Guid.NewGuid();
        return db.Notifications
            .Where(n => n.RecipientId == personId && n.ReadAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(n => n.ReadAt, now).SetProperty(n => n.Version, version), cancellationToken);
    }

    /// <summary>The form with the kinds the person is emailed about ticked.</summary>
    public async Task<ChooseEmailsForm> PreferencesAsync(string personId, CancellationToken cancellationToken)
    {
        var emailOff = await EmailOffAsync(personId, cancellationToken);
        return new ChooseEmailsForm { EmailKinds = NotificationPreferences.Optional.Where(k => k.IsEmailed(emailOff)).ToList() };
    }

    /// <summary>Keeps one "email off" row for each non-essential kind left unticked, and none for the others.</summary>
    public async Task<Outcome> SavePreferencesAsync(string personId, ChooseEmailsForm form, CancellationToken cancellationToken)
    {
        var wanted = NotificationPreferences.Optional.Where(k => !form.EmailKinds.Contains(k)).ToHashSet();
        var current = await db.NotificationPreferences.Where(p => p.PersonId == personId).ToListAsync(cancellationToken);
        db.NotificationPreferences.RemoveRange(current.Where(p => !wanted.Contains(p.Kind)));
        foreach (var kind in wanted.Where(k => current.All(p => p.Kind != k)))
        {
            var (outcome, preference) = NotificationPreference.EmailOff(personId, kind);
            if (!outcome.Succeeded)
            {
                return outcome;
            }

            db.NotificationPreferences.Add(preference!);
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return Outcome.Done;
        }
        catch (DbUpdateException)
        {
            // Saved in another window at the same moment: the unique index (person, kind) let only one through.
            db.ChangeTracker.Clear();
            return Outcome.Refused(PreferencesChangedMeanwhile);
        }
    }

    private Task<List<NotificationKind>> EmailOffAsync(string personId, CancellationToken cancellationToken) =>
        db.NotificationPreferences.AsNoTracking()
            .Where(p => p.PersonId == personId)
            .Select(p => p.Kind)
            .ToListAsync(cancellationToken);
}
