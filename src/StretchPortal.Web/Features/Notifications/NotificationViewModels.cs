namespace StretchPortal.Web.Features.Notifications;

public sealed record NotificationRow(Guid Id, string Subject, string Message, DateTime CreatedAt, bool IsUnread);

/// <summary>One page of a person's own notifications, newest first.</summary>
public sealed class NotificationListViewModel
{
    public IReadOnlyList<NotificationRow> Rows { get; init; } = [];

    public int Unread { get; init; }

    public int Page { get; init; }

    public int Pages { get; init; }
}

/// <summary>The header's link to the notification list, with the number unread.</summary>
public sealed record NotificationsHeaderViewModel(int Unread);
