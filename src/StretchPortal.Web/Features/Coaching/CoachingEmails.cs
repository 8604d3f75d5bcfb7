using System.Text.Encodings.Web;
using StretchPortal.Web.Infrastructure.Email;

namespace StretchPortal.Web.Features.Coaching;

/// <summary>The email asking a coach applicant's line manager to confirm their support.</summary>
public static class CoachingEmails
{
    public static EmailMessage LineManagerConfirmation(string to, string managerName, string applicantName, string link, DateTime expiresAtUtc)
    {
        var subject = $"Please confirm your support for {applicantName}'s coaching application";
        var lead = $"{applicantName} has applied to coach in the Clinical Leadership Career Coaching service and named you as their line manager. "
            + "Please confirm that you support them to attend the training workshops and to coach at least one coachee (up to four career coaching sessions).";
        var footnote = $"The link works once and expires on {CoachingTimes.Display(expiresAtUtc)}. You do not need an account. "
            + "If you do not support this application, you can ignore this email.";
        var text = $"Dear {managerName},\n\n{lead}\n\nConfirm your support: {link}\n\n{footnote}\n\nStretchPortal";
        var html = HtmlEncoder.Default;
        var body = $"""
            <div style="font-family: Arial, sans-serif; font-size: 19px; line-height: 1.5; color: #212b32;">
              <p style="background: #005eb8; color: #ffffff; padding: 12px 16px; font-weight: bold;">StretchPortal</p>
              <p>Dear {html.Encode(managerName)},</p>
              <p>{html.Encode(lead)}</p>
              <p><a href="{html.Encode(link)}" style="color: #005eb8;">Confirm your support</a></p>
              <p>{html.Encode(footnote)}</p>
            </div>
            """;
        return new EmailMessage(to, subject, text, body);
    }
}
