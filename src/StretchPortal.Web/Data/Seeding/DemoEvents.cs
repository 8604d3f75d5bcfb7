using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using StretchPortal.Web.Domain;
using StretchPortal.Web.Security;

namespace StretchPortal.Web.Data.Seeding;

/// <summary>
/// The demo programme's events, showcase, resource library and alumni: a pilot cohort that finished last year (one
/// alum listed in the directory with the assignment she presented, and two mentees whose completed assignments wait
/// for a celebration event: the celebration browser journey presents them, and nothing else touches them); Cohort 1's
/// celebration event three days ago where Aisha Rahman presented; an upcoming and a past facilitated session for
/// mentors and sponsors; resources for every audience; and a resource the demo coach recommended to the demo mentee.
/// </summary>
internal sealed class DemoEvents(StretchPortalDbContext db, UserManager<Person> people, DateTime now)
{
    /// <summary>The two completed assignments the celebration journey presents (pilot cohort, demo programme).</summary>
    public const string JourneyAssignmentOne = "Opening a same-day emergency care unit for frail older people";
    public const string JourneyAssignmentTwo = "Bringing the learning disability annual health check into community pharmacy";

    private readonly DateOnly today = DateOnly.FromDateTime(now);

    public async Task SeedAsync(Programme programme, string leadId, CancellationToken cancellationToken)
    {
        var priorities = await db.IcsPriorities.OrderBy(p => p.SortOrder).Select(p => p.Id).ToListAsync(cancellationToken);
        var mentor = await IdOf("marcus.reid@example.org", cancellationToken);
        var otherMentor = await IdOf("sunita.gill@example.org", cancellationToken);
        var sponsor = await IdOf("fiona.walsh@example.org", cancellationToken);
        var coach = await IdOf("coach@example.org", cancellationToken);
        var demoMentee = await IdOf("mentee@example.org", cancellationToken);

        var pilot = new Cohort
        {
            ProgrammeId = programme.Id,
            Name = "Pilot cohort",
            StartDate = today.AddMonths(-16),
            EndDate = today.AddMonths(-4),
        };
        db.Cohorts.Add(pilot);
        var samuel = await Enrol(pilot, "samuel.boateng@example.org", "Samuel Boateng", "Head of Commissioning", mentor, sponsor, cancellationToken);
        var ngozi = await Enrol(pilot, "ngozi.obi@example.org", "Ngozi Obi", "Consultant Nurse, Older People", otherMentor, sponsor, cancellationToken);
        var hamid = await Enrol(pilot, "hamid.qureshi@example.org", "Hamid Qureshi", "Lead Pharmacist, Primary Care", otherMentor, sponsor, cancellationToken);

        // Samuel: presented at the pilot's celebration event, now alumni and listed in the directory.
        var pilotStart = pilot.StartDate.AddMonths(2);
        var stroke = Completed(samuel, pilotStart, priorities[0], priorities[1],
            "Recommissioning community stroke rehabilitation across the ICB",
            "Bring the three community stroke rehabilitation contracts into one service with the same offer across Leicester, Leicestershire and Rutland.",
            "One specification agreed with the three providers and stroke survivors; the new service started on time and within budget; waits for home-based rehabilitation fell from 21 to 9 days.",
            "Co-producing the specification with stroke survivors changed what we bought: more psychological support, fewer fixed session counts. Start provider engagement before the business case, not after.",
            "The ICB's commissioning team now co-produces every service specification with people who use the service, using the approach from this assignment.");
        var pilotCelebration = CelebrationEvent.Schedule(programme.Id, "Pilot cohort celebration event", At(pilot.EndDate.AddDays(-20), 13),
            "Leicester Marriott", "The pilot cohort presents its stretch assignments to mentors, sponsors and the ICB board.");
        Must(pilotCelebration.AddPresentation(stroke, programme.Id, leadId, At(pilot.EndDate.AddDays(-20), 17)));
        Must(samuel.Complete(At(pilot.EndDate, 17)));
        Must(samuel.JoinAlumni());

        // Ngozi and Hamid: completed, waiting for a celebration event (the browser journey's own).
        Completed(ngozi, pilotStart, priorities[0], priorities[2], JourneyAssignmentOne,
            "Open a same-day emergency care unit so that frail older people are assessed and sent home the same day instead of being admitted.",
            "The unit opened five days a week; a third of frail older people seen went home the same day; bed days for over-80s fell by 6%.",
            "Therapists at the front door made the difference. Agree transport home before the first patient, not after.",
            "Frailty scoring at triage is now standard in the emergency department, and the unit's pathway is used for weekend cover.");
        Completed(hamid, pilotStart, priorities[1], priorities[0], JourneyAssignmentTwo,
            "Offer the annual health check for people with a learning disability in community pharmacies, so that more people have one.",
            "Twelve pharmacies trained; uptake of the annual health check in the pilot area rose from 58% to 71%.",
            "Easy-read invitations and longer appointments mattered more than the venue. GP practices needed a simple referral route.",
            "Community pharmacies now share health check results with practices through the shared care record instead of by letter.");
        await db.SaveChangesAsync(cancellationToken);

        var profile = AlumniProfile.For(samuel);
        Must(profile.OptIn(samuel.Status, "Deputy Director of Commissioning", "Leicester, Leicestershire and Rutland ICB", stroke.Id, At(pilot.EndDate.AddDays(5), 10)));
        db.AlumniProfiles.Add(profile);
        db.AlumniPosts.Add(new AlumniPost
        {
            ProgrammeId = programme.Id,
            Kind = AlumniPostKind.Event,
            Title = "Alumni networking evening",
            Body = "Join other alumni and this year's cohort for an evening of conversation about leading across the system. Refreshments from 5:30pm.",
            EventStartsAt = Future(today.AddDays(24), 17),
            AuthorId = leadId,
            PostedAt = At(today.AddDays(-6), 9),
        });
        db.AlumniPosts.Add(new AlumniPost
        {
            ProgrammeId = programme.Id,
            Kind = AlumniPostKind.News,
            Title = "New podcast: leading change as a minority ethnic leader",
            Body = "The first episode of the alumni podcast is out: Samuel Boateng talks about recommissioning a service with the people who use it.",
            AuthorId = leadId,
            PostedAt = At(today.AddDays(-12), 11),
        });

        // Cohort 1's celebration event, three days ago, where Aisha Rahman presented (DemoStory marked her assignment presented).
        var presented = await db.StretchAssignments
            .Where(a => a.Status == AssignmentStatus.Presented && a.Enrolment!.Cohort!.ProgrammeId == programme.Id && a.Id != stroke.Id)
            .Select(a => a.Id)
            .ToListAsync(cancellationToken);
        var celebration = CelebrationEvent.Schedule(programme.Id, "Cohort 1 celebration event", At(today.AddDays(-3), 13),
            "Leicester Marriott", "Mentees present their completed stretch assignments, showcasing good practice and learning.");
        for (var i = 0; i < presented.Count; i++)
        {
            celebration.Presentations.Add(new Presentation { EventId = celebration.Id, AssignmentId = presented[i], Position = i + 1 });
        }

        db.CelebrationEvents.AddRange(pilotCelebration, celebration);

        var past = FacilitatedSession.Schedule(programme.Id, "Mentors and sponsors check-in", At(today.AddDays(-14), 12), "Microsoft Teams",
            "How is the environment you offer serving your mentee? Share what is working and what gets in the way.");
        var cohortSupporters = await db.Enrolments.Where(e => e.Cohort!.ProgrammeId == programme.Id && e.Status != EnrolmentStatus.Withdrawn)
            .Select(e => new { e.MentorId, e.SponsorId }).ToListAsync(cancellationToken);
        var invited = cohortSupporters.SelectMany(e => new[] { e.MentorId, e.SponsorId }).OfType<string>().Distinct().ToList();
        Must(past.RecordAttendance(invited.Take(4).ToList(), invited, At(today.AddDays(-14), 14)));
        var upcoming = FacilitatedSession.Schedule(programme.Id, "Mid-point check-in for mentors and sponsors", Future(today.AddDays(14), 12),
            "County Hall, Glenfield, and Microsoft Teams", "Halfway through the practical element: what support do the mentees need for the second half?");
        db.FacilitatedSessions.AddRange(past, upcoming);

        var resources = Resources(priorities);
        db.Resources.AddRange(resources);
        db.ResourceRecommendations.Add(new ResourceRecommendation
        {
            ResourceId = resources[0].Id,
            CoachId = coach,
            CoacheeId = demoMentee,
            Note = "Worth doing before our next session: we can use it to plan your next career step.",
            RecommendedAt = At(today.AddDays(-2), 10),
        });
        await db.SaveChangesAsync(cancellationToken);
    }

    private List<Resource> Resources(List<Guid> priorities) =>
    [
        Resource.Curate(new ResourceDetails(
            "Planning your next career step",
            "An e-learning module on reviewing your strengths, setting a career goal and planning the development to reach it.",
            ResourceKind.ELearning, ResourceAudience.Mentees, ResourceTopics.CareerPlanning, "https://learninghub.nhs.uk/", []), At(today.AddDays(-30), 9)),
        Resource.Curate(new ResourceDetails(
            "Preparing for a board role",
            "What boards look for in executive and non-executive directors, and how to prepare for a first board role.",
            ResourceKind.Article, ResourceAudience.All, ResourceTopics.BoardRoles | ResourceTopics.CareerPlanning,
            "https://www.leadershipacademy.nhs.uk/", [priorities[3]]), At(today.AddDays(-30), 9)),
        Resource.Curate(new ResourceDetails(
            "Quality improvement: the model for improvement",
            "A short video on PDSA cycles and measurement for improvement, with examples from NHS teams.",
            ResourceKind.Video, ResourceAudience.All, ResourceTopics.QualityImprovement, "https://www.england.nhs.uk/qsir/",
            [priorities[0], priorities[2]]), At(today.AddDays(-29), 9)),
        Resource.Curate(new ResourceDetails(
            "Commissioning for population health",
            "A guide to assessing need, planning, buying and monitoring services for the best outcomes across a system.",
            ResourceKind.Document, ResourceAudience.Mentees, ResourceTopics.Commissioning, "https://www.england.nhs.uk/integratedcare/",
            [priorities[0], priorities[1]]), At(today.AddDays(-28), 9)),
        Resource.Curate(new ResourceDetails(
            "Mentoring across difference",
            "How mentors can create a safe space to talk about race and inclusion, and see things through a minority lens.",
            ResourceKind.Article, ResourceAudience.Mentors, ResourceTopics.Inclusion | ResourceTopics.CoachingAndMentoring,
            "https://www.england.nhs.uk/about/equality/", [priorities[1]]), At(today.AddDays(-27), 9)),
        Resource.Curate(new ResourceDetails(
            "Coaching supervision: a practical guide",
            "What good coaching supervision looks like and how to make the most of it each quarter.",
            ResourceKind.Link, ResourceAudience.Coaches, ResourceTopics.CoachingAndMentoring, "https://www.leadershipacademy.nhs.uk/coaching-and-mentoring/",
            []), At(today.AddDays(-26), 9)),
    ];

    private async Task<Enrolment> Enrol(Cohort cohort, string email, string name, string jobTitle, string mentorId, string sponsorId, CancellationToken cancellationToken)
    {
        var person = new Person
        {
            UserName = email,
            Email = email,
            EmailConfirmed = true,
            FullName = name,
            JobTitle = jobTitle,
            OrganisationId = (await db.Users.Where(p => p.Id == mentorId).Select(p => p.OrganisationId).SingleAsync(cancellationToken)),
            Region = NhsRegion.Midlands,
            CreatedAt = now,
        };
        var created = await people.CreateAsync(person, DemoDataSeeder.Password);
        if (!created.Succeeded)
        {
            throw new InvalidOperationException("Demo account could not be created: " + string.Join("; ", created.Errors.Select(e => e.Code)));
        }

        await people.AddToRoleAsync(person, Roles.Mentee);
        var enrolment = new Enrolment { MenteeId = person.Id, MentorId = mentorId, SponsorId = sponsorId, EnrolledAt = At(cohort.StartDate, 9) };
        cohort.Enrolments.Add(enrolment);
        return enrolment;
    }

    private StretchAssignment Completed(
        Enrolment enrolment, DateOnly start, Guid priority, Guid secondPriority, string title, string aim, string outcomes, string lessons, string improvements)
    {
        var assignment = StretchAssignment.Draft(enrolment.Id, new AssignmentDetails(
            title, AssignmentType.ServiceRedesign, null, aim, null, "Lead the work from scoping to evaluation.", outcomes,
            start, start.AddDays(84), 7.5, null, [priority, secondPriority], []), enrolment.MenteeId, At(start.AddDays(-14), 10));
        var mentorId = enrolment.MentorId!;
        Must(assignment.Submit(enrolment.MenteeId, At(start.AddDays(-12), 10)));
        Must(assignment.Agree(mentorId, null, At(start.AddDays(-10), 10)));
        Must(assignment.Start(enrolment.MenteeId, At(start, 9)));
        Must(assignment.Complete(enrolment.MenteeId, outcomes, lessons, improvements, At(start.AddDays(86), 15)));
        db.StretchAssignments.Add(assignment);
        return assignment;
    }

    private Task<string> IdOf(string email, CancellationToken cancellationToken)
    {
        var normalized = email.ToUpperInvariant();
        return db.Users.Where(p => p.NormalizedEmail == normalized).Select(p => p.Id).SingleAsync(cancellationToken);
    }

    private DateTime At(DateOnly day, int hour)
    {
        var at = day.ToDateTime(new TimeOnly(hour, 0), DateTimeKind.Utc);
        return at < now ? at : now;
    }

    private static DateTime Future(DateOnly day, int hour) => day.ToDateTime(new TimeOnly(hour, 0), DateTimeKind.Utc);

    private static void Must(Outcome outcome)
    {
        if (!outcome.Succeeded)
        {
            throw new InvalidOperationException("Demo step refused: " + outcome.Refusal);
        }
    }
}
