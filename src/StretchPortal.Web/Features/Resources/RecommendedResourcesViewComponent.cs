using Microsoft.AspNetCore.Mvc;
using StretchPortal.Web.Security;

namespace StretchPortal.Web.Features.Resources;

/// <summary>The home page's "Recommended by your coach" section: nothing at all when no coach has recommended anything.</summary>
public sealed class RecommendedResourcesViewComponent(RecommendationsService recommendations) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync()
    {
        var recommended = await recommendations.RecommendedToAsync(UserClaimsPrincipal.PersonId(), HttpContext.RequestAborted);
        return recommended.Count == 0
            ? Content("")
            : View("~/Features/Resources/_RecommendedResources.cshtml", recommended);
    }
}
