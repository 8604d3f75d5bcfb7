using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using StretchPortal.Web.Features.Shared;
using StretchPortal.Web.Infrastructure.Web;
using StretchPortal.Web.Security;

namespace StretchPortal.Web.Features.Notifications;

/// <summary>
/// A person's own notifications: the list (newest first), opening one (which marks it read and goes to its page),
/// marking all read, and choosing which emails they get. Everything is keyed by the signed-in person: another
/// person's notification is 404.
/// </summary>
public sealed partial class NotificationsController(NotificationListService list, ILogger<NotificationsController> logger) : Controller
{
    private CancellationToken Aborted => HttpContext.RequestAborted;

    [HttpGet]
    public async Task<IActionResult> Index(int page = 1) => View(await list.PageAsync(User.PersonId(), page, Aborted));

    [HttpPost("/Notifications/Open/{id:guid}")]
    public async Task<IActionResult> Open(Guid id)
    {
        var link = await list.OpenAsync(id, User.PersonId(), Aborted);
        if (link is null)
        {
            LogNotFound(logger, User.PersonId(), id);
            return NotFound();
        }

        if (!Url.IsLocalUrl(link))
        {
            // Links are made by the portal as local paths; anything else is refused rather than followed.
            LogNotLocal(logger, id);
            this.Flash("This notification has no page in StretchPortal to open.");
            return RedirectToAction(nameof(Index));
        }

        return LocalRedirect(link);
    }

    [HttpPost]
    public async Task<IActionResult> MarkAllRead()
    {
        var marked = await list.MarkAllReadAsync(User.PersonId(), Aborted);
        this.Flash(marked == 1 ? "1 notification marked as read." : $"{marked} notifications marked as read.");
        return RedirectToAction(nameof(Index));
    }

    [HttpGet]
    public async Task<IActionResult> Preferences() => View(await list.PreferencesAsync(User.PersonId(), Aborted));

    [HttpPost]
    public async Task<IActionResult> Preferences(ChooseEmailsForm form, [FromServices] IValidator<ChooseEmailsForm> validator)
    {
        if (!await ModelState.IsValidAsync(validator, form, Aborted))
        {
            return View(form);
        }

        var outcome = await list.SavePreferencesAsync(User.PersonId(), form, Aborted);
        if (!outcome.Succeeded)
        {
            ModelState.AddModelError("", outcome.Refusal!);
            return View(form);
        }

        LogPreferences(logger, User.PersonId());
        this.Flash("Your email preferences have been saved.");
        return RedirectToAction(nameof(Preferences));
    }

    [LoggerMessage(LogLevel.Warning, "Person {PersonId} tried to open notification {NotificationId}, which is missing or not theirs")]
    private static partial void LogNotFound(ILogger logger, string personId, Guid notificationId);

    [LoggerMessage(LogLevel.Warning, "Notification {NotificationId} has a link that is not a local path; not followed")]
    private static partial void LogNotLocal(ILogger logger, Guid notificationId);

    [LoggerMessage(LogLevel.Information, "Person {PersonId} changed their email preferences")]
    private static partial void LogPreferences(ILogger logger, string personId);
}
