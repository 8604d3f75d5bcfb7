using Microsoft.Extensions.Options;

namespace StretchPortal.Web.Infrastructure.Email;

/// <summary>Writes each email as an .eml file, so that registration and password reset work with no mail server.</summary>
public sealed partial class PickupFolderEmailSender(
    IOptions<EmailOptions> options,
    IHostEnvironment environment,
    ILogger<PickupFolderEmailSender> logger) : IEmailSender
{
    public string Directory => Path.GetFullPath(options.Value.PickupDirectory, environment.ContentRootPath);

    public async Task SendAsync(EmailMessage message, CancellationToken cancellationToken = default)
    {
        System.IO.Directory.CreateDirectory(Directory);
        var mime = MimeMessages.Build(message, options.Value);
        var path = Path.Combine(Directory, $"{DateTime.UtcNow:yyyyMMddHHmmssfff}-{Guid.NewGuid():N}.eml");
        await mime.WriteToAsync(path, cancellationToken);
        LogWritten(logger, Path.GetFileName(path));
    }

    [LoggerMessage(LogLevel.Information, "Email written to pickup folder as {FileName}")]
    private static partial void LogWritten(ILogger logger, string fileName);
}
