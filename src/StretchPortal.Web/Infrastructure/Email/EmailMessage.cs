namespace StretchPortal.Web.Infrastructure.Email;

/// <summary>An email to one person, with plain-text and HTML bodies.</summary>
public sealed record EmailMessage(string To, string Subject, string TextBody, string HtmlBody);

/// <summary>The portal's one way to send email.</summary>
public interface IEmailSender
{
    Task SendAsync(EmailMessage message, CancellationToken cancellationToken = default);
}
