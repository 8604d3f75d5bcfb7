using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;

namespace StretchPortal.Web.Infrastructure.Email;

/// <summary>Sends email through the configured SMTP server with MailKit.</summary>
public sealed partial class SmtpEmailSender(IOptions<EmailOptions> options, ILogger<SmtpEmailSender> logger) : IEmailSender
{
    public async Task SendAsync(EmailMessage message, CancellationToken cancellationToken = default)
    {
        var settings = options.Value;
        var smtp = settings.Smtp;
        using var client = new SmtpClient();
        await client.ConnectAsync(
            smtp.Host ?? throw new InvalidOperationException("Email:Smtp:Host is not set."),
            smtp.Port,
            smtp.UseStartTls ? SecureSocketOptions.StartTls : SecureSocketOptions.Auto,
            cancellationToken);
        if (!string.IsNullOrEmpty(smtp.UserName))
        {
            await client.AuthenticateAsync(smtp.UserName, smtp.Password ?? "", cancellationToken);
        }

        var mime = MimeMessages.Build(message, settings);
        await client.SendAsync(mime, cancellationToken);
        await client.DisconnectAsync(quit: true, cancellationToken);
        LogSent(logger, mime.MessageId ?? "(none)");
    }

    [LoggerMessage(LogLevel.Information, "Email {MessageId} sent by SMTP")]
    private static partial void LogSent(ILogger logger, string messageId);
}
