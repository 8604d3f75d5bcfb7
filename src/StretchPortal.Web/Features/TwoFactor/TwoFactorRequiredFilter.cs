using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.Extensions.Options;
using StretchPortal.Web.Features.Account;
using StretchPortal.Web.Security;

namespace StretchPortal.Web.Features.TwoFactor;

/// <summary>
/// When <see cref="SecurityOptions.RequireTwoFactorForLeads"/> is on, a programme lead or administrator who has not
/// set up an authenticator app reaches nothing but the set-up pages (and sign-out) until they have.
/// </summary>
public sealed class TwoFactorRequiredFilter(IOptions<SecurityOptions> options) : IAuthorizationFilter
{
    public void OnAuthorization(AuthorizationFilterContext context)
    {
        var user = context.HttpContext.User;
        if (!options.Value.RequireTwoFactorForLeads
            || user.Identity?.IsAuthenticated != true
            || !(user.IsInRole(Roles.ProgrammeLead) || user.IsInRole(Roles.Administrator))
            || user.HasClaim(c => c.Type == PersonClaims.TwoFactor)
            || context.ActionDescriptor.EndpointMetadata.Any(m => m is AllowAnonymousAttribute or AllowedBeforeTwoFactorAttribute))
        {
            return;
        }

        context.Result = new RedirectToActionResult(nameof(TwoFactorController.Setup), "TwoFactor", null);
    }
}

/// <summary>Marks what a lead or administrator may use before they have set up two-factor authentication.</summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method)]
public sealed class AllowedBeforeTwoFactorAttribute : Attribute;
