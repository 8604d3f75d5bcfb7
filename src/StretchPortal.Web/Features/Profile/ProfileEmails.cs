using System.Text.Encodings.Web;
using StretchPortal.Web.Infrastructure.Email;

namespace StretchPortal.Web.Features.Profile;

/// <summary>The emails of an email address change: confirm the new address; the address is already in use; the address was changed.</summary>
public static class ProfileEmails
{
    public static EmailMessage ConfirmNewEmail(string to, string fullName, string link) => Build(
        to,
        "Confirm your new email address for StretchPortal",
        fullName,
        $"You asked to use this email address for your StretchPortal account. Confirm it to make the change: {link}",
        "If you did not ask for this, you can ignore this email: nothing has changed.");

    public static EmailMessage AddressInUse(string to) => Build(
        to,
        "Your StretchPortal email address",
        "StretchPortal user",
        "Someone asked to move a StretchPortal account to this email address, which already has an account, so nothing has changed.",
        "If that was you, sign in with this address instead.");

    public static EmailMessage EmailChanged(string to, string fullName) => Build(
        to,
        "Your StretchPortal email address has changed",
        fullName,
        "The email address of your StretchPortal account has been changed, and this address is no longer used for it.",
        "If you did not make this change, contact your programme lead or the StretchPortal administrator at once.");

    private static EmailMessage Build(string to, string subject, string fullName, string lead, string footnote)
    {
        var html = HtmlEncoder.Default;
        return new EmailMessage(
            to,
            subject,
            $"Dear {fullName},\n\n{lead}\n\n{footnote}\n\nStretchPortal",
            $"<p>Dear {html.Encode(fullName)},</p><p>{html.Encode(lead)}</p><p>{html.Encode(footnote)}</p><p>StretchPortal</p>");
    }
}
