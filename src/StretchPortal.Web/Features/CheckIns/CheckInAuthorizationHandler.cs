using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Infrastructure;
using StretchPortal.Web.Domain;
using StretchPortal.Web.Security;

namespace StretchPortal.Web.Features.CheckIns;

/// <summary>
/// Who may see and record an enrolment's check-ins, from their relationship to its mentee. The enrolment must be
/// loaded with <c>Cohort.Programme.Leads</c> (see <see cref="CheckInsService.FindEnrolmentAsync"/>). Which notes each
/// of them may read is the check-in's own rule (<see cref="CheckIn.NotesVisibleTo"/>).
/// </summary>
public sealed class CheckInAuthorizationHandler : AuthorizationHandler<OperationAuthorizationRequirement, Enrolment>
{
    protected override Task HandleRequirementAsync(
        AuthorizationHandlerContext context, OperationAuthorizationRequirement requirement, Enrolment resource)
    {
        var personId = context.User.PersonId();
        var isMentee = resource.MenteeId == personId && context.User.IsInRole(Roles.Mentee);
        var isSupporter = (resource.MentorId == personId && context.User.IsInRole(Roles.Mentor))
            || (resource.SponsorId == personId && context.User.IsInRole(Roles.Sponsor))
            || (resource.CoachId == personId && context.User.IsInRole(Roles.Coach));
        var isLead = context.User.IsInRole(Roles.ProgrammeLead)
            && (resource.Cohort?.Programme ?? throw new InvalidOperationException("Load the programme's leads before authorizing."))
                .IsLedBy(personId);

        var allowed = requirement.Name switch
        {
            nameof(CheckInOperations.View) => isMentee || isSupporter || isLead,
            nameof(CheckInOperations.Record) => isMentee || isSupporter,
            _ => false,
        };
        if (allowed)
        {
            context.Succeed(requirement);
        }

        return Task.CompletedTask;
    }
}
