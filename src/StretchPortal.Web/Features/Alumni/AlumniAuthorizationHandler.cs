using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Infrastructure;
using StretchPortal.Web.Security;

namespace StretchPortal.Web.Features.Alumni;

/// <summary>A programme's alumni community as authorization sees it: the programme with its leads, and whether the person is one of its alumni.</summary>
public sealed record AlumniCommunity(Domain.Programme Programme, bool IsAlumnus);

/// <summary>
/// A programme's alumni and its leads see its directory and posts; only its leads (holding
/// <see cref="Capabilities.ManageProgrammes"/>) post news and welcome completed mentees to the alumni.
/// </summary>
public sealed class AlumniAuthorizationHandler : AuthorizationHandler<OperationAuthorizationRequirement, AlumniCommunity>
{
    protected override Task HandleRequirementAsync(
        AuthorizationHandlerContext context, OperationAuthorizationRequirement requirement, AlumniCommunity resource)
    {
        var isLead = Capabilities.Map[Capabilities.ManageProgrammes].Any(context.User.IsInRole)
            && resource.Programme.IsLedBy(context.User.PersonId());
        var allowed = requirement.Name switch
        {
            nameof(Operations.View) => isLead || resource.IsAlumnus,
            nameof(Operations.Manage) => isLead,
            _ => false,
        };
        if (allowed)
        {
            context.Succeed(requirement);
        }

        return Task.CompletedTask;
    }
}
