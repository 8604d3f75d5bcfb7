using Microsoft.EntityFrameworkCore;
using StretchPortal.IntegrationTests.Infrastructure;
using StretchPortal.Web.Domain;

namespace StretchPortal.IntegrationTests.Features.Opportunities;

/// <summary>Builders for opportunities and expressions of interest, valid (and published) by default.</summary>
internal static class OpportunityTestData
{
    public const AdvertisingChannels Advertised = AdvertisingChannels.Email | AdvertisingChannels.StaffGroups;

    public static Task<Opportunity> OpportunityAsync(
        this PortalApp app,
        string leadId,
        int places = 1,
        AdvertisingChannels channels = Advertised,
        DateTime? closesAtUtc = null,
        bool publish = true,
        string title = "Acting Head of Service Improvement",
        OpportunityType type = OpportunityType.ActingUp,
        string band = "Band 8a",
        Guid? organisationId = null,
        bool positiveAction = false) =>
        app.WithDbAsync(async db =>
        {
            var now = DateTime.UtcNow;
            if (organisationId is null)
            {
                var organisation = new Organisation { Name = $"Trust {Guid.NewGuid():N}" };
                db.Organisations.Add(organisation);
                organisationId = organisation.Id;
            }

            var opportunity = Opportunity.Draft(
                new OpportunityDetails(type, title, "Lead the service improvement team while the head is on leave.", organisationId.Value,
                    "Service Improvement", band, 37.5m, "6 months", places, closesAtUtc ?? now.AddDays(10), channels, positiveAction),
                leadId,
                now);
            if (publish)
            {
                Assert.True(opportunity.Publish(now).Succeeded);
            }

            db.Opportunities.Add(opportunity);
            await db.SaveChangesAsync();
            return opportunity;
        });

    /// <summary>An expression of interest by <paramref name="personId"/>, taken through the given decisions by <paramref name="leadId"/>.</summary>
    public static Task<ExpressionOfInterest> InterestAsync(
        this PortalApp app, Guid opportunityId, string personId, string leadId, params EoiStage[] decisions) =>
        app.WithDbAsync(async db =>
        {
            var opportunity = await db.Opportunities.SingleAsync(o => o.Id == opportunityId);
            var (outcome, interest) = ExpressionOfInterest.Submit(opportunity, personId, $"Statement of {personId}", DateTime.UtcNow);
            Assert.True(outcome.Succeeded, outcome.Refusal);
            db.ExpressionsOfInterest.Add(interest!);
            foreach (var decision in decisions)
            {
                var decided = interest!.Decide(opportunity, decision, "Because the evidence says so.", leadId, DateTime.UtcNow);
                Assert.True(decided.Succeeded, decided.Refusal);
            }

            await db.SaveChangesAsync();
            return interest!;
        });

    public static Task<Opportunity> StoredOpportunityAsync(this PortalApp app, Guid id) =>
        app.WithDbAsync(db => db.Opportunities.AsNoTracking().SingleAsync(o => o.Id == id));

    public static Task<List<ExpressionOfInterest>> StoredInterestsAsync(this PortalApp app, Guid opportunityId) =>
        app.WithDbAsync(db => db.ExpressionsOfInterest.AsNoTracking().Include(e => e.Decisions)
            .Where(e => e.OpportunityId == opportunityId).ToListAsync());
}
