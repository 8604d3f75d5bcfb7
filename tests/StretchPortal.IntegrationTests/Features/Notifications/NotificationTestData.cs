using Microsoft.EntityFrameworkCore;
using MimeKit;
using StretchPortal.IntegrationTests.Infrastructure;
using StretchPortal.Web.Domain;

namespace StretchPortal.IntegrationTests.Features.Notifications;

/// <summary>What the portal told whom: the notification rows kept and the emails written to the pickup folder.</summary>
internal static class NotificationTestData
{
    public static Task<List<Notification>> NotificationsAsync(this PortalApp app) =>
        app.WithDbAsync(db => db.Notifications.AsNoTracking().OrderBy(n => n.CreatedAt).ToListAsync());

    public static IReadOnlyList<MimeMessage> AllMail(this PortalApp app) =>
        app.Emails().Select(raw => MimeMessage.Load(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(raw)))).ToList();

    /// <summary>
    /// Exactly these people got exactly one notification row of <paramref name="kind"/> each, and nobody got any other
    /// row; answers the rows in the order of the people given.
    /// </summary>
    public static async Task<List<Notification>> OnlyNotifiedAsync(this PortalApp app, NotificationKind kind, params Person[] people)
    {
        var rows = await app.NotificationsAsync();
        Assert.Equal(
            people.Select(p => (p.Id, kind)).OrderBy(r => r.Id, StringComparer.Ordinal),
            rows.Select(r => (r.RecipientId, r.Kind)).OrderBy(r => r.RecipientId, StringComparer.Ordinal));
        return people.Select(p => rows.Single(r => r.RecipientId == p.Id)).ToList();
    }

    /// <summary>Exactly one email went to each of these people and none to anybody else; answers them in that order.</summary>
    public static List<MimeMessage> OnlyEmailed(this PortalApp app, params Person[] people)
    {
        var mail = app.AllMail();
        Assert.Equal(
            people.Select(p => p.Email!.ToLowerInvariant()).Order(StringComparer.Ordinal),
            mail.SelectMany(m => m.To.Mailboxes).Select(b => b.Address.ToLowerInvariant()).Order(StringComparer.Ordinal));
        return people.Select(p => mail.Single(m => m.To.Mailboxes.Any(b => string.Equals(b.Address, p.Email, StringComparison.OrdinalIgnoreCase)))).ToList();
    }

    /// <summary>A notification kept for <paramref name="recipientId"/>, as the service would keep it.</summary>
    public static Task<Notification> NotificationAsync(
        this PortalApp app, string recipientId, string subject, string link = "/Assignments", DateTime? createdAt = null, bool read = false) =>
        app.WithDbAsync(async db =>
        {
            var at = createdAt ?? DateTime.UtcNow;
            var notification = new Notification
            {
                RecipientId = recipientId,
                Kind = NotificationKind.AssignmentSubmitted,
                Subject = subject,
                Message = $"Message about {subject}",
                Link = link,
                CreatedAt = at,
                ReadAt = read ? at : null,
            };
            db.Notifications.Add(notification);
            await db.SaveChangesAsync();
            return notification;
        });
}
