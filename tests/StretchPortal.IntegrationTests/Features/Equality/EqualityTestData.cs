using StretchPortal.IntegrationTests.Infrastructure;
using StretchPortal.Web.Domain;

namespace StretchPortal.IntegrationTests.Features.Equality;

/// <summary>Opportunities, expressions of interest and declarations built through the entities' own methods.</summary>
internal static class EqualityTestData
{
    public static readonly EqualityAnswers White = new(EthnicGroup.WhiteBritish, Sex.Female, Disability.No, AgeBand.From35To44, SexualOrientation.Heterosexual, Religion.Christianity);

    public static readonly EqualityAnswers Asian = new(EthnicGroup.AsianIndian, Sex.Male, Disability.No, AgeBand.From25To34, SexualOrientation.Heterosexual, Religion.Hinduism);

    public static readonly EqualityAnswers Black = new(EthnicGroup.BlackAfrican, Sex.Female, Disability.Yes, AgeBand.From45To54, SexualOrientation.Bisexual, Religion.Christianity);

    public static readonly EqualityAnswers Mixed = new(EthnicGroup.MixedWhiteAsian, Sex.PreferNotToSay, Disability.PreferNotToSay, AgeBand.From16To24, SexualOrientation.PreferNotToSay, Religion.None);

    /// <summary>An open opportunity with plenty of places, published by <paramref name="leadId"/>.</summary>
    public static Task<Opportunity> OpportunityAsync(this PortalApp app, string leadId, Guid organisationId, string title = "Acting up: ward manager",
        AdvertisingChannels channels = AdvertisingChannels.Email) =>
        app.WithDbAsync(async db =>
        {
            var now = DateTime.UtcNow;
            var opportunity = Opportunity.Draft(
                new OpportunityDetails(OpportunityType.ActingUp, title, "Cover the ward manager's absence", organisationId, "Ward 7", "Band 7", 37.5m,
                    "Six months", 100, now.AddDays(30), channels, PositiveAction: false),
                leadId, now);
            Must(opportunity.Publish(now));
            db.Opportunities.Add(opportunity);
            await db.SaveChangesAsync();
            return opportunity;
        });

    /// <summary>
    /// <paramref name="count"/> new people, each declaring <paramref name="answers"/> (none if null), each expressing
    /// interest in the opportunity and taken to <paramref name="stage"/>.
    /// </summary>
    public static async Task CandidatesAsync(this PortalApp app, Opportunity opportunity, string leadId, EqualityAnswers? answers, EoiStage stage, int count)
    {
        for (var i = 0; i < count; i++)
        {
            var person = await app.PersonAsync(null, "Mentee");
            await app.WithDbAsync(async db =>
            {
                var now = DateTime.UtcNow;
                var tracked = await db.Opportunities.FindAsync(opportunity.Id) ?? throw new InvalidOperationException("No opportunity");
                if (answers is not null)
                {
                    db.EqualityDeclarations.Add(EqualityDeclaration.Declare(person.Id, answers, now));
                }

                var (outcome, interest) = ExpressionOfInterest.Submit(tracked, person.Id, "I would like to stretch", now);
                Must(outcome);
                if (stage is EoiStage.Shortlisted or EoiStage.Appointed or EoiStage.NotAppointed or EoiStage.NotShortlisted)
                {
                    Must(interest!.Decide(tracked, stage == EoiStage.NotShortlisted ? EoiStage.NotShortlisted : EoiStage.Shortlisted, "Meets the criteria", leadId, now));
                }

                if (stage is EoiStage.Appointed or EoiStage.NotAppointed)
                {
                    Must(interest!.Decide(tracked, stage, "Best at interview", leadId, now));
                }

                if (stage == EoiStage.Withdrawn)
                {
                    Must(interest!.Withdraw(tracked, now));
                }

                db.ExpressionsOfInterest.Add(interest!);
                await db.SaveChangesAsync();
            });
        }
    }

    public static void Must(Outcome outcome) =>
        Assert.True(outcome.Succeeded, outcome.Refusal);
}
