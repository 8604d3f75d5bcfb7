using System.Text.RegularExpressions;
using MimeKit;

namespace StretchPortal.IntegrationTests.Infrastructure;

/// <summary>Reads the emails the portal wrote to its pickup folder.</summary>
public static partial class Mail
{
    public static IReadOnlyList<MimeMessage> To(this PortalApp app, string address) =>
        app.Emails()
            .Select(raw => MimeMessage.Load(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(raw))))
            .Where(m => m.To.Mailboxes.Any(b => string.Equals(b.Address, address, StringComparison.OrdinalIgnoreCase)))
            .ToList();

    /// <summary>The first link in a message's plain-text body, as a path and query on the portal.</summary>
    public static string LinkIn(MimeMessage message)
    {
        var match = LinkPattern().Match(message.TextBody ?? "");
        Assert.True(match.Success, "No link in the email: " + message.TextBody);
        var uri = new Uri(match.Value);
        return uri.PathAndQuery;
    }

    [GeneratedRegex(@"https?://\S+")]
    private static partial Regex LinkPattern();
}
