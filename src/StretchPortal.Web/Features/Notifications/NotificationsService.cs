using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using StretchPortal.Web.Data;
using StretchPortal.Web.Domain;
using StretchPortal.Web.Infrastructure.Email;

namespace StretchPortal.Web.Features.Notifications;

/// <summary>
/// The one way the portal tells people something: a row in their notification list, always, and an email unless the
/// person turned that (non-essential) kind of email off in their preferences.
/// </summary>
public sealed class NotificationsService(
    StretchPortalDbContext db,
    IEmailSender email,
    IOptions<EmailOptions> emailOptions,
    TimeProvider clock)
{
    public async Task NotifyAsync(IEnumerable<Notice> notices, CancellationToken cancellationToken)
    {
        foreach (var notice in notices)
        {
            await NotifyAsync(notice, cancellationToken);
        }
    }

    public async Task NotifyAsync(Notice notice, CancellationToken cancellationToken)
    {
        var recipient = await db.Users.AsNoTracking()
            .Where(p => p.Id == notice.RecipientId)
            .Select(p => new { p.Email, p.FullName, p.IsActive })
            .SingleOrDefaultAsync(cancellationToken);
        if (recipient is null || !recipient.IsActive)
        {
            return;
        }

        db.Notifications.Add(new Notification
        {
            RecipientId = notice.RecipientId,
            Kind = notice.Kind,
            Subject = notice.Subject,
            Message = notice.Message,
            Link = notice.Link,
            CreatedAt = clock.GetUtcNow().UtcDateTime,
        });
        await db.SaveChangesAsync(cancellationToken);

        if (recipient.Email is not null && await WantsEmailAsync(notice, cancellationToken))
        {
            await email.SendAsync(NotificationEmails.Build(notice, recipient.Email, recipient.FullName, emailOptions.Value.PortalBaseUrl), cancellationToken);
        }
    }

    /// <summary>Essential kinds always email; any other kind unless the person turned its email off.</summary>
    private async Task<bool> WantsEmailAsync(Notice notice, CancellationToken cancellationToken)
    {
        if (notice.Kind.IsEssential())
        {
            return true;
        }

        var emailOff = await db.NotificationPreferences.AsNoTracking()
            .Where(p => p.PersonId == notice.RecipientId && p.Kind == notice.Kind)
            .Select(p => p.Kind)
            .ToListAsync(cancellationToken);
        return notice.Kind.IsEmailed(emailOff);
    }
}
