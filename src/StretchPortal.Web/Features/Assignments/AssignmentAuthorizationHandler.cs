using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Infrastructure;
using StretchPortal.Web.Domain;
using StretchPortal.Web.Security;

namespace StretchPortal.Web.Features.Assignments;

/// <summary>
/// Who may do what to an assignment, from their relationship to its mentee. The assignment must be loaded with
/// <c>Enrolment.Cohort.Programme.Leads</c> (see <see cref="AssignmentQueries.ForAuthorization"/>).
/// </summary>
public sealed class AssignmentAuthorizationHandler
    : AuthorizationHandler<OperationAuthorizationRequirement, StretchAssignment>
{
    protected override Task HandleRequirementAsync(
        AuthorizationHandlerContext context, OperationAuthorizationRequirement requirement, StretchAssignment resource)
    {
        var enrolment = resource.Enrolment
            ?? throw new InvalidOperationException("Load the assignment's enrolment before authorizing it.");
        var personId = context.User.PersonId();
        var isMentee = enrolment.MenteeId == personId && context.User.IsInRole(Roles.Mentee);
        var isMentor = enrolment.MentorId == personId && context.User.IsInRole(Roles.Mentor);
        var isSponsor = enrolment.SponsorId == personId && context.User.IsInRole(Roles.Sponsor);
        var isCoach = enrolment.CoachId == personId && context.User.IsInRole(Roles.Coach);
        var isLead = context.User.IsInRole(Roles.ProgrammeLead)
            && (enrolment.Cohort?.Programme ?? throw new InvalidOperationException("Load the programme's leads before authorizing."))
                .IsLedBy(personId);

        var allowed = requirement.Name switch
        {
            nameof(AssignmentOperations.View) => isMentee || isMentor || isSponsor || isCoach || isLead,
            nameof(AssignmentOperations.Deliver) => isMentee,
            nameof(AssignmentOperations.Decide) => isMentor,
            nameof(AssignmentOperations.Withdraw) => isMentee || isLead,
            nameof(AssignmentOperations.Present) => isLead,
            _ => false,
        };
        if (allowed)
        {
            context.Succeed(requirement);
        }

        return Task.CompletedTask;
    }
}
