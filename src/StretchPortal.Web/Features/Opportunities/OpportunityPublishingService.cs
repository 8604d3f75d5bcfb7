using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using StretchPortal.Web.Data;
using StretchPortal.Web.Domain;
using StretchPortal.Web.Features.Shared;

namespace StretchPortal.Web.Features.Opportunities;

/// <summary>
/// Leads write, publish, close and withdraw opportunities. Every change names the version the lead saw, so that two
/// leads working on one opportunity cannot overwrite each other unseen.
/// </summary>
public sealed class OpportunityPublishingService(StretchPortalDbContext db, TimeProvider clock)
{
    public const string ChangedMeanwhile =
        "Someone else changed this opportunity while you were editing. Check the values below and save again.";

    public const string ChangedBeforeAction =
        "Someone else changed this opportunity a moment ago. Check it and try again.";

    /// <summary>Every opportunity, drafts included, grouped by status then soonest closing.</summary>
    public async Task<ManageListViewModel> ListAllAsync(CancellationToken cancellationToken) =>
        new(await db.Opportunities.AsNoTracking()
            .OrderBy(o => o.Status).ThenBy(o => o.ClosesAtUtc).ThenBy(o => o.Title)
            .Select(o => new ManageRow(
                o.Id, o.Title, o.Type, o.Organisation!.Name, o.Status, o.ClosesAtUtc, o.Places, o.Appointed,
                o.ExpressionsOfInterest.Count(e => e.Stage != EoiStage.Withdrawn)))
            .ToListAsync(cancellationToken));

    /// <summary>Organisations an opportunity can belong to: those not archived, and the one it has now.</summary>
    public async Task<IReadOnlyList<SelectListItem>> OrganisationOptionsAsync(Guid? current, CancellationToken cancellationToken)
    {
        var organisations = await db.Organisations.AsNoTracking()
            .Where(o => !o.IsArchived || o.Id == current)
            .OrderBy(o => o.Name)
            .Select(o => new { o.Id, o.Name })
            .ToListAsync(cancellationToken);
        return organisations.Select(o => new SelectListItem(o.Name, o.Id.ToString())).ToList();
    }

    public async Task<FormResult> CreateAsync(CreateOpportunityForm form, string publisherId, CancellationToken cancellationToken)
    {
        var refusal = await RefuseAsync(form, current: null, cancellationToken);
        if (refusal is not null)
        {
            return refusal;
        }

        var opportunity = Opportunity.Draft(Details(form), publisherId, clock.GetUtcNow().UtcDateTime);
        db.Opportunities.Add(opportunity);
        await db.SaveChangesAsync(cancellationToken);
        return FormResult.Done(opportunity.Id);
    }

    public static EditOpportunityForm EditForm(Opportunity opportunity)
    {
        var closes = UkTime.FromUtc(opportunity.ClosesAtUtc);
        return new EditOpportunityForm
        {
            Type = opportunity.Type,
            Title = opportunity.Title,
            Description = opportunity.Description,
            OrganisationId = opportunity.OrganisationId,
            Team = opportunity.Team,
            Band = opportunity.Band,
            HoursPerWeek = opportunity.HoursPerWeek,
            Duration = opportunity.Duration,
            Places = opportunity.Places,
            ClosingDate = DateOnly.FromDateTime(closes),
            ClosingTime = TimeOnly.FromDateTime(closes),
            Channels = Enum.GetValues<AdvertisingChannels>().Where(c => c != AdvertisingChannels.None && opportunity.Channels.HasFlag(c)).ToList(),
            PositiveAction = opportunity.PositiveAction,
            Version = opportunity.Version,
            SavedTitle = opportunity.Title,
        };
    }

    /// <summary>Saves the edit unless someone saved since the form was opened; then reloads, so a second save names the new version.</summary>
    public async Task<FormResult> EditAsync(Opportunity opportunity, EditOpportunityForm form, CancellationToken cancellationToken)
    {
        var refusal = await RefuseAsync(form, opportunity.OrganisationId, cancellationToken);
        if (refusal is not null)
        {
            return refusal;
        }

        db.ExpectVersion(opportunity, form.Version);
        var outcome = opportunity.Revise(Details(form));
        if (!outcome.Succeeded)
        {
            return FormResult.Refused("", outcome.Refusal!);
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return FormResult.Done(opportunity.Id);
        }
        catch (DbUpdateConcurrencyException)
        {
            await db.Entry(opportunity).ReloadAsync(cancellationToken);
            return FormResult.Refused("", ChangedMeanwhile);
        }
    }

    public Task<Outcome> PublishAsync(Opportunity opportunity, Guid version, CancellationToken cancellationToken) =>
        ChangeAsync(opportunity, version, o => o.Publish(clock.GetUtcNow().UtcDateTime), cancellationToken);

    public Task<Outcome> CloseAsync(Opportunity opportunity, Guid version, CancellationToken cancellationToken) =>
        ChangeAsync(opportunity, version, o => o.Close(), cancellationToken);

    public Task<Outcome> WithdrawAsync(Opportunity opportunity, WithdrawOpportunityForm form, CancellationToken cancellationToken) =>
        ChangeAsync(opportunity, form.Version, o => o.Withdraw(form.Reason ?? ""), cancellationToken);

    private async Task<Outcome> ChangeAsync(Opportunity opportunity, Guid version, Func<Opportunity, Outcome> change, CancellationToken cancellationToken)
    {
        db.ExpectVersion(opportunity, version);
        var outcome = change(opportunity);
        if (!outcome.Succeeded)
        {
            return outcome;
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return outcome;
        }
        catch (DbUpdateConcurrencyException)
        {
            await db.Entry(opportunity).ReloadAsync(cancellationToken);
            return Outcome.Refused(ChangedBeforeAction);
        }
    }

    private async Task<FormResult?> RefuseAsync(OpportunityFields form, Guid? current, CancellationToken cancellationToken)
    {
        if (!await db.Organisations.AnyAsync(o => o.Id == form.OrganisationId && (!o.IsArchived || o.Id == current), cancellationToken))
        {
            return FormResult.Refused(nameof(form.OrganisationId), "Choose an organisation from the list");
        }

        return UkTime.ToUtc(form.ClosingDate!.Value, form.ClosingTime!.Value) <= clock.GetUtcNow().UtcDateTime
            ? FormResult.Refused(nameof(form.ClosingDate), "The closing date must be in the future")
            : null;
    }

    private static OpportunityDetails Details(OpportunityFields form) => new(
        form.Type!.Value,
        form.Title!,
        form.Description!,
        form.OrganisationId!.Value,
        form.Team!,
        form.Band!,
        form.HoursPerWeek!.Value,
        form.Duration!,
        form.Places!.Value,
        UkTime.ToUtc(form.ClosingDate!.Value, form.ClosingTime!.Value),
        form.Channels.Aggregate(AdvertisingChannels.None, (all, c) => all | c),
        form.PositiveAction!.Value);
}
