using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using StretchPortal.Web.Security;

namespace StretchPortal.Web.Features.Privacy;

/// <summary>The privacy notice (open to everyone) and a person's download of all the data held about them.</summary>
public sealed class PrivacyController(PrivacyService privacy, IConfiguration configuration) : Controller
{
    [HttpGet]
    [AllowAnonymous]
    public IActionResult Index() => View(new PrivacyNoticeViewModel(Contact(configuration)));

    [HttpGet]
    public IActionResult MyData() => View();

    /// <summary>The JSON file. A GET: it changes nothing but the audit trail, which records the download.</summary>
    [HttpGet]
    public async Task<IActionResult> Download()
    {
        var file = await privacy.MyDataAsync(User.PersonId(), HttpContext.RequestAborted);
        return File(file, "application/json", "my-stretchportal-data.json");
    }

    public static string Contact(IConfiguration configuration) =>
        configuration["Privacy:Contact"] is { Length: > 0 } contact ? contact : "the data protection officer of your organisation";
}

public sealed record PrivacyNoticeViewModel(string Contact);
