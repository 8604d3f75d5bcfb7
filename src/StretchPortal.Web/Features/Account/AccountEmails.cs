using System.Text.Encodings.Web;
using StretchPortal.Web.Infrastructure.Email;

namespace StretchPortal.Web.Features.Account;

/// <summary>The account emails: confirm your address, reset your password, you already have an account.</summary>
public static class AccountEmails
{
    public static EmailMessage ConfirmEmail(string to, string fullName, string link) => Build(
        to,
        "Confirm your email address for StretchPortal",
        fullName,
        "Confirm your email address to finish setting up your StretchPortal account.",
        "Confirm your email address",
        link,
        "If you did not register, you can ignore this email.");

    public static EmailMessage ResetPassword(string to, string fullName, string link) => Build(
        to,
        "Reset your StretchPortal password",
        fullName,
        "Someone asked to reset the password for your StretchPortal account. The link works once and expires after a day.",
        "Reset your password",
        link,
        "If you did not ask for this, you can ignore this email: your password has not changed.");

    public static EmailMessage AlreadyRegistered(string to, string fullName, string signInLink) => Build(
        to,
        "You already have a StretchPortal account",
        fullName,
        "Someone tried to register a new StretchPortal account with this email address, which already has one.",
        "Sign in to StretchPortal",
        signInLink,
        "If you have forgotten your password, use 'Forgotten your password?' on the sign-in page.");

    private static EmailMessage Build(string to, string subject, string fullName, string lead, string action, string link, string footnote)
    {
        var text = $"Dear {fullName},\n\n{lead}\n\n{action}: {link}\n\n{footnote}\n\nStretchPortal";
        var html = HtmlEncoder.Default;
        var body = $"""
            <div style="font-family: Arial, sans-serif; font-size: 19px; line-height: 1.5; color: #212b32;">
              <p style="background: #005eb8; color: #ffffff; padding: 12px 16px; font-weight: bold;">StretchPortal</p>
              <p>Dear {html.Encode(fullName)},</p>
              <p>{html.Encode(lead)}</p>
              <p><a href="{html.Encode(link)}" style="color: #005eb8;">{html.Encode(action)}</a></p>
              <p>{html.Encode(footnote)}</p>
            </div>
            """;
        return new EmailMessage(to, subject, text, body);
    }
}
