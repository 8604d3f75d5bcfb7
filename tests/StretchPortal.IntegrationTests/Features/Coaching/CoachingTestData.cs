using StretchPortal.IntegrationTests.Infrastructure;
using StretchPortal.Web.Domain;
using StretchPortal.Web.Features.Coaching;
using StretchPortal.Web.Security;

namespace StretchPortal.IntegrationTests.Features.Coaching;

/// <summary>Builders for the coaching tests, valid by default.</summary>
internal static class CoachingTestData
{
    public static DateOnly Today => DateOnly.FromDateTime(DateTime.UtcNow);

    public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The answers a complete application gives, as the Apply form posts them.</summary>
    public static Dictionary<string, object?> ApplicationAnswers(int level = 5, string lineManagerEmail = "manager@example.org") => new()
    {
        ["QualificationName"] = "ILM Level 5 Certificate in Coaching and Mentoring",
        ["QualificationProvider"] = "Institute of Leadership and Management",
        ["QualificationLevel"] = level.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["ExperienceSummary"] = "Six years coaching clinical leaders in acute and community trusts.",
        ["NumberOfCoachees"] = "25",
        ["CoacheeSeniority"] = "Band 8a to executive director",
        ["CoachingRegister"] = nameof(NhsRegion.Midlands),
        ["RegionsOffered"] = new List<string> { nameof(CoachingRegions.Midlands), nameof(CoachingRegions.EastOfEngland) },
        ["Confirmations"] = new List<string> { nameof(CoachConfirmation.ActiveRegisterMember), nameof(CoachConfirmation.HasSupervision), nameof(CoachConfirmation.AvailableOnceTrained) },
        ["LineManagerName"] = "Morag Ellis",
        ["LineManagerEmail"] = lineManagerEmail,
        ["AcceptsTerms"] = "true",
        ["AcceptsDataUse"] = "true",
    };

    /// <summary>An application as submitted, with a line manager link for <paramref name="token"/>, optionally confirmed and approved.</summary>
    public static Task<CoachApplication> ApplicationAsync(
        this PortalApp app, string applicantId, int level = 5, bool confirmed = true, string? approvedBy = null, string token = "test-token") =>
        app.WithDbAsync(async db =>
        {
            var now = DateTime.UtcNow;
            var application = new CoachApplication
            {
                ApplicantId = applicantId,
                QualificationName = "ILM Level 5 Certificate",
                QualificationProvider = "ILM",
                QualificationLevel = level,
                ExperienceSummary = "Coached senior clinicians for years.",
                NumberOfCoachees = 12,
                CoacheeSeniority = "Band 8 and above",
                CoachingRegister = NhsRegion.Midlands,
                RegionsOffered = CoachingRegions.Midlands,
                ActiveRegisterMember = true,
                HasSupervision = true,
                AvailableOnceTrained = true,
                AcceptsTerms = true,
                AcceptsDataUse = true,
                LineManagerName = "Morag Ellis",
                LineManagerEmail = "manager@example.org",
                SubmittedAtUtc = now,
            };
            application.IssueLineManagerLink(CoachApplicationsService.Hash(token), now);
            if (confirmed)
            {
                application.ConfirmLineManager(CoachApplicationsService.Hash(token), now);
            }

            if (approvedBy is not null)
            {
                Assert.True(application.Approve(approvedBy, now).Succeeded);
            }

            db.CoachApplications.Add(application);
            await db.SaveChangesAsync();
            return application;
        });

    /// <summary>An approved coach who attended both workshops and confirmed the recorded session.</summary>
    public static Task<CoachApplication> TrainedCoachAsync(
        this PortalApp app, string coachId, string leadId, CoachingRegions regions = CoachingRegions.Midlands, int capacity = 2) =>
        app.WithDbAsync(async db =>
        {
            var now = DateTime.UtcNow;
            var application = await app.ApplicationAsync(coachId, approvedBy: leadId, token: Guid.NewGuid().ToString("N"));
            var coach = await db.CoachApplications.FindAsync(application.Id);
            coach!.RegionsOffered = regions;
            coach.SetCapacity(capacity);
            for (var part = 1; part <= 2; part++)
            {
                var workshop = new CoachingWorkshop { Part = part, StartsAtUtc = now.AddDays(part), Place = "MS Teams", Capacity = 10 };
                Assert.True(workshop.Book(coach, now).Succeeded);
                workshop.Bookings[0].RecordAttendance(true, now);
                db.CoachingWorkshops.Add(workshop);
            }

            Assert.True(coach.ConfirmRecordedSession(now).Succeeded);
            Assert.True(coach.IsTrained);
            await db.SaveChangesAsync();
            return coach;
        });

    /// <summary>A coaching relationship matched on <paramref name="matchedOn"/> with sessions on the given dates.</summary>
    public static Task<CoachingRelationship> RelationshipAsync(
        this PortalApp app, string coachId, string coacheeId, string leadId, DateOnly matchedOn, params (DateOnly HeldOn, string? Notes)[] sessions) =>
        app.WithDbAsync(async db =>
        {
            var relationship = new CoachingRelationship { CoachId = coachId, CoacheeId = coacheeId, MatchedById = leadId, MatchedOn = matchedOn };
            foreach (var (heldOn, notes) in sessions)
            {
                Assert.True(relationship.LogSession(heldOn, 60, SessionMode.Virtual, notes, Today, DateTime.UtcNow).Succeeded);
            }

            db.CoachingRelationships.Add(relationship);
            await db.SaveChangesAsync();
            return relationship;
        });

    /// <summary>A coach, a coachee (a mentee) and the programme lead who matches them, each with a new address.</summary>
    public static async Task<(Person Coach, Person Coachee, Person Lead)> CoachingPeopleAsync(this PortalApp app)
    {
        var lead = await app.PersonAsync(roles: Roles.ProgrammeLead);
        var coach = await app.PersonAsync(roles: Roles.Coach);
        var coachee = await app.PersonAsync(roles: Roles.Mentee);
        return (coach, coachee, lead);
    }
}
