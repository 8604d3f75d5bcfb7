using StretchPortal.Web.Domain;

namespace StretchPortal.Web.Features.Notifications;

/// <summary>
/// One thing to tell one person: kept in their notification list and emailed (non-essential kinds only if they have
/// not turned that email off). <paramref name="Link"/> is a local path such as /Assignments/Details/{id}.
/// </summary>
public sealed record Notice(string RecipientId, NotificationKind Kind, string Subject, string Message, string Link)
{
    /// <summary>A calendar invitation sent with the email, if the notice is about something with a date and time.</summary>
    public CalendarInvite? Invite { get; init; }
}

/// <summary>An .ics file (RFC 5545 text) and the name it is sent under.</summary>
public sealed record CalendarInvite(string FileName, string Content);
