using System.Text;
using System.Text.Encodings.Web;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using StretchPortal.Web.Data;
using StretchPortal.Web.Domain;
using StretchPortal.Web.Infrastructure.Email;

namespace StretchPortal.Web.Features.Notifications;

/// <summary>The one way the portal tells people something: a row in their notification list and an email.</summary>
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

        if (recipient.Email is not null)
        {
            await email.SendAsync(BuildEmail(notice, recipient.Email, recipient.FullName), cancellationToken);
        }
    }

    private EmailMessage BuildEmail(Notice notice, string to, string name)
    {
        var link = new Uri(emailOptions.Value.PortalBaseUrl, notice.Link).ToString();
        var text = $"Dear {name},\n\n{notice.Message}\n\nOpen it in StretchPortal: {link}\n";
        var html = HtmlEncoder.Default;
        var body = $"""
            <div style="font-family: Arial, sans-serif; font-size: 19px; line-height: 1.5; color: #212b32;">
              <p style="background: #005eb8; color: #ffffff; padding: 12px 16px; font-weight: bold;">StretchPortal</p>
              <p>Dear {html.Encode(name)},</p>
              <p>{html.Encode(notice.Message)}</p>
              <p><a href="{html.Encode(link)}" style="color: #005eb8;">Open it in StretchPortal</a></p>
            </div>
            """;
        var attachments = notice.Invite is { } invite
            ? new[] { new EmailAttachment(invite.FileName, "text/calendar; method=REQUEST; charset=utf-8", Encoding.UTF8.GetBytes(invite.Content)) }
            : [];
        return new EmailMessage(to, notice.Subject, text, body) { Attachments = attachments };
    }
}
