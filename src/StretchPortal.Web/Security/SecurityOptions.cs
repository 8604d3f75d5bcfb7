namespace StretchPortal.Web.Security;

/// <summary>The "Security" settings: session limits and whether programme leads and administrators must use two-factor authentication.</summary>
public sealed class SecurityOptions
{
    public const string Section = "Security";

    /// <summary>Leads and administrators must set up an authenticator app before they can use the portal. On outside Development.</summary>
    public bool RequireTwoFactorForLeads { get; set; } = true;

    /// <summary>A session ends after this long without a request (sliding).</summary>
    public int IdleTimeoutMinutes { get; set; } = 30;

    /// <summary>A session ends this long after sign-in, however busy.</summary>
    public int AbsoluteTimeoutHours { get; set; } = 10;
}
