using Microsoft.AspNetCore.Mvc;

namespace StretchPortal.Web.Features.Home;

/// <summary>Each person's home page, made of a section for every role they hold.</summary>
public sealed class HomeController(HomeService home) : Controller
{
    [HttpGet]
    public async Task<IActionResult> Index() =>
        View(await home.BuildAsync(User, HttpContext.RequestAborted));
}
