using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Infrastructure;
using StretchPortal.Web.Domain;
using StretchPortal.Web.Security;

namespace StretchPortal.Web.Features.Assignments;

/// <summary>
/// Who may draft a stretch assignment for an enrolment: its own mentee, holding the mentee role, while the enrolment
/// is active. (<see cref="AssignmentAuthorizationHandler"/> decides everything about an assignment once it exists.)
/// </summary>
public sealed class AssignmentDraftingAuthorizationHandler
    : AuthorizationHandler<OperationAuthorizationRequirement, Enrolment>
{
    /// <summary>Draft a new assignment for the enrolment.</summary>
    public static OperationAuthorizationRequirement Draft { get; } = new() { Name = "DraftAssignment" };

    protected override Task HandleRequirementAsync(
        AuthorizationHandlerContext context, OperationAuthorizationRequirement requirement, Enrolment resource)
    {
        if (requirement.Name == Draft.Name
            && resource.Status == EnrolmentStatus.Active
            && resource.MenteeId == context.User.PersonId()
            && context.User.IsInRole(Roles.Mentee))
        {
            context.Succeed(requirement);
        }

        return Task.CompletedTask;
    }
}
