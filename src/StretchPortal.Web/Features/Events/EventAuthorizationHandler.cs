using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Infrastructure;
using StretchPortal.Web.Security;

namespace StretchPortal.Web.Features.Events;

/// <summary>
/// A programme's event (a celebration event or a facilitated session) as authorization sees it: the programme, loaded
/// with its leads, and whether the person takes part (from <see cref="EventsService"/>).
/// </summary>
public sealed record ProgrammeEvent(Domain.Programme Programme, bool TakesPart);

/// <summary>
/// Who may see and manage a programme's events: its own leads (holding <see cref="Capabilities.ManageProgrammes"/>)
/// manage them; the people who take part see them.
/// </summary>
public sealed class EventAuthorizationHandler : AuthorizationHandler<OperationAuthorizationRequirement, ProgrammeEvent>
{
    protected override Task HandleRequirementAsync(
        AuthorizationHandlerContext context, OperationAuthorizationRequirement requirement, ProgrammeEvent resource)
    {
        var personId = context.User.PersonId();
        var isLead = Capabilities.Map[Capabilities.ManageProgrammes].Any(context.User.IsInRole) && resource.Programme.IsLedBy(personId);
        var allowed = requirement.Name switch
        {
            nameof(Operations.Manage) => isLead,
            nameof(Operations.View) => isLead || resource.TakesPart,
            _ => false,
        };
        if (allowed)
        {
            context.Succeed(requirement);
        }

        return Task.CompletedTask;
    }
}
