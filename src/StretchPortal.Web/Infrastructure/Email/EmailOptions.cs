namespace StretchPortal.Web.Infrastructure.Email;

/// <summary>The "Email" configuration section. With no SMTP host, mail is written to the pickup folder.</summary>
public sealed class EmailOptions
{
    public string FromAddress { get; set; } = "no-reply@stretchportal.example.org";

    public string FromName { get; set; } = "StretchPortal";

    /// <summary>Where .eml files go when no SMTP host is set; relative paths are under the app's content root.</summary>
    public string PickupDirectory { get; set; } = "App_Data/mail";

    /// <summary>The portal's address as people reach it, for links in emails sent outside a request (reminders).</summary>
    public Uri PortalBaseUrl { get; set; } = new("http://localhost:5026/");

    public SmtpOptions Smtp { get; set; } = new();
}

public sealed class SmtpOptions
{
    public string? Host { get; set; }

    public int Port { get; set; } = 587;

    public bool UseStartTls { get; set; } = true;

    public string? UserName { get; set; }

    public string? Password { get; set; }
}
