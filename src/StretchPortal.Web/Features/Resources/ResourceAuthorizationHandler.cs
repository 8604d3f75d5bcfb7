using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Infrastructure;
using StretchPortal.Web.Domain;
using StretchPortal.Web.Security;

namespace StretchPortal.Web.Features.Resources;

/// <summary>
/// Who may do what with a resource: curators (<see cref="Capabilities.CurateResources"/>) see and manage all of them;
/// everyone else sees what is in the library and meant for one of their roles; a coach may recommend to a coachee what
/// is meant for mentees or everyone.
/// </summary>
public sealed class ResourceAuthorizationHandler : AuthorizationHandler<OperationAuthorizationRequirement, Resource>
{
    protected override Task HandleRequirementAsync(
        AuthorizationHandlerContext context, OperationAuthorizationRequirement requirement, Resource resource)
    {
        var user = context.User;
        var curator = Capabilities.Map[Capabilities.CurateResources].Any(user.IsInRole);
        var meantForThem = !resource.IsArchived && ResourcesService.AudiencesFor(user).Contains(resource.Audience);
        var allowed = requirement.Name switch
        {
            nameof(Operations.View) => curator || meantForThem,
            nameof(Operations.Manage) => curator,
            nameof(ResourceOperations.Recommend) => user.IsInRole(Roles.Coach) && resource.MayBeRecommendedToACoachee().Succeeded,
            _ => false,
        };
        if (allowed)
        {
            context.Succeed(requirement);
        }

        return Task.CompletedTask;
    }
}

public static class ResourceOperations
{
    /// <summary>Recommend the resource to a coachee: a coach, for what is meant for mentees or everyone.</summary>
    public static OperationAuthorizationRequirement Recommend { get; } = new() { Name = nameof(Recommend) };
}
