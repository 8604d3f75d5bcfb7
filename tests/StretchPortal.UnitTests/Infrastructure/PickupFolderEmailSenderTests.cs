using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using MimeKit;
using Moq;
using StretchPortal.Web.Infrastructure.Email;

namespace StretchPortal.UnitTests.Infrastructure;

public sealed class PickupFolderEmailSenderTests : IDisposable
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "stretchportal-mail-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task An_email_becomes_an_eml_file_with_plain_text_and_html_bodies()
    {
        var environment = Mock.Of<IHostEnvironment>(e => e.ContentRootPath == Path.GetTempPath());
        var sender = new PickupFolderEmailSender(
            Options.Create(new EmailOptions { PickupDirectory = folder, FromAddress = "portal@example.org" }),
            environment,
            NullLogger<PickupFolderEmailSender>.Instance);

        await sender.SendAsync(new EmailMessage("amara@example.org", "Your assignment", "Plain words", "<p>HTML words</p>"));

        var file = Assert.Single(Directory.GetFiles(folder, "*.eml"));
        var message = await MimeMessage.LoadAsync(file);
        Assert.Equal("amara@example.org", message.To.Mailboxes.Single().Address);
        Assert.Equal("portal@example.org", message.From.Mailboxes.Single().Address);
        Assert.Equal("Your assignment", message.Subject);
        Assert.Contains("Plain words", message.TextBody, StringComparison.Ordinal);
        Assert.Contains("<p>HTML words</p>", message.HtmlBody, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
