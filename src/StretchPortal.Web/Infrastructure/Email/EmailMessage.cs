namespace StretchPortal.Web.Infrastructure.Email;

/// <summary>An email to one person, with plain-text and HTML bodies and any attachments (such as a calendar invitation).</summary>
public sealed record EmailMessage(string To, string Subject, string TextBody, string HtmlBody)
{
    public IReadOnlyList<EmailAttachment> Attachments { get; init; } = [];
}

/// <summary>A file sent with an email: its name, MIME type (for example "text/calendar; method=REQUEST") and content.</summary>
public sealed record EmailAttachment(string FileName, string ContentType, byte[] Content);

/// <summary>The portal's one way to send email.</summary>
public interface IEmailSender
{
    Task SendAsync(EmailMessage message, CancellationToken cancellationToken = default);
}
