using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using StretchPortal.Web.Domain;
using StretchPortal.Web.Features.Shared;
using StretchPortal.Web.Infrastructure.Web;
using StretchPortal.Web.Security;

namespace StretchPortal.Web.Features.Opportunities;

/// <summary>
/// Stretch opportunities (seed 001). Everyone signed in browses the open ones, expresses interest until the closing
/// moment, withdraws their own interest and follows its outcome. Leads and administrators
/// (<see cref="Capabilities.ManageOpportunities"/>) write and publish them and select candidates fairly.
/// </summary>
public sealed partial class OpportunitiesController(
    OpportunitiesService opportunities,
    OpportunityPublishingService publishing,
    SelectionService selection,
    IAuthorizationService authorization,
    ILogger<OpportunitiesController> logger) : Controller
{
    private CancellationToken Aborted => HttpContext.RequestAborted;

    [HttpGet]
    public async Task<IActionResult> Index([FromQuery] OpportunityFilter filter) =>
        View(await opportunities.ListOpenAsync(filter, OpportunityAuthorizationHandler.MayManageOpportunities(User), Aborted));

    [HttpGet]
    public async Task<IActionResult> Details(Guid id)
    {
        var opportunity = await opportunities.FindAsync(id, Aborted);
        if (opportunity is null || !await AllowedAsync(opportunity, Operations.View))
        {
            // A draft is not there for people who cannot manage opportunities.
            return NotFound();
        }

        return View(await DetailsModelAsync(id));
    }

    [HttpPost]
    public async Task<IActionResult> Express(Guid id, ExpressInterestForm form, [FromServices] IValidator<ExpressInterestForm> validator)
    {
        var opportunity = await opportunities.FindAsync(id, Aborted);
        if (opportunity is null || !await AllowedAsync(opportunity, Operations.View))
        {
            return NotFound();
        }

        if (!await ModelState.IsValidAsync(validator, form, Aborted))
        {
            return View(nameof(Details), await DetailsModelAsync(id, form));
        }

        var result = await opportunities.ExpressAsync(opportunity, User.PersonId(), form, Aborted);
        if (!result.Succeeded)
        {
            ModelState.AddFormErrors(result);
            return View(nameof(Details), await DetailsModelAsync(id, form));
        }

        LogExpressed(logger, User.PersonId(), id);
        this.Flash("Your expression of interest has been sent. You can follow its progress in your expressions of interest.");
        return RedirectToAction(nameof(Details), new { id });
    }

    /// <summary>Withdraws the signed-in person's own expression of interest (<paramref name="id"/> is the interest's id).</summary>
    [HttpPost]
    public async Task<IActionResult> WithdrawInterest(Guid id)
    {
        var interest = await opportunities.FindInterestAsync(id, Aborted);
        if (interest is null)
        {
            return NotFound();
        }

        if (!(await authorization.AuthorizeAsync(User, interest, Operations.Manage)).Succeeded)
        {
            LogInterestRefused(logger, User.PersonId(), id);
            return Forbid();
        }

        var outcome = await opportunities.WithdrawInterestAsync(interest, Aborted);
        if (!outcome.Succeeded)
        {
            ModelState.AddModelError("", outcome.Refusal!);
            return View(nameof(Details), await DetailsModelAsync(interest.OpportunityId));
        }

        LogInterestWithdrawn(logger, User.PersonId(), id);
        this.Flash("Your expression of interest has been withdrawn.");
        return RedirectToAction(nameof(Details), new { id = interest.OpportunityId });
    }

    [HttpGet]
    public async Task<IActionResult> Mine() => View(await opportunities.MineAsync(User.PersonId(), Aborted));

    [HttpGet]
    [Authorize(Policy = Capabilities.ManageOpportunities)]
    public async Task<IActionResult> Manage() => View(await publishing.ListAllAsync(Aborted));

    [HttpGet]
    [Authorize(Policy = Capabilities.ManageOpportunities)]
    public async Task<IActionResult> Create() =>
        View(await WithOptions(new CreateOpportunityForm { Places = 1, Channels = [AdvertisingChannels.Email] }, current: null));

    [HttpPost]
    [Authorize(Policy = Capabilities.ManageOpportunities)]
    public async Task<IActionResult> Create(CreateOpportunityForm form, [FromServices] IValidator<CreateOpportunityForm> validator)
    {
        if (!await ModelState.IsValidAsync(validator, form, Aborted))
        {
            return View(await WithOptions(form, current: null));
        }

        var result = await publishing.CreateAsync(form, User.PersonId(), Aborted);
        if (!result.Succeeded)
        {
            ModelState.AddFormErrors(result);
            return View(await WithOptions(form, current: null));
        }

        LogCreated(logger, User.PersonId(), result.Id!.Value);
        this.Flash("Draft opportunity saved. Publish it when you are ready for people to express interest.");
        return RedirectToAction(nameof(Details), new { id = result.Id });
    }

    [HttpGet]
    [Authorize(Policy = Capabilities.ManageOpportunities)]
    public async Task<IActionResult> Edit(Guid id)
    {
        var opportunity = await opportunities.FindAsync(id, Aborted);
        if (opportunity is null)
        {
            return NotFound();
        }

        if (!await AllowedAsync(opportunity, Operations.Manage))
        {
            return Forbid();
        }

        return View(await WithOptions(OpportunityPublishingService.EditForm(opportunity), opportunity.OrganisationId));
    }

    [HttpPost]
    [Authorize(Policy = Capabilities.ManageOpportunities)]
    public async Task<IActionResult> Edit(Guid id, EditOpportunityForm form, [FromServices] IValidator<EditOpportunityForm> validator)
    {
        var opportunity = await opportunities.FindAsync(id, Aborted);
        if (opportunity is null)
        {
            return NotFound();
        }

        if (!await AllowedAsync(opportunity, Operations.Manage))
        {
            return Forbid();
        }

        form.SavedTitle = opportunity.Title;
        if (!await ModelState.IsValidAsync(validator, form, Aborted))
        {
            return View(await WithOptions(form, opportunity.OrganisationId));
        }

        var result = await publishing.EditAsync(opportunity, form, Aborted);
        if (!result.Succeeded)
        {
            ModelState.AddFormErrors(result);
            ModelState.Remove(nameof(form.Version));
            form.Version = opportunity.Version;
            form.SavedTitle = opportunity.Title;
            return View(await WithOptions(form, opportunity.OrganisationId));
        }

        LogEdited(logger, User.PersonId(), id);
        this.Flash("Opportunity saved.");
        return RedirectToAction(nameof(Details), new { id });
    }

    [HttpPost]
    [Authorize(Policy = Capabilities.ManageOpportunities)]
    public Task<IActionResult> Publish(Guid id, OpportunityVersionForm form) =>
        ChangeAsync(id, o => publishing.PublishAsync(o, form.Version, Aborted), "Opportunity published. Everyone signed in can now see it and express interest.");

    [HttpPost]
    [Authorize(Policy = Capabilities.ManageOpportunities)]
    public Task<IActionResult> Close(Guid id, OpportunityVersionForm form) =>
        ChangeAsync(id, o => publishing.CloseAsync(o, form.Version, Aborted), "Opportunity closed to new expressions of interest.");

    [HttpGet]
    [Authorize(Policy = Capabilities.ManageOpportunities)]
    public async Task<IActionResult> Withdraw(Guid id)
    {
        var opportunity = await opportunities.FindAsync(id, Aborted);
        if (opportunity is null)
        {
            return NotFound();
        }

        if (!await AllowedAsync(opportunity, Operations.Manage))
        {
            return Forbid();
        }

        return View(new WithdrawOpportunityForm { Version = opportunity.Version, Title = opportunity.Title });
    }

    [HttpPost]
    [Authorize(Policy = Capabilities.ManageOpportunities)]
    public async Task<IActionResult> Withdraw(Guid id, WithdrawOpportunityForm form, [FromServices] IValidator<WithdrawOpportunityForm> validator)
    {
        var opportunity = await opportunities.FindAsync(id, Aborted);
        if (opportunity is null)
        {
            return NotFound();
        }

        if (!await AllowedAsync(opportunity, Operations.Manage))
        {
            return Forbid();
        }

        form.Title = opportunity.Title;
        if (!await ModelState.IsValidAsync(validator, form, Aborted))
        {
            return View(form);
        }

        var outcome = await publishing.WithdrawAsync(opportunity, form, Aborted);
        if (!outcome.Succeeded)
        {
            ModelState.AddModelError("", outcome.Refusal!);
            ModelState.Remove(nameof(form.Version));
            form.Version = opportunity.Version;
            return View(form);
        }

        LogChanged(logger, User.PersonId(), id, nameof(Withdraw));
        this.Flash("Opportunity withdrawn.");
        return RedirectToAction(nameof(Details), new { id });
    }

    [HttpGet]
    [Authorize(Policy = Capabilities.ManageOpportunities)]
    public async Task<IActionResult> Candidates(Guid id)
    {
        var opportunity = await opportunities.FindAsync(id, Aborted);
        if (opportunity is null)
        {
            return NotFound();
        }

        if (!await AllowedAsync(opportunity, Operations.Manage))
        {
            return Forbid();
        }

        return View(await selection.CandidatesAsync(id, Aborted));
    }

    /// <summary>Records a decision on one expression of interest (<paramref name="id"/> is the interest's id).</summary>
    [HttpPost]
    [Authorize(Policy = Capabilities.ManageOpportunities)]
    public async Task<IActionResult> Decide(Guid id, DecideForm form, [FromServices] IValidator<DecideForm> validator)
    {
        var interest = await selection.FindInterestAsync(id, Aborted);
        if (interest is null)
        {
            return NotFound();
        }

        if (!await AllowedAsync(interest.Opportunity!, Operations.Manage))
        {
            return Forbid();
        }

        var opportunityId = interest.OpportunityId;
        if (!await ModelState.IsValidAsync(validator, form, Aborted))
        {
            return await CandidatesWithErrorAsync(opportunityId, id, form);
        }

        var outcome = await selection.DecideAsync(id, form, User.PersonId(), Aborted);
        if (!outcome.Succeeded)
        {
            ModelState.AddModelError("", outcome.Refusal!);
            return await CandidatesWithErrorAsync(opportunityId, id, form);
        }

        LogDecided(logger, User.PersonId(), id, form.Decision!.Value);
        this.Flash($"Decision recorded: {form.Decision.Value.DisplayName().ToLowerInvariant()}.");
        return RedirectToAction(nameof(Candidates), new { id = opportunityId });
    }

    [HttpGet]
    [Authorize(Policy = Capabilities.ManageOpportunities)]
    public async Task<IActionResult> MarkFilled(Guid id)
    {
        var opportunity = await opportunities.FindAsync(id, Aborted);
        if (opportunity is null)
        {
            return NotFound();
        }

        if (!await AllowedAsync(opportunity, Operations.Manage))
        {
            return Forbid();
        }

        return View(new MarkFilledForm { Version = opportunity.Version, Summary = await selection.FillSummaryAsync(opportunity, Aborted) });
    }

    [HttpPost]
    [Authorize(Policy = Capabilities.ManageOpportunities)]
    public async Task<IActionResult> MarkFilled(Guid id, MarkFilledForm form, [FromServices] IValidator<MarkFilledForm> validator)
    {
        var opportunity = await opportunities.FindAsync(id, Aborted);
        if (opportunity is null)
        {
            return NotFound();
        }

        if (!await AllowedAsync(opportunity, Operations.Manage))
        {
            return Forbid();
        }

        if (!await ModelState.IsValidAsync(validator, form, Aborted))
        {
            form.Summary = await selection.FillSummaryAsync(opportunity, Aborted);
            return View(form);
        }

        var result = await selection.MarkFilledAsync(opportunity, form, Aborted);
        if (!result.Succeeded)
        {
            ModelState.AddFormErrors(result);
            ModelState.Remove(nameof(form.Version));
            form.Version = opportunity.Version;
            form.Summary = await selection.FillSummaryAsync(opportunity, Aborted);
            return View(form);
        }

        LogChanged(logger, User.PersonId(), id, nameof(MarkFilled));
        this.Flash("Opportunity marked as filled.");
        return RedirectToAction(nameof(Details), new { id });
    }

    private async Task<IActionResult> ChangeAsync(Guid id, Func<Opportunity, Task<Outcome>> change, string done, [System.Runtime.CompilerServices.CallerMemberName] string action = "")
    {
        var opportunity = await opportunities.FindAsync(id, Aborted);
        if (opportunity is null)
        {
            return NotFound();
        }

        if (!await AllowedAsync(opportunity, Operations.Manage))
        {
            return Forbid();
        }

        var outcome = await change(opportunity);
        if (!outcome.Succeeded)
        {
            ModelState.AddModelError("", outcome.Refusal!);
            return View(nameof(Details), await DetailsModelAsync(id));
        }

        LogChanged(logger, User.PersonId(), id, action);
        this.Flash(done);
        return RedirectToAction(nameof(Details), new { id });
    }

    private async Task<IActionResult> CandidatesWithErrorAsync(Guid opportunityId, Guid interestId, DecideForm form)
    {
        var model = await selection.CandidatesAsync(opportunityId, Aborted);
        model.FailedInterestId = interestId;
        model.FailedForm = form;
        return View(nameof(Candidates), model);
    }

    private async Task<OpportunityDetailsViewModel> DetailsModelAsync(Guid id, ExpressInterestForm? form = null)
    {
        var model = await opportunities.DetailsAsync(id, User.PersonId(), OpportunityAuthorizationHandler.MayManageOpportunities(User), Aborted);
        model.Form = form ?? new ExpressInterestForm();
        return model;
    }

    private async Task<bool> AllowedAsync(Opportunity opportunity, Microsoft.AspNetCore.Authorization.Infrastructure.OperationAuthorizationRequirement operation)
    {
        var allowed = (await authorization.AuthorizeAsync(User, opportunity, operation)).Succeeded;
        if (!allowed)
        {
            LogRefused(logger, User.PersonId(), opportunity.Id, operation.Name);
        }

        return allowed;
    }

    private async Task<T> WithOptions<T>(T form, Guid? current)
        where T : OpportunityFields
    {
        form.Organisations = await publishing.OrganisationOptionsAsync(current, Aborted);
        return form;
    }

    [LoggerMessage(LogLevel.Information, "Person {PersonId} created opportunity {OpportunityId}")]
    private static partial void LogCreated(ILogger logger, string personId, Guid opportunityId);

    [LoggerMessage(LogLevel.Information, "Person {PersonId} edited opportunity {OpportunityId}")]
    private static partial void LogEdited(ILogger logger, string personId, Guid opportunityId);

    [LoggerMessage(LogLevel.Information, "Person {PersonId} did {Action} on opportunity {OpportunityId}")]
    private static partial void LogChanged(ILogger logger, string personId, Guid opportunityId, string action);

    [LoggerMessage(LogLevel.Information, "Person {PersonId} expressed interest in opportunity {OpportunityId}")]
    private static partial void LogExpressed(ILogger logger, string personId, Guid opportunityId);

    [LoggerMessage(LogLevel.Information, "Person {PersonId} withdrew expression of interest {InterestId}")]
    private static partial void LogInterestWithdrawn(ILogger logger, string personId, Guid interestId);

    [LoggerMessage(LogLevel.Information, "Person {PersonId} recorded {Decision} on expression of interest {InterestId}")]
    private static partial void LogDecided(ILogger logger, string personId, Guid interestId, EoiStage decision);

    [LoggerMessage(LogLevel.Warning, "Person {PersonId} was refused {Operation} on opportunity {OpportunityId}")]
    private static partial void LogRefused(ILogger logger, string personId, Guid opportunityId, string operation);

    [LoggerMessage(LogLevel.Warning, "Person {PersonId} was refused expression of interest {InterestId}")]
    private static partial void LogInterestRefused(ILogger logger, string personId, Guid interestId);
}
