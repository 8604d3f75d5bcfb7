using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using StretchPortal.Web.Domain;
using StretchPortal.Web.Features.Shared;
using StretchPortal.Web.Infrastructure.Web;
using StretchPortal.Web.Security;

namespace StretchPortal.Web.Features.Programmes;

/// <summary>
/// Programme leads set up their programmes: list, create, see, edit, and add co-leads. Pages about one programme are
/// decided by <see cref="ProgrammeAuthorizationHandler"/> (its own leads, holding the capability): a missing
/// programme is 404 for every signed-in person, someone else's is 403.
/// </summary>
public sealed partial class ProgrammesController(
    ProgrammesService programmes,
    IAuthorizationService authorization,
    ILogger<ProgrammesController> logger) : Controller
{
    [HttpGet]
    [Authorize(Policy = Capabilities.ManageProgrammes)]
    public async Task<IActionResult> Index() =>
        View(await programmes.ListLedByAsync(User.PersonId(), HttpContext.RequestAborted));

    [HttpGet]
    public async Task<IActionResult> Details(Guid id)
    {
        var programme = await programmes.FindAsync(id, HttpContext.RequestAborted);
        if (programme is null)
        {
            return NotFound();
        }

        if (!await MayManage(programme))
        {
            return Forbid();
        }

        return View(await programmes.DetailsAsync(id, HttpContext.RequestAborted));
    }

    [HttpGet]
    [Authorize(Policy = Capabilities.ManageProgrammes)]
    public async Task<IActionResult> Create() =>
        View(await WithOptions(new CreateProgrammeForm(), current: null));

    [HttpPost]
    [Authorize(Policy = Capabilities.ManageProgrammes)]
    public async Task<IActionResult> Create(CreateProgrammeForm form, [FromServices] IValidator<CreateProgrammeForm> validator)
    {
        if (!await ModelState.IsValidAsync(validator, form, HttpContext.RequestAborted))
        {
            return View(await WithOptions(form, current: null));
        }

        var result = await programmes.CreateAsync(form, User.PersonId(), HttpContext.RequestAborted);
        if (!result.Succeeded)
        {
            ModelState.AddFormErrors(result);
            return View(await WithOptions(form, current: null));
        }

        LogCreated(logger, User.PersonId(), result.Id!.Value);
        this.Flash("Programme created. Add its first cohort when you are ready.");
        return RedirectToAction(nameof(Details), new { id = result.Id });
    }

    [HttpGet]
    public async Task<IActionResult> Edit(Guid id)
    {
        var programme = await programmes.FindAsync(id, HttpContext.RequestAborted);
        if (programme is null)
        {
            return NotFound();
        }

        if (!await MayManage(programme))
        {
            return Forbid();
        }

        return View(await WithOptions(ProgrammesService.EditForm(programme), programme.OrganisationId));
    }

    [HttpPost]
    public async Task<IActionResult> Edit(Guid id, EditProgrammeForm form, [FromServices] IValidator<EditProgrammeForm> validator)
    {
        var programme = await programmes.FindAsync(id, HttpContext.RequestAborted);
        if (programme is null)
        {
            return NotFound();
        }

        if (!await MayManage(programme))
        {
            return Forbid();
        }

        form.SavedName = programme.Name;
        if (!await ModelState.IsValidAsync(validator, form, HttpContext.RequestAborted))
        {
            return View(await WithOptions(form, programme.OrganisationId));
        }

        var result = await programmes.EditAsync(programme, form, HttpContext.RequestAborted);
        if (!result.Succeeded)
        {
            ModelState.AddFormErrors(result);
            form.Version = programme.Version;
            form.SavedName = programme.Name;
            return View(await WithOptions(form, programme.OrganisationId));
        }

        LogEdited(logger, User.PersonId(), programme.Id);
        this.Flash("Programme saved.");
        return RedirectToAction(nameof(Details), new { id });
    }

    [HttpGet]
    public async Task<IActionResult> AddLead(Guid id)
    {
        var programme = await programmes.FindAsync(id, HttpContext.RequestAborted);
        if (programme is null)
        {
            return NotFound();
        }

        if (!await MayManage(programme))
        {
            return Forbid();
        }

        return View(new AddLeadForm { ProgrammeName = programme.Name });
    }

    [HttpPost]
    public async Task<IActionResult> AddLead(Guid id, AddLeadForm form, [FromServices] IValidator<AddLeadForm> validator)
    {
        var programme = await programmes.FindAsync(id, HttpContext.RequestAborted);
        if (programme is null)
        {
            return NotFound();
        }

        if (!await MayManage(programme))
        {
            return Forbid();
        }

        form.ProgrammeName = programme.Name;
        if (!await ModelState.IsValidAsync(validator, form, HttpContext.RequestAborted))
        {
            return View(form);
        }

        var result = await programmes.AddLeadAsync(programme, form, HttpContext.RequestAborted);
        if (!result.Succeeded)
        {
            ModelState.AddFormErrors(result);
            return View(form);
        }

        LogLeadAdded(logger, User.PersonId(), programme.Id);
        this.Flash("Co-lead added. They can now manage this programme.");
        return RedirectToAction(nameof(Details), new { id });
    }

    private async Task<bool> MayManage(Programme programme)
    {
        var allowed = (await authorization.AuthorizeAsync(User, programme, Operations.Manage)).Succeeded;
        if (!allowed)
        {
            LogRefused(logger, User.PersonId(), programme.Id);
        }

        return allowed;
    }

    private async Task<T> WithOptions<T>(T form, Guid? current)
        where T : ProgrammeFields
    {
        form.Organisations = await programmes.OrganisationOptionsAsync(current, HttpContext.RequestAborted);
        return form;
    }

    [LoggerMessage(LogLevel.Information, "Person {PersonId} created programme {ProgrammeId}")]
    private static partial void LogCreated(ILogger logger, string personId, Guid programmeId);

    [LoggerMessage(LogLevel.Information, "Person {PersonId} edited programme {ProgrammeId}")]
    private static partial void LogEdited(ILogger logger, string personId, Guid programmeId);

    [LoggerMessage(LogLevel.Information, "Person {PersonId} added a lead to programme {ProgrammeId}")]
    private static partial void LogLeadAdded(ILogger logger, string personId, Guid programmeId);

    [LoggerMessage(LogLevel.Warning, "Person {PersonId} was refused programme {ProgrammeId}")]
    private static partial void LogRefused(ILogger logger, string personId, Guid programmeId);
}
