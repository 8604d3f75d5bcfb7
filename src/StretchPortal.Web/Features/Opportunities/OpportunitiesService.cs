using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using StretchPortal.Web.Data;
using StretchPortal.Web.Domain;
using StretchPortal.Web.Features.Notifications;
using StretchPortal.Web.Features.Shared;

namespace StretchPortal.Web.Features.Opportunities;

/// <summary>
/// Opportunities as staff meet them: the open ones with filters, one opportunity with the person's own interest,
/// expressing and withdrawing interest (until the closing moment, by the clock), and the person's own list.
/// </summary>
public sealed class OpportunitiesService(StretchPortalDbContext db, TimeProvider clock, NoticesService notices)
{
    public const string AlreadyInterested = "You have already expressed interest in this opportunity.";

    public DateTime Now => clock.GetUtcNow().UtcDateTime;

    /// <summary>Open opportunities whose closing moment has not passed, soonest closing first.</summary>
    public async Task<OpportunityListViewModel> ListOpenAsync(OpportunityFilter filter, bool mayManage, CancellationToken cancellationToken)
    {
        var now = Now;
        var query = db.Opportunities.AsNoTracking().Where(o => o.Status == OpportunityStatus.Open && o.ClosesAtUtc > now);
        if (filter.Type is { } type)
        {
            query = query.Where(o => o.Type == type);
        }

        if (filter.OrganisationId is { } organisationId)
        {
            query = query.Where(o => o.OrganisationId == organisationId);
        }

        if (!string.IsNullOrWhiteSpace(filter.Band))
        {
            query = query.Where(o => o.Band == filter.Band);
        }

        if (filter.ClosingSoon)
        {
            var soon = now.AddDays(OpportunityFilter.ClosingSoonDays);
            query = query.Where(o => o.ClosesAtUtc <= soon);
        }

        var total = await query.CountAsync(cancellationToken);
        var pageCount = Math.Max(1, (total + OpportunityListViewModel.PageSize - 1) / OpportunityListViewModel.PageSize);
        filter.Page = Math.Clamp(filter.Page, 1, pageCount);
        var rows = await query
            .OrderBy(o => o.ClosesAtUtc).ThenBy(o => o.Title)
            .Skip((filter.Page - 1) * OpportunityListViewModel.PageSize)
            .Take(OpportunityListViewModel.PageSize)
            .Select(o => new OpportunityListRow(o.Id, o.Title, o.Type, o.Organisation!.Name, o.Team, o.Band, o.ClosesAtUtc, o.PositiveAction))
            .ToListAsync(cancellationToken);
        return new OpportunityListViewModel
        {
            Filter = filter,
            Rows = rows,
            Total = total,
            Organisations = await OrganisationOptionsAsync(cancellationToken),
            MayManage = mayManage,
        };
    }

    /// <summary>The opportunity, tracked, as the authorization handler and the state rules need it.</summary>
    public Task<Opportunity?> FindAsync(Guid id, CancellationToken cancellationToken) =>
        db.Opportunities.SingleOrDefaultAsync(o => o.Id == id, cancellationToken);

    public async Task<OpportunityDetailsViewModel> DetailsAsync(Guid id, string personId, bool mayManage, CancellationToken cancellationToken)
    {
        var now = Now;
        var details = await db.Opportunities.AsNoTracking()
            .Where(o => o.Id == id)
            .Select(o => new
            {
                o.Id, o.Version, o.Title, o.Type, o.Description, Organisation = o.Organisation!.Name, o.Team, o.Band, o.HoursPerWeek,
                o.Duration, o.Places, o.Appointed, o.ClosesAtUtc, o.Channels, o.PositiveAction, o.Status, o.ExplainOrComply,
                o.WithdrawalReason,
                Interests = o.ExpressionsOfInterest.Count(e => e.Stage != EoiStage.Withdrawn),
                Mine = o.ExpressionsOfInterest.Where(e => e.PersonId == personId)
                    .Select(e => new { e.Id, e.Stage, e.Statement, e.SubmittedAtUtc }).SingleOrDefault(),
            })
            .SingleAsync(cancellationToken);
        var open = details.Status == OpportunityStatus.Open && now < details.ClosesAtUtc;
        return new OpportunityDetailsViewModel
        {
            Id = details.Id,
            Version = details.Version,
            Title = details.Title,
            Type = details.Type,
            Description = details.Description,
            Organisation = details.Organisation,
            Team = details.Team,
            Band = details.Band,
            HoursPerWeek = details.HoursPerWeek,
            Duration = details.Duration,
            Places = details.Places,
            Appointed = details.Appointed,
            ClosesAtUtc = details.ClosesAtUtc,
            Channels = details.Channels,
            PositiveAction = details.PositiveAction,
            Status = details.Status,
            ExplainOrComply = mayManage ? details.ExplainOrComply : null,
            WithdrawalReason = details.WithdrawalReason,
            Mine = details.Mine is null ? null : new MyInterest(
                details.Mine.Id, details.Mine.Stage, details.Mine.Statement, details.Mine.SubmittedAtUtc,
                MayWithdraw: open && details.Mine.Stage is EoiStage.Submitted or EoiStage.Shortlisted),
            AcceptsInterest = open && (details.Mine is null || details.Mine.Stage == EoiStage.Withdrawn),
            MayManage = mayManage,
            Interests = mayManage ? details.Interests : 0,
        };
    }

    /// <summary>
    /// Registers the person's interest once; a person who withdrew may register again while it is open. The unique
    /// index catches two submissions racing each other.
    /// </summary>
    public async Task<FormResult> ExpressAsync(Opportunity opportunity, string personId, ExpressInterestForm form, CancellationToken cancellationToken)
    {
        var now = Now;
        var existing = await db.ExpressionsOfInterest
            .SingleOrDefaultAsync(e => e.OpportunityId == opportunity.Id && e.PersonId == personId, cancellationToken);
        if (existing is not null)
        {
            var again = existing.Resubmit(opportunity, form.Statement ?? "", now);
            if (!again.Succeeded)
            {
                return FormResult.Refused("", again.Refusal!);
            }

            await db.SaveChangesAsync(cancellationToken);
            await notices.InterestReceivedAsync(existing.Id, cancellationToken);
            return FormResult.Done(existing.Id);
        }

        var (outcome, interest) = ExpressionOfInterest.Submit(opportunity, personId, form.Statement ?? "", now);
        if (!outcome.Succeeded)
        {
            return FormResult.Refused("", outcome.Refusal!);
        }

        db.ExpressionsOfInterest.Add(interest!);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // The same person's other submission, a moment earlier, won the unique index; anything else is a fault.
            if (!await AlreadyInterestedAsync(opportunity.Id, personId, cancellationToken))
            {
                throw;
            }

            return FormResult.Refused("", AlreadyInterested);
        }

        await notices.InterestReceivedAsync(interest!.Id, cancellationToken);
        return FormResult.Done(interest.Id);
    }

    /// <summary>The expression of interest with its opportunity, tracked.</summary>
    public Task<ExpressionOfInterest?> FindInterestAsync(Guid id, CancellationToken cancellationToken) =>
        db.ExpressionsOfInterest.Include(e => e.Opportunity).SingleOrDefaultAsync(e => e.Id == id, cancellationToken);

    public async Task<Outcome> WithdrawInterestAsync(ExpressionOfInterest interest, CancellationToken cancellationToken)
    {
        var outcome = interest.Withdraw(interest.Opportunity!, Now);
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
            // A decision on it was recorded at the same moment: the person sees the decision and may try again.
            db.ChangeTracker.Clear();
            return Outcome.Refused("Your expression of interest was updated a moment ago. Check its status and try again.");
        }
    }

    /// <summary>The person's own expressions of interest, newest first.</summary>
    public async Task<IReadOnlyList<MyInterestRow>> MineAsync(string personId, CancellationToken cancellationToken) =>
        await db.ExpressionsOfInterest.AsNoTracking()
            .Where(e => e.PersonId == personId)
            .OrderByDescending(e => e.SubmittedAtUtc)
            .Select(e => new MyInterestRow(e.OpportunityId, e.Opportunity!.Title, e.Opportunity.Organisation!.Name, e.Opportunity.ClosesAtUtc, e.Stage, e.SubmittedAtUtc))
            .ToListAsync(cancellationToken);

    private async Task<bool> AlreadyInterestedAsync(Guid opportunityId, string personId, CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        return await db.ExpressionsOfInterest.AnyAsync(e => e.OpportunityId == opportunityId && e.PersonId == personId, cancellationToken);
    }

    private async Task<IReadOnlyList<SelectListItem>> OrganisationOptionsAsync(CancellationToken cancellationToken)
    {
        var organisations = await db.Organisations.AsNoTracking()
            .Where(o => !o.IsArchived)
            .OrderBy(o => o.Name)
            .Select(o => new { o.Id, o.Name })
            .ToListAsync(cancellationToken);
        return organisations.Select(o => new SelectListItem(o.Name, o.Id.ToString())).ToList();
    }
}
