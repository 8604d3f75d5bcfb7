using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using StretchPortal.Web.Domain;

namespace StretchPortal.Web.Features.Account;

/// <summary>Identity's sign-in manager, refusing people whose account an administrator has deactivated.</summary>
public sealed class PersonSignInManager(
    UserManager<Person> userManager,
    IHttpContextAccessor contextAccessor,
    IUserClaimsPrincipalFactory<Person> claimsFactory,
    IOptions<IdentityOptions> optionsAccessor,
    ILogger<SignInManager<Person>> logger,
    IAuthenticationSchemeProvider schemes,
    IUserConfirmation<Person> confirmation)
    : SignInManager<Person>(userManager, contextAccessor, claimsFactory, optionsAccessor, logger, schemes, confirmation)
{
    public override async Task<bool> CanSignInAsync(Person user) => user.IsActive && await base.CanSignInAsync(user);
}
