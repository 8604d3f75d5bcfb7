using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Infrastructure;
using StretchPortal.Web.Domain;
using StretchPortal.Web.Security;

namespace StretchPortal.Web.Features.Programmes;

/// <summary>
/// A programme, its cohorts and its enrolments may be seen and managed by its own leads, while they hold the
/// <see cref="Capabilities.ManageProgrammes"/> capability. The programme must be loaded with its leads.
/// </summary>
public sealed class ProgrammeAuthorizationHandler : AuthorizationHandler<OperationAuthorizationRequirement, Programme>
{
    protected override Task HandleRequirementAsync(
        AuthorizationHandlerContext context, OperationAuthorizationRequirement requirement, Programme resource)
    {
        var personId = context.User.FindFirstValue(ClaimTypes.NameIdentifier);
        var mayManageProgrammes = Capabilities.Map[Capabilities.ManageProgrammes].Any(context.User.IsInRole);
        if (requirement.Name is nameof(Operations.View) or nameof(Operations.Manage)
            && personId is not null && mayManageProgrammes && resource.IsLedBy(personId))
        {
            context.Succeed(requirement);
        }

        return Task.CompletedTask;
    }
}
