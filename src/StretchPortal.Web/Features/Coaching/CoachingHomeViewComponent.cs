using Microsoft.AspNetCore.Mvc;
using StretchPortal.Web.Security;

namespace StretchPortal.Web.Features.Coaching;

/// <summary>The home page's coaching section: a coachee's coach with "2 of 4", and a coach's coachees.</summary>
public sealed class CoachingHomeViewComponent(CoachingRelationshipsService relationships) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync()
    {
        var me = UserClaimsPrincipal.PersonId();
        var (coaches, coachees) = await relationships.BothSidesOfAsync(me, HttpContext.RequestAborted);
        return coaches.Count == 0 && coachees.Count == 0
            ? Content("")
            : View("/Features/Coaching/_CoachingHome.cshtml", new CoachingHomeSection(coaches.Where(r => r.EndedOn is null).ToList(), coachees.Where(r => r.EndedOn is null).ToList()));
    }
}

public sealed record CoachingHomeSection(IReadOnlyList<CoachingRelationshipRowViewModel> Coaches, IReadOnlyList<CoachingRelationshipRowViewModel> Coachees);
