using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using StretchPortal.Web.Domain;
using StretchPortal.Web.Features.Shared;
using StretchPortal.Web.Infrastructure.Web;
using StretchPortal.Web.Security;

namespace StretchPortal.Web.Features.Resources;

/// <summary>
/// The resource library: everyone browses and searches what is meant for their roles; leads curate it; coaches
/// recommend resources to their coachees. Who may do what to a resource is <see cref="ResourceAuthorizationHandler"/>'s.
/// </summary>
public sealed partial class ResourcesController(
    ResourcesService resources,
    RecommendationsService recommendations,
    IAuthorizationService authorization,
    ILogger<ResourcesController> logger) : Controller
{
    private CancellationToken Aborted => HttpContext.RequestAborted;

    [HttpGet]
    public async Task<IActionResult> Index(ResourceQuery query) =>
        View(await resources.SearchAsync(query, User, await MayCurateAsync(), Aborted));

    [HttpGet]
    public async Task<IActionResult> Details(Guid id)
    {
        var resource = await resources.FindAsync(id, Aborted);
        if (resource is null)
        {
            return NotFound();
        }

        if (!await MayAsync(resource, Operations.View))
        {
            return NotFound();
        }

        return View(await resources.DetailsAsync(resource, await MayAsync(resource, Operations.Manage, log: false),
            await MayAsync(resource, ResourceOperations.Recommend, log: false), Aborted));
    }

    [HttpGet]
    [Authorize(Policy = Capabilities.CurateResources)]
    public async Task<IActionResult> Create() =>
        View(await WithPriorities(new CreateResourceForm(), null));

    [HttpPost]
    [Authorize(Policy = Capabilities.CurateResources)]
    public async Task<IActionResult> Create(CreateResourceForm form, [FromServices] IValidator<CreateResourceForm> validator)
    {
        if (!await ModelState.IsValidAsync(validator, form, Aborted))
        {
            return View(await WithPriorities(form, null));
        }

        var result = await resources.CreateAsync(form, Aborted);
        if (!result.Succeeded)
        {
            ModelState.AddFormErrors(result);
            return View(await WithPriorities(form, null));
        }

        LogCurated(logger, User.PersonId(), "added", result.Id!.Value);
        this.Flash("Resource added to the library.");
        return RedirectToAction(nameof(Details), new { id = result.Id });
    }

    [HttpGet]
    [Authorize(Policy = Capabilities.CurateResources)]
    public async Task<IActionResult> Edit(Guid id)
    {
        var resource = await resources.FindAsync(id, Aborted);
        if (resource is null)
        {
            return NotFound();
        }

        if (!await MayAsync(resource, Operations.Manage))
        {
            return Forbid();
        }

        return View(await WithPriorities(ResourcesService.EditForm(resource), resource));
    }

    [HttpPost]
    [Authorize(Policy = Capabilities.CurateResources)]
    public async Task<IActionResult> Edit(Guid id, EditResourceForm form, [FromServices] IValidator<EditResourceForm> validator)
    {
        var resource = await resources.FindAsync(id, Aborted);
        if (resource is null)
        {
            return NotFound();
        }

        if (!await MayAsync(resource, Operations.Manage))
        {
            return Forbid();
        }

        if (!await ModelState.IsValidAsync(validator, form, Aborted))
        {
            return View(await WithPriorities(form, resource));
        }

        var result = await resources.EditAsync(resource, form, Aborted);
        if (!result.Succeeded)
        {
            ModelState.AddFormErrors(result);
            var fresh = await resources.FindAsync(id, Aborted);
            if (fresh is null)
            {
                return NotFound();
            }

            // The person's input stays; the fresh version lets a deliberate second save go through.
            ModelState.Remove(nameof(form.Version));
            form.Version = fresh.Version;
            return View(await WithPriorities(form, fresh));
        }

        LogCurated(logger, User.PersonId(), "edited", resource.Id);
        this.Flash("Resource saved.");
        return RedirectToAction(nameof(Details), new { id });
    }

    [HttpPost]
    [Authorize(Policy = Capabilities.CurateResources)]
    public Task<IActionResult> Archive(Guid id, ArchiveResourceForm form) =>
        ArchiveOrRestoreAsync(id, r => resources.ArchiveAsync(r, form, Aborted), "archived", "Resource archived. It is no longer in the library.");

    [HttpPost]
    [Authorize(Policy = Capabilities.CurateResources)]
    public Task<IActionResult> Restore(Guid id, ArchiveResourceForm form) =>
        ArchiveOrRestoreAsync(id, r => resources.RestoreAsync(r, form, Aborted), "restored", "Resource restored to the library.");

    [HttpGet]
    public async Task<IActionResult> Recommend(Guid id)
    {
        var resource = await resources.FindAsync(id, Aborted);
        if (resource is null)
        {
            return NotFound();
        }

        if (!await MayAsync(resource, ResourceOperations.Recommend))
        {
            return Forbid();
        }

        return View(await WithCoachees(new RecommendResourceForm(), resource));
    }

    [HttpPost]
    public async Task<IActionResult> Recommend(Guid id, RecommendResourceForm form, [FromServices] IValidator<RecommendResourceForm> validator)
    {
        var resource = await resources.FindAsync(id, Aborted);
        if (resource is null)
        {
            return NotFound();
        }

        if (!await MayAsync(resource, ResourceOperations.Recommend))
        {
            return Forbid();
        }

        if (!await ModelState.IsValidAsync(validator, form, Aborted))
        {
            return View(await WithCoachees(form, resource));
        }

        var result = await recommendations.RecommendAsync(resource, form, User.PersonId(), Aborted);
        if (!result.Succeeded)
        {
            ModelState.AddFormErrors(result);
            LogRefusedChange(logger, User.PersonId(), resource.Id);
            return View(await WithCoachees(form, resource));
        }

        LogRecommended(logger, User.PersonId(), resource.Id, result.Id!.Value);
        this.Flash("Resource recommended. Your coachee will see it on their home page.");
        return RedirectToAction(nameof(Details), new { id });
    }

    private async Task<IActionResult> ArchiveOrRestoreAsync(Guid id, Func<Resource, Task<FormResult>> change, string verb, string flash)
    {
        var resource = await resources.FindAsync(id, Aborted);
        if (resource is null)
        {
            return NotFound();
        }

        if (!await MayAsync(resource, Operations.Manage))
        {
            return Forbid();
        }

        var result = await change(resource);
        if (!result.Succeeded)
        {
            ModelState.AddFormErrors(result);
            LogRefusedChange(logger, User.PersonId(), resource.Id);
            var fresh = await resources.FindAsync(id, Aborted);
            return fresh is null ? NotFound() : View(nameof(Details), await resources.DetailsAsync(fresh, true, false, Aborted));
        }

        LogCurated(logger, User.PersonId(), verb, resource.Id);
        this.Flash(flash);
        return RedirectToAction(nameof(Details), new { id });
    }

    private async Task<T> WithPriorities<T>(T form, Resource? resource)
        where T : ResourceFields
    {
        form.Priorities = await resources.PriorityOptionsAsync(resource?.Priorities.Select(p => p.IcsPriorityId).ToList(), Aborted);
        return form;
    }

    private async Task<RecommendResourceForm> WithCoachees(RecommendResourceForm form, Resource resource)
    {
        form.Coachees = await recommendations.CoacheeOptionsAsync(User.PersonId(), Aborted);
        form.ResourceTitle = resource.Title;
        return form;
    }

    private async Task<bool> MayCurateAsync() =>
        (await authorization.AuthorizeAsync(User, Capabilities.CurateResources)).Succeeded;

    private async Task<bool> MayAsync(Resource resource, OperationAuthorizationRequirement operation, bool log = true)
    {
        var allowed = (await authorization.AuthorizeAsync(User, resource, operation)).Succeeded;
        if (!allowed && log)
        {
            LogRefused(logger, User.PersonId(), operation.Name, resource.Id);
        }

        return allowed;
    }

    [LoggerMessage(LogLevel.Information, "Person {PersonId} {Verb} resource {ResourceId}")]
    private static partial void LogCurated(ILogger logger, string personId, string verb, Guid resourceId);

    [LoggerMessage(LogLevel.Information, "Person {PersonId} recommended resource {ResourceId} ({RecommendationId})")]
    private static partial void LogRecommended(ILogger logger, string personId, Guid resourceId, Guid recommendationId);

    [LoggerMessage(LogLevel.Warning, "Person {PersonId} was refused {Operation} on resource {ResourceId}")]
    private static partial void LogRefused(ILogger logger, string personId, string operation, Guid resourceId);

    [LoggerMessage(LogLevel.Information, "A change by person {PersonId} to resource {ResourceId} was refused")]
    private static partial void LogRefusedChange(ILogger logger, string personId, Guid resourceId);
}
