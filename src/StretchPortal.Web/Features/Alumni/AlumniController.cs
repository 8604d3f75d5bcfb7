using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using StretchPortal.Web.Features.Shared;
using StretchPortal.Web.Infrastructure.Web;
using StretchPortal.Web.Security;

namespace StretchPortal.Web.Features.Alumni;

/// <summary>
/// The alumni community: alumni and leads see the directory of alumni who opted in and the news and events leads
/// post; an alum opts in or out; a lead posts and welcomes completed mentees to the alumni, for their own programmes
/// (<see cref="AlumniAuthorizationHandler"/>).
/// </summary>
public sealed partial class AlumniController(
    AlumniService alumni,
    AlumniPostsService posts,
    IAuthorizationService authorization,
    ILogger<AlumniController> logger) : Controller
{
    private CancellationToken Aborted => HttpContext.RequestAborted;

    [HttpGet]
    public async Task<IActionResult> Index()
    {
        var mayManage = (await authorization.AuthorizeAsync(User, Capabilities.ManageProgrammes)).Succeeded;
        var page = await alumni.IndexAsync(User.PersonId(), mayManage, Aborted);
        return page is null ? Forbid() : View(page);
    }

    [HttpGet]
    public async Task<IActionResult> Profile()
    {
        var enrolment = await alumni.FindAlumniEnrolmentAsync(User.PersonId(), Aborted);
        return enrolment is null ? Forbid() : View(await alumni.ProfileFormAsync(enrolment, null, Aborted));
    }

    [HttpPost]
    public async Task<IActionResult> Profile(AlumniProfileForm form, [FromServices] IValidator<AlumniProfileForm> validator)
    {
        var enrolment = await alumni.FindAlumniEnrolmentAsync(User.PersonId(), Aborted);
        if (enrolment is null)
        {
            return Forbid();
        }

        if (!await ModelState.IsValidAsync(validator, form, Aborted))
        {
            return View(await alumni.ProfileFormAsync(enrolment, form, Aborted));
        }

        var result = await alumni.OptInAsync(enrolment, form, Aborted);
        if (!result.Succeeded)
        {
            ModelState.AddFormErrors(result);
            var fresh = await alumni.FindAlumniEnrolmentAsync(User.PersonId(), Aborted);
            return fresh is null ? Forbid() : View(await alumni.ProfileFormAsync(fresh, form, Aborted));
        }

        LogListed(logger, User.PersonId(), result.Id!.Value);
        this.Flash("Your entry in the alumni directory is saved.");
        return RedirectToAction(nameof(Index));
    }

    [HttpPost]
    public async Task<IActionResult> OptOut(JoinAlumniForm form)
    {
        var enrolment = await alumni.FindAlumniEnrolmentAsync(User.PersonId(), Aborted);
        if (enrolment is null)
        {
            return Forbid();
        }

        var result = await alumni.OptOutAsync(enrolment, form.Version, Aborted);
        if (!result.Succeeded)
        {
            ModelState.AddFormErrors(result);
            var fresh = await alumni.FindAlumniEnrolmentAsync(User.PersonId(), Aborted);
            return fresh is null ? Forbid() : View(nameof(Profile), await alumni.ProfileFormAsync(fresh, null, Aborted));
        }

        LogUnlisted(logger, User.PersonId(), result.Id!.Value);
        this.Flash("You have left the alumni directory.");
        return RedirectToAction(nameof(Index));
    }

    [HttpGet]
    [Authorize(Policy = Capabilities.ManageProgrammes)]
    public async Task<IActionResult> Post() =>
        View(await WithProgrammes(new AlumniPostForm()));

    [HttpPost]
    [Authorize(Policy = Capabilities.ManageProgrammes)]
    public async Task<IActionResult> Post(AlumniPostForm form, [FromServices] IValidator<AlumniPostForm> validator)
    {
        if (!await ModelState.IsValidAsync(validator, form, Aborted))
        {
            return View(await WithProgrammes(form));
        }

        var programme = await posts.FindProgrammeAsync(form.ProgrammeId, Aborted);
        if (programme is null)
        {
            ModelState.AddModelError(nameof(form.ProgrammeId), "Choose a programme from the list");
            return View(await WithProgrammes(form));
        }

        if (!await MayAsync(new AlumniCommunity(programme, false), Operations.Manage, programme.Id))
        {
            return Forbid();
        }

        var result = await posts.PostAsync(programme, form, User.PersonId(), Aborted);
        LogPosted(logger, User.PersonId(), result.Id!.Value, programme.Id);
        this.Flash("Posted to the programme's alumni.");
        return RedirectToAction(nameof(Index));
    }

    [HttpGet]
    [Authorize(Policy = Capabilities.ManageProgrammes)]
    public async Task<IActionResult> Members(Guid id)
    {
        var programme = await posts.FindProgrammeAsync(id, Aborted);
        if (programme is null)
        {
            return NotFound();
        }

        if (!await MayAsync(new AlumniCommunity(programme, false), Operations.Manage, programme.Id))
        {
            return Forbid();
        }

        return View(await posts.MembersAsync(programme, Aborted));
    }

    [HttpPost]
    [Authorize(Policy = Capabilities.ManageProgrammes)]
    public async Task<IActionResult> Join(Guid id, JoinAlumniForm form)
    {
        var enrolment = await posts.FindEnrolmentAsync(id, Aborted);
        if (enrolment is null)
        {
            return NotFound();
        }

        var programme = enrolment.Cohort!.Programme!;
        if (!await MayAsync(new AlumniCommunity(programme, false), Operations.Manage, programme.Id))
        {
            return Forbid();
        }

        var result = await posts.JoinAsync(enrolment, form, Aborted);
        if (!result.Succeeded)
        {
            ModelState.AddFormErrors(result);
            var fresh = await posts.FindProgrammeAsync(programme.Id, Aborted);
            return fresh is null ? NotFound() : View(nameof(Members), await posts.MembersAsync(fresh, Aborted));
        }

        LogJoined(logger, User.PersonId(), enrolment.Id);
        this.Flash("Welcomed to the alumni. They can now opt in to the directory.");
        return RedirectToAction(nameof(Members), new { id = programme.Id });
    }

    private async Task<AlumniPostForm> WithProgrammes(AlumniPostForm form)
    {
        form.Programmes = await posts.ProgrammeOptionsAsync(User.PersonId(), Aborted);
        return form;
    }

    private async Task<bool> MayAsync(AlumniCommunity community, OperationAuthorizationRequirement operation, Guid programmeId)
    {
        var allowed = (await authorization.AuthorizeAsync(User, community, operation)).Succeeded;
        if (!allowed)
        {
            LogRefused(logger, User.PersonId(), operation.Name, programmeId);
        }

        return allowed;
    }

    [LoggerMessage(LogLevel.Information, "Person {PersonId} listed alumni profile {ProfileId}")]
    private static partial void LogListed(ILogger logger, string personId, Guid profileId);

    [LoggerMessage(LogLevel.Information, "Person {PersonId} unlisted alumni profile {ProfileId}")]
    private static partial void LogUnlisted(ILogger logger, string personId, Guid profileId);

    [LoggerMessage(LogLevel.Information, "Person {PersonId} posted {PostId} to the alumni of programme {ProgrammeId}")]
    private static partial void LogPosted(ILogger logger, string personId, Guid postId, Guid programmeId);

    [LoggerMessage(LogLevel.Information, "Person {PersonId} welcomed enrolment {EnrolmentId} to the alumni")]
    private static partial void LogJoined(ILogger logger, string personId, Guid enrolmentId);

    [LoggerMessage(LogLevel.Warning, "Person {PersonId} was refused {Operation} on the alumni of programme {ProgrammeId}")]
    private static partial void LogRefused(ILogger logger, string personId, string operation, Guid programmeId);
}
