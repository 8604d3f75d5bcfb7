using Microsoft.EntityFrameworkCore;
using StretchPortal.Web.Data;
using StretchPortal.Web.Domain;
using StretchPortal.Web.Features.Notifications;
using StretchPortal.Web.Features.Shared;

namespace StretchPortal.Web.Features.Opportunities;

/// <summary>
/// Fair selection: the candidates with their decisions, recording a decision with its reason, and marking the
/// opportunity filled ("explain or comply"). Appointments go through <see cref="Opportunity.Appoint"/>, so two
/// appointments to the last place collide on the opportunity's version: the loser is retried once from fresh data,
/// and refused when no place remains.
/// </summary>
public sealed class SelectionService(StretchPortalDbContext db, TimeProvider clock, NoticesService notices)
{
    public const string BusyTryAgain =
        "Someone else recorded a decision on this opportunity at the same moment. Check the candidates and try again.";

    public async Task<CandidatesViewModel> CandidatesAsync(Guid opportunityId, CancellationToken cancellationToken)
    {
        var opportunity = await db.Opportunities.AsNoTracking()
            .Where(o => o.Id == opportunityId)
            .Select(o => new { o.Id, o.Title, o.Status, o.Places, o.Appointed, o.Channels })
            .SingleAsync(cancellationToken);
        var candidates = await db.ExpressionsOfInterest.AsNoTracking()
            .Where(e => e.OpportunityId == opportunityId)
            .OrderBy(e => e.SubmittedAtUtc)
            .Select(e => new CandidateRow(
                e.Id,
                e.Person!.FullName,
                e.Person.JobTitle,
                e.Statement,
                e.Stage,
                e.SubmittedAtUtc,
                e.Decisions.OrderBy(d => d.DecidedAtUtc)
                    .Select(d => new DecisionRow(d.Decision, d.Reason, d.DecidedBy!.FullName, d.DecidedAtUtc))
                    .ToList()))
            .ToListAsync(cancellationToken);
        return new CandidatesViewModel
        {
            Id = opportunity.Id,
            Title = opportunity.Title,
            Status = opportunity.Status,
            Places = opportunity.Places,
            Appointed = opportunity.Appointed,
            AdvertisedOpenly = opportunity.Channels != AdvertisingChannels.None,
            Candidates = candidates,
        };
    }

    /// <summary>The expression of interest with its opportunity, tracked.</summary>
    public Task<ExpressionOfInterest?> FindInterestAsync(Guid id, CancellationToken cancellationToken) =>
        db.ExpressionsOfInterest.Include(e => e.Opportunity).SingleOrDefaultAsync(e => e.Id == id, cancellationToken);

    public async Task<Outcome> DecideAsync(Guid interestId, DecideForm form, string decidedById, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            var interest = await FindInterestAsync(interestId, cancellationToken)
                ?? throw new InvalidOperationException("The expression of interest has gone.");
            var outcome = interest.Decide(interest.Opportunity!, form.Decision!.Value, form.Reason ?? "", decidedById, clock.GetUtcNow().UtcDateTime);
            if (!outcome.Succeeded)
            {
                return outcome;
            }

            try
            {
                await db.SaveChangesAsync(cancellationToken);
                await notices.InterestOutcomeAsync(interestId, cancellationToken);
                return outcome;
            }
            catch (DbUpdateConcurrencyException)
            {
                // Someone changed the opportunity (or this interest) since it was read: start again from the database.
                db.ChangeTracker.Clear();
                if (attempt == 2)
                {
                    return Outcome.Refused(BusyTryAgain);
                }
            }
        }
    }

    public async Task<FillSummary> FillSummaryAsync(Opportunity opportunity, CancellationToken cancellationToken)
    {
        var interests = await InterestCountAsync(opportunity.Id, cancellationToken);
        return new FillSummary(opportunity.Id, opportunity.Title, opportunity.AdvertisedOpenly, interests, opportunity.Appointed,
            opportunity.NeedsExplanation(interests));
    }

    public async Task<FormResult> MarkFilledAsync(Opportunity opportunity, MarkFilledForm form, CancellationToken cancellationToken)
    {
        db.ExpectVersion(opportunity, form.Version);
        var interests = await InterestCountAsync(opportunity.Id, cancellationToken);
        var outcome = opportunity.MarkFilled(interests, form.ExplainOrComply, clock.GetUtcNow().UtcDateTime);
        if (!outcome.Succeeded)
        {
            var aboutExplanation = opportunity.Appointed > 0 && opportunity.NeedsExplanation(interests);
            return FormResult.Refused(aboutExplanation ? nameof(form.ExplainOrComply) : "", outcome.Refusal!);
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return FormResult.Done(opportunity.Id);
        }
        catch (DbUpdateConcurrencyException)
        {
            await db.Entry(opportunity).ReloadAsync(cancellationToken);
            return FormResult.Refused("", OpportunityPublishingService.ChangedBeforeAction);
        }
    }

    /// <summary>Expressions of interest that count as candidates: all but the withdrawn.</summary>
    private Task<int> InterestCountAsync(Guid opportunityId, CancellationToken cancellationToken) =>
        db.ExpressionsOfInterest.CountAsync(e => e.OpportunityId == opportunityId && e.Stage != EoiStage.Withdrawn, cancellationToken);
}
