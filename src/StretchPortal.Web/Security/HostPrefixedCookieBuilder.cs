namespace StretchPortal.Web.Security;

/// <summary>
/// A cookie that is named <c>__Host-&lt;name&gt;</c> and marked Secure whenever the request came over HTTPS (always in
/// production), and keeps its plain name over HTTP, so that the plain-HTTP run on loopback keeps working. The
/// <c>__Host-</c> prefix makes the browser refuse the cookie unless it is Secure, has Path=/ and no Domain, so no other
/// site or subdomain can set or overwrite it. The name is read per request by the cookie and anti-forgery handlers.
/// </summary>
public sealed class HostPrefixedCookieBuilder(IHttpContextAccessor http) : CookieBuilder
{
    public const string Prefix = "__Host-";

    public override string? Name
    {
        get => http.HttpContext?.Request.IsHttps == true ? Prefix + base.Name : base.Name;
        set => base.Name = value is not null && value.StartsWith(Prefix, StringComparison.Ordinal) ? value[Prefix.Length..] : value;
    }

    /// <summary>A builder with the portal's settings for every cookie it issues: HttpOnly, SameSite, Path=/, no Domain, Secure over HTTPS.</summary>
    public static HostPrefixedCookieBuilder For(string name, IHttpContextAccessor http, SameSiteMode sameSite) => new(http)
    {
        Name = name,
        HttpOnly = true,
        SameSite = sameSite,
        SecurePolicy = CookieSecurePolicy.SameAsRequest,
        Path = "/",
        IsEssential = true,
    };
}
