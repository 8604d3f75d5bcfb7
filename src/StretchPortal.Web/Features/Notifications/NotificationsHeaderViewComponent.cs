using Microsoft.AspNetCore.Mvc;
using StretchPortal.Web.Security;

namespace StretchPortal.Web.Features.Notifications;

/// <summary>
/// The header's "Notifications (3 unread)" link, for every signed-in person; left out of the "service unavailable" page,
/// which is shown because the database cannot be reached.
/// </summary>
public sealed class NotificationsHeaderViewComponent(NotificationListService list) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync()
    {
        if (HttpContext.Response.StatusCode == StatusCodes.Status503ServiceUnavailable)
        {
            return Content("");
        }

        var unread = await list.UnreadCountAsync(UserClaimsPrincipal.PersonId(), HttpContext.RequestAborted);
        return View("/Features/Notifications/_HeaderLink.cshtml", new NotificationsHeaderViewModel(unread));
    }
}
