using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace StretchPortal.Web.Features.Errors;

/// <summary>Friendly pages for refusals, missing pages and failures; never a stack trace.</summary>
[AllowAnonymous]
[IgnoreAntiforgeryToken]
[Route("Errors")]
public sealed class ErrorsController : Controller
{
    [Route("{code:int}")]
    public IActionResult Status(int code)
    {
        Response.StatusCode = code is >= 400 and < 600 ? code : StatusCodes.Status500InternalServerError;
        return code switch
        {
            StatusCodes.Status403Forbidden => View("Forbidden"),
            StatusCodes.Status404NotFound => View("NotFound"),
            StatusCodes.Status503ServiceUnavailable => View("Unavailable"),
            >= 500 => View("Problem"),
            _ => View("Problem"),
        };
    }
}
