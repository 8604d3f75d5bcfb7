namespace StretchPortal.Web.Domain;

/// <summary>Something the portal told one person, shown in their notification list until they read it.</summary>
public class Notification : Entity
{
    public string RecipientId { get; set; } = "";

    public Person? Recipient { get; set; }

    public NotificationKind Kind { get; set; }

    public string Subject { get; set; } = "";

    public string Message { get; set; } = "";

    /// <summary>The portal page concerned, as a local path such as /Assignments/Details/{id}.</summary>
    public string Link { get; set; } = "";

    public DateTime CreatedAt { get; set; }

    public DateTime? ReadAt { get; set; }
}
