using System.Security.Claims;

namespace StretchPortal.Web.Security;

public static class ClaimsPrincipalExtensions
{
    /// <summary>The signed-in person's id (their Identity user id).</summary>
    public static string PersonId(this ClaimsPrincipal user) =>
        user.FindFirstValue(ClaimTypes.NameIdentifier)
        ?? throw new InvalidOperationException("The request has no signed-in person.");
}
