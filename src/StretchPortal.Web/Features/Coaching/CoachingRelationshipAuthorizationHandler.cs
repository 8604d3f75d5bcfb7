using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Infrastructure;
using StretchPortal.Web.Domain;
using StretchPortal.Web.Security;

namespace StretchPortal.Web.Features.Coaching;

/// <summary>
/// Who may do what with a coaching relationship. <see cref="Operations.Manage"/> (log sessions and read their private
/// notes): the coach alone. <see cref="Operations.View"/> (sessions without notes, "2 of 4"): the coach, the coachee
/// and anyone who manages coaching. <see cref="Operations.End"/>: the coach and anyone who manages coaching. Nobody
/// else: not the coachee's mentor or sponsor.
/// </summary>
public sealed class CoachingRelationshipAuthorizationHandler : AuthorizationHandler<OperationAuthorizationRequirement, CoachingRelationship>
{
    protected override Task HandleRequirementAsync(
        AuthorizationHandlerContext context, OperationAuthorizationRequirement requirement, CoachingRelationship resource)
    {
        var personId = context.User.PersonId();
        var isCoach = resource.CoachId == personId;
        var isCoachee = resource.CoacheeId == personId;
        var managesCoaching = Capabilities.Map[Capabilities.ManageCoaching].Any(context.User.IsInRole);

        var allowed = requirement.Name switch
        {
            nameof(Operations.View) => isCoach || isCoachee || managesCoaching,
            nameof(Operations.Manage) => isCoach,
            nameof(Operations.End) => isCoach || managesCoaching,
            _ => false,
        };
        if (allowed)
        {
            context.Succeed(requirement);
        }

        return Task.CompletedTask;
    }
}
