using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace StretchPortal.Web.Features.Help;

/// <summary>The privacy notice and accessibility statement, open to everyone.</summary>
[AllowAnonymous]
public sealed class HelpController : Controller
{
    [HttpGet]
    public IActionResult Privacy() => View();

    [HttpGet]
    public IActionResult Accessibility() => View();
}
