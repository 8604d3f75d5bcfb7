using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using StretchPortal.Web.Domain;

namespace StretchPortal.Web.Features.Account;

/// <summary>Puts the person's full name in their sign-in so the header can greet them without a query,
/// and whether they use two-factor authentication.</summary>
public sealed class PersonClaims(UserManager<Person> people, RoleManager<IdentityRole> roles, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<Person, IdentityRole>(people, roles, options)
{
    public const string FullName = "full_name";

    /// <summary>Present when the person has set up an authenticator app (what the two-factor requirement for leads checks).</summary>
    public const string TwoFactor = "two_factor";

    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(Person user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(FullName, user.FullName));
        if (user.TwoFactorEnabled)
        {
            identity.AddClaim(new Claim(TwoFactor, "true"));
        }
        return identity;
    }
}
