using System.Text.RegularExpressions;
using Microsoft.Playwright;
using MimeKit;

namespace StretchPortal.BrowserTests.Infrastructure;

/// <summary>
/// Base for journeys that change a person's own account (two-factor authentication, email address, erasure): each run
/// registers a person of its own through the real form, so no other journey's demo accounts are touched.
/// </summary>
public abstract partial class FreshPersonTest(BrowserFixture fixture) : BrowserTest(fixture)
{
    /// <summary>A new account for this run, not yet registered (the demo password; the role is nominal).</summary>
    protected static DemoAccount NewPerson(string purpose)
    {
        var run = Guid.NewGuid().ToString("N")[..8];
        return new DemoAccount(DemoRole.Mentee, $"journey-{purpose}-{run}@example.org", $"Journey {Capitalised(purpose)} {run}", "");
    }

    /// <summary>Creates the account through "Create an account" and waits for "Check your email"; signs nobody in.</summary>
    protected async Task RegisterAsync(DemoAccount person)
    {
        await GotoAsync("/Account/Register");
        await FillAsync("Full name", person.FullName);
        await FillAsync("Email address", person.Email);
        await FillAsync("Password", DemoAccount.Password);
        await FillAsync("Confirm password", DemoAccount.Password);
        await ClickButtonAsync("Create account");
        await WaitForPathAsync("/Account/RegisterConfirmation");
    }

    /// <summary>Registers, confirms the address from the emailed link, and signs in.</summary>
    protected async Task RegisterConfirmAndSignInAsync(DemoAccount person)
    {
        await RegisterAsync(person);
        await GotoAsync(LinkEmailedTo(person.Email));
        await ClickButtonAsync("Confirm my email address");
        await WaitForPathAsync("/Account/Login");
        await SignInAsync(person);
    }

    /// <summary>
    /// The path and query of the link in the latest email the portal wrote to this address. The portal writes the email
    /// to its pickup folder before it answers the request that sent it, so it is there once the next page shows.
    /// </summary>
    protected string LinkEmailedTo(string address)
    {
        var message = Directory.GetFiles(Portal.MailFolder, "*.eml")
            .Select(file => MimeMessage.Load(file))
            .Where(m => m.To.Mailboxes.Any(b => string.Equals(b.Address, address, StringComparison.OrdinalIgnoreCase)))
            .OrderBy(m => m.Date)
            .LastOrDefault();
        Assert.True(message is not null, $"No email was written to {address}.");
        var match = LinkPattern().Match(message.TextBody ?? "");
        Assert.True(match.Success, "No link in the email: " + message.TextBody);
        return new Uri(match.Value).PathAndQuery;
    }

    /// <summary>Follows a link that downloads a file and returns the file's text (UTF-8, without a byte order mark).</summary>
    protected async Task<(string FileName, string Text)> DownloadAsync(ILocator link)
    {
        var download = await Page.RunAndWaitForDownloadAsync(() => link.ClickAsync());
        var path = await download.PathAsync();
        var text = await File.ReadAllTextAsync(path);
        return (download.SuggestedFilename, text.TrimStart('\uFEFF'));
    }

    private static string Capitalised(string word) => word.Length == 0 ? word : char.ToUpperInvariant(word[0]) + word[1..];

    [GeneratedRegex(@"https?://\S+")]
    private static partial Regex LinkPattern();
}
