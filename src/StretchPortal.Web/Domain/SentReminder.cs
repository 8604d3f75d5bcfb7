namespace StretchPortal.Web.Domain;

/// <summary>
/// A reminder the portal has sent, kept so that no reminder goes twice: the unique <see cref="Key"/> names the
/// reminder, its subject and its recipient (for example "week-overdue:{assignmentId}:2026-07-06:mentee"). A restart,
/// a second run or a second instance finds the key and sends nothing.
/// </summary>
public class SentReminder : Entity
{
    public string Key { get; private set; } = "";

    public NotificationKind Kind { get; private set; }

    public string RecipientId { get; private set; } = "";

    public DateTime SentAt { get; private set; }

    public static SentReminder Of(string key, NotificationKind kind, string recipientId, DateTime now) => new()
    {
        Key = key,
        Kind = kind,
        RecipientId = recipientId,
        SentAt = now,
    };
}
