using System.Text;
using System.Text.Encodings.Web;
using StretchPortal.Web.Domain;
using StretchPortal.Web.Infrastructure.Email;

namespace StretchPortal.Web.Features.Notifications;

/// <summary>
/// How a notice reads as an email, in the NHS.UK email style: a blue header bar, the message, a green button to the
/// page concerned, and (for kinds a person may turn off) a footer saying where to change email preferences. The
/// plain-text body says the same, with the page's link first.
/// </summary>
public static class NotificationEmails
{
    public const string PreferencesPath = "/Notifications/Preferences";

    public static EmailMessage Build(Notice notice, string to, string name, Uri portalBaseUrl)
    {
        var link = new Uri(portalBaseUrl, notice.Link).ToString();
        var preferences = new Uri(portalBaseUrl, PreferencesPath).ToString();
        var essential = notice.Kind.IsEssential();

        var text = new StringBuilder()
            .Append("Dear ").Append(name).Append(",\n\n")
            .Append(notice.Message).Append("\n\n")
            .Append("Open it in StretchPortal: ").Append(link).Append("\n\n")
            .Append(essential
                ? "We always email you about decisions that concern you.\n"
                : $"You can choose which emails StretchPortal sends you: {preferences}\n")
            .Append("\nStretchPortal\n")
            .ToString();

        var html = HtmlEncoder.Default;
        var paragraphs = string.Concat(notice.Message
            .Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(p => $"""<p style="margin: 0 0 16px;">{html.Encode(p)}</p>"""));
        var footer = essential
            ? "We always email you about decisions that concern you."
            : $"""You get this email because of your StretchPortal email preferences. <a href="{html.Encode(preferences)}" style="color: #005eb8;">Change which emails you get</a>.""";
        var body = $"""
            <!DOCTYPE html>
            <html lang="en-GB">
            <body style="margin: 0; padding: 0; background: #f0f4f5;">
            <div style="max-width: 640px; margin: 0 auto; font-family: Arial, Helvetica, sans-serif; font-size: 19px; line-height: 1.47; color: #212b32; background: #ffffff;">
              <div style="background: #005eb8; color: #ffffff; padding: 16px 24px; font-size: 24px; font-weight: bold;">StretchPortal</div>
              <div style="padding: 24px;">
                <h1 style="font-size: 26px; line-height: 1.25; margin: 0 0 16px;">{html.Encode(notice.Subject)}</h1>
                <p style="margin: 0 0 16px;">Dear {html.Encode(name)},</p>
                {paragraphs}
                <p style="margin: 24px 0;"><a href="{html.Encode(link)}" style="display: inline-block; background: #007f3b; color: #ffffff; font-weight: bold; text-decoration: none; padding: 12px 16px; border-bottom: 4px solid #00401e; border-radius: 4px;">Open it in StretchPortal</a></p>
                <p style="margin: 0 0 16px; font-size: 16px;">Or copy this link into your browser: {html.Encode(link)}</p>
              </div>
              <div style="border-top: 4px solid #005eb8; background: #e8edee; padding: 16px 24px; font-size: 16px; color: #4c6272;">
                <p style="margin: 0;">{footer}</p>
              </div>
            </div>
            </body>
            </html>
            """;

        var attachments = notice.Invite is { } invite
            ? new[] { new EmailAttachment(invite.FileName, "text/calendar; method=REQUEST; charset=utf-8", Encoding.UTF8.GetBytes(invite.Content)) }
            : [];
        return new EmailMessage(to, notice.Subject, text, body) { Attachments = attachments };
    }
}
