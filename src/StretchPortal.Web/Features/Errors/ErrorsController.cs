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
    public IActionResult Status()
    {
        // The code is read from the route, with no model binding: binding reads the request's form, and a re-executed
        // request may carry a form that cannot be read (the reason for its 400), which turned the 400 into a 500.
        var code = Convert.ToInt32(RouteData.Values["code"], System.Globalization.CultureInfo.InvariantCulture);
        Response.StatusCode = code is >= 400 and < 600 ? code : StatusCodes.Status500InternalServerError;

        return code switch
        {
            StatusCodes.Status400BadRequest or StatusCodes.Status413PayloadTooLarge => View("BadRequest"),
            StatusCodes.Status403Forbidden => View("Forbidden"),
            StatusCodes.Status404NotFound => View("NotFound"),
            StatusCodes.Status503ServiceUnavailable => View("Unavailable"),
            >= 500 => View("Problem"),
            _ => View("Problem"),
        };
    }
}
