using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Infrastructure;
using StretchPortal.Web.Domain;
using StretchPortal.Web.Security;

namespace StretchPortal.Web.Features.Opportunities;

/// <summary>
/// Anyone signed in may view an opportunity once it is published; drafts, changes and selection are for people who
/// hold <see cref="Capabilities.ManageOpportunities"/> (programme leads and administrators).
/// </summary>
public sealed class OpportunityAuthorizationHandler : AuthorizationHandler<OperationAuthorizationRequirement, Opportunity>
{
    protected override Task HandleRequirementAsync(
        AuthorizationHandlerContext context, OperationAuthorizationRequirement requirement, Opportunity resource)
    {
        var mayManage = MayManageOpportunities(context.User);
        var allowed = requirement.Name switch
        {
            nameof(Operations.View) => mayManage || resource.Status != OpportunityStatus.Draft,
            nameof(Operations.Manage) => mayManage,
            _ => false,
        };
        if (allowed && context.User.FindFirstValue(ClaimTypes.NameIdentifier) is not null)
        {
            context.Succeed(requirement);
        }

        return Task.CompletedTask;
    }

    public static bool MayManageOpportunities(ClaimsPrincipal user) =>
        Capabilities.Map[Capabilities.ManageOpportunities].Any(user.IsInRole);
}

/// <summary>
/// An expression of interest is its author's: only they may withdraw it (Manage). Its statement may be read (View)
/// by its author and by people who select candidates.
/// </summary>
public sealed class ExpressionOfInterestAuthorizationHandler
    : AuthorizationHandler<OperationAuthorizationRequirement, ExpressionOfInterest>
{
    protected override Task HandleRequirementAsync(
        AuthorizationHandlerContext context, OperationAuthorizationRequirement requirement, ExpressionOfInterest resource)
    {
        var personId = context.User.FindFirstValue(ClaimTypes.NameIdentifier);
        var isAuthor = personId is not null && resource.PersonId == personId;
        var allowed = requirement.Name switch
        {
            nameof(Operations.View) => isAuthor || OpportunityAuthorizationHandler.MayManageOpportunities(context.User),
            nameof(Operations.Manage) => isAuthor,
            _ => false,
        };
        if (allowed)
        {
            context.Succeed(requirement);
        }

        return Task.CompletedTask;
    }
}
