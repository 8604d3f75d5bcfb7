using StretchPortal.Web.Domain;

namespace StretchPortal.Web.Data.Seeding;

/// <summary>
/// The demo coaching service: the demo coach (Grace Mensah) approved and trained, matched with the demo mentee
/// (Amara Okafor) with two sessions logged; a second coach approved and in training; an application waiting for the
/// lead; and workshop dates past and to come. Dates follow the clock.
/// </summary>
public static class DemoCoaching
{
    public static async Task SeedAsync(
        StretchPortalDbContext db, string leadId, Person coach, Person inTraining, Person applicant, Person coachee, DateTime now, CancellationToken cancellationToken)
    {
        var today = DateOnly.FromDateTime(now);
        var pastOne = Workshop(1, now.AddDays(-70), 12);
        var pastTwo = Workshop(2, now.AddDays(-63), 12);
        var nextOne = Workshop(1, now.AddDays(21), 12);
        var nextTwo = Workshop(2, now.AddDays(28), 12);
        db.CoachingWorkshops.AddRange(pastOne, pastTwo, nextOne, nextTwo);

        var grace = Application(coach.Id, "ILM Level 7 Certificate in Executive Coaching and Leadership Mentoring", "Institute of Leadership and Management", 7,
            "Eight years coaching senior clinicians and managers across the Midlands, including directors of nursing and medical directors.", 40,
            "Band 8b to executive director", CoachingRegions.Midlands | CoachingRegions.EastOfEngland, now.AddDays(-90));
        Approve(grace, leadId, now.AddDays(-85));
        grace.SetCapacity(2);
        Attend(pastOne, grace, now.AddDays(-80), now.AddDays(-70));
        Attend(pastTwo, grace, now.AddDays(-80), now.AddDays(-63));
        grace.ConfirmRecordedSession(now.AddDays(-60));

        var peter = Application(inTraining.Id, "CMI Level 5 Certificate in Coaching and Mentoring", "Chartered Management Institute", 5,
            "Four years coaching ward managers and matrons in a mental health trust.", 15, "Band 7 to band 8c", CoachingRegions.Any, now.AddDays(-30));
        Approve(peter, leadId, now.AddDays(-20));
        nextOne.Book(peter, now.AddDays(-10));

        var yasmin = Application(applicant.Id, "ILM Level 5 Certificate in Coaching and Mentoring", "University of Leicester", 5,
            "Three years coaching in organisational development programmes.", 10, "Band 7 to band 8b", CoachingRegions.Midlands, now.AddDays(-3));
        yasmin.IssueLineManagerLink("demo-link-already-used", now.AddDays(-3));
        yasmin.ConfirmLineManager("demo-link-already-used", now.AddDays(-2));
        db.CoachApplications.AddRange(grace, peter, yasmin);

        var relationship = new CoachingRelationship { CoachId = coach.Id, CoacheeId = coachee.Id, MatchedById = leadId, MatchedOn = today.AddDays(-50) };
        relationship.LogSession(today.AddDays(-40), 60, SessionMode.Virtual,
            "Explored Amara's ambition to become a director of transformation; she wants evidence of board-level work. Suggested she present the pathway redesign to the ICB board.",
            today, now.AddDays(-40));
        relationship.LogSession(today.AddDays(-8), 75, SessionMode.InPerson,
            "Practised the board presentation. Confidence much improved; next time: the interview for the deputy director post.",
            today, now.AddDays(-8));
        db.CoachingRelationships.Add(relationship);
        await db.SaveChangesAsync(cancellationToken);
    }

    private static CoachingWorkshop Workshop(int part, DateTime startsAt, int capacity) => new()
    {
        Part = part,
        StartsAtUtc = new DateTime(startsAt.Year, startsAt.Month, startsAt.Day, 8, 45, 0, DateTimeKind.Utc),
        Place = "Virtual via MS Teams",
        Capacity = capacity,
    };

    private static CoachApplication Application(
        string personId, string qualification, string provider, int level, string experience, int coachees, string seniority, CoachingRegions regions, DateTime submittedAt) => new()
    {
        ApplicantId = personId,
        QualificationName = qualification,
        QualificationProvider = provider,
        QualificationLevel = level,
        ExperienceSummary = experience,
        NumberOfCoachees = coachees,
        CoacheeSeniority = seniority,
        CoachingRegister = NhsRegion.Midlands,
        RegionsOffered = regions,
        ActiveRegisterMember = true,
        HasSupervision = true,
        CpdEvidenced = true,
        AvailableOnceTrained = true,
        LineManagerPermission = true,
        AcceptsTerms = true,
        AcceptsDataUse = true,
        LineManagerName = "Dr Elaine Foster",
        LineManagerEmail = "elaine.foster@example.org",
        SubmittedAtUtc = submittedAt,
    };

    private static void Approve(CoachApplication application, string leadId, DateTime at)
    {
        application.IssueLineManagerLink("demo-link-" + application.Id.ToString("N"), application.SubmittedAtUtc);
        application.ConfirmLineManager("demo-link-" + application.Id.ToString("N"), application.SubmittedAtUtc.AddDays(1));
        application.Approve(leadId, at);
    }

    /// <summary>Books the workshop while it is still to come, then records attendance once it has happened.</summary>
    private static void Attend(CoachingWorkshop workshop, CoachApplication coach, DateTime bookedAt, DateTime attendedAt)
    {
        workshop.Book(coach, bookedAt);
        coach.Bookings[^1].RecordAttendance(true, attendedAt);
    }
}
