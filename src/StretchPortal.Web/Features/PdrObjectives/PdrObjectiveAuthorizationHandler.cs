using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Infrastructure;
using StretchPortal.Web.Domain;
using StretchPortal.Web.Security;

namespace StretchPortal.Web.Features.PdrObjectives;

/// <summary>A PDR objective is its owner's alone: only they may see or change it.</summary>
public sealed class PdrObjectiveAuthorizationHandler : AuthorizationHandler<OperationAuthorizationRequirement, PdrObjective>
{
    protected override Task HandleRequirementAsync(
        AuthorizationHandlerContext context, OperationAuthorizationRequirement requirement, PdrObjective resource)
    {
        var personId = context.User.FindFirstValue(ClaimTypes.NameIdentifier);
        if (requirement.Name is nameof(Operations.View) or nameof(Operations.Manage)
            && personId is not null && resource.PersonId == personId)
        {
            context.Succeed(requirement);
        }

        return Task.CompletedTask;
    }
}
