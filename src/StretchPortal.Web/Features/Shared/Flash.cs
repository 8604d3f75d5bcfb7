using Microsoft.AspNetCore.Mvc;

namespace StretchPortal.Web.Features.Shared;

/// <summary>A one-off success message shown on the next page, after a redirect.</summary>
public static class FlashMessages
{
    public const string Key = "Flash";

    public static void Flash(this Controller controller, string message) => controller.TempData[Key] = message;
}
