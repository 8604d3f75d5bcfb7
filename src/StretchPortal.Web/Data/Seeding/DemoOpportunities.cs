using StretchPortal.Web.Domain;

namespace StretchPortal.Web.Data.Seeding;

/// <summary>
/// Demo stretch opportunities (seed 001): open ones of several types, one with positive action and one closing soon,
/// a draft, and one filled without open advertising, with its "explain or comply" record and decisions.
/// </summary>
public static class DemoOpportunities
{
    public static void AddTo(StretchPortalDbContext db, string leadId, IReadOnlyDictionary<string, Organisation> organisations, IReadOnlyList<Person> mentees, DateTime now)
    {
        var fivePm = now.Date.AddHours(17);
        Opportunity Draft(OpportunityType type, string title, string description, string organisation, string team, string band,
            decimal hours, string duration, int places, DateTime closes, AdvertisingChannels channels, bool positiveAction) =>
            Opportunity.Draft(
                new OpportunityDetails(type, title, description, organisations[organisation].Id, team, band, hours, duration, places, closes, channels, positiveAction),
                leadId,
                now.AddDays(-21));

        var secondment = Draft(OpportunityType.Secondment, "Secondment: Population Health Analyst",
            "Join the ICB's population health team to build the data packs that target our health inequalities work. "
            + "You will learn population health management methods and present to the system's inequalities board.",
            "icb", "Population Health Management", "Band 7", 37.5m, "6 months", 1, fivePm.AddDays(24),
            AdvertisingChannels.Ats | AdvertisingChannels.Email | AdvertisingChannels.StaffGroups | AdvertisingChannels.PositiveAction,
            positiveAction: true);
        var actingUp = Draft(OpportunityType.ActingUp, "Acting up: Deputy Head of Nursing",
            "Cover the Deputy Head of Nursing's role during their absence, leading the ward managers of the medical division.",
            "uhl", "Medicine division", "Band 8b", 37.5m, "4 months", 1, fivePm.AddDays(6),
            AdvertisingChannels.Ats | AdvertisingChannels.Email | AdvertisingChannels.NoticeBoards | AdvertisingChannels.TeamMeetings,
            positiveAction: false);
        var project = Draft(OpportunityType.StretchProject, "Stretch project: Digital outpatient letters",
            "Lead a quality improvement project to move outpatient letters to the patient app, one day a week alongside your role.",
            "lpt", "Digital Transformation", "Band 6", 7.5m, "3 months", 2, fivePm.AddDays(18),
            AdvertisingChannels.Email | AdvertisingChannels.SocialMedia | AdvertisingChannels.StaffGroups,
            positiveAction: false);
        var taster = Draft(OpportunityType.Taster, "Taster: Commissioning Manager",
            "A short part-time taster of commissioning work, as a stepping stone to a Band 7 post.",
            "icb", "Commissioning", "Band 6", 15m, "6 weeks", 3, fivePm.AddDays(30),
            AdvertisingChannels.Email | AdvertisingChannels.Text | AdvertisingChannels.TeamMeetings,
            positiveAction: false);
        var rotation = Draft(OpportunityType.RotationalDevelopment, "Rotational development: Operations across the system",
            "Three secondments of four months each in operations teams at the ICB, a trust and the council.",
            "nhse", "Leadership Academy", "Band 7", 37.5m, "12 months", 2, fivePm.AddDays(45),
            AdvertisingChannels.None, positiveAction: true);
        var filled = Draft(OpportunityType.ActingUp, "Acting up: Head of Contracts",
            "Cover the Head of Contracts during a long-term absence.",
            "council", "Contracts", "Band 8a", 37.5m, "3 months", 1, now.AddDays(-10),
            AdvertisingChannels.None, positiveAction: false);

        foreach (var open in new[] { secondment, actingUp, project, taster })
        {
            open.Publish(now.AddDays(-14));
        }

        // Filled informally, before this portal: kept so that reports show an "explain or comply" record.
        filled.Publish(now.AddDays(-20));
        var (_, interest) = ExpressionOfInterest.Submit(filled, mentees[^1].Id,
            "I have managed the council's contracts register for three years and deputised for the Head of Contracts.", now.AddDays(-18));
        filled.Close();
        interest!.Decide(filled, EoiStage.Shortlisted, "Meets the experience asked for.", leadId, now.AddDays(-9));
        interest.Decide(filled, EoiStage.Appointed, "The only candidate; ready to cover at once.", leadId, now.AddDays(-8));
        filled.MarkFilled(1, "The absence began at short notice and the service needed cover within a week, so the deputy "
            + "was asked to act up without advertising. The next acting-up post in the team will be advertised openly.", now.AddDays(-8));

        var (_, shared) = ExpressionOfInterest.Submit(project, mentees[1].Id,
            "I led the roll-out of electronic referrals in my team and would like to apply quality improvement methods at scale.", now.AddDays(-5));

        db.Opportunities.AddRange(secondment, actingUp, project, taster, rotation, filled);
        db.ExpressionsOfInterest.AddRange(interest, shared!);
    }
}
