using Microsoft.EntityFrameworkCore;
using StretchPortal.IntegrationTests.Features.Home;
using StretchPortal.IntegrationTests.Infrastructure;
using StretchPortal.Web.Domain;
using StretchPortal.Web.Security;

namespace StretchPortal.IntegrationTests.Features.Reports;

/// <summary>
/// One programme with two cohorts, and a mentee of another programme who must never show, on a clock stopped on
/// Wednesday 18 November 2026 (the last week to have ended is Monday 9 to Sunday 15 November).
/// Cohort A (mentor "Test mentor"): amara (weeks overdue 2, one week over hours, last check-in 1 November, change
/// management serving the builder's default priority and another, coached since 1 April with one session: behind), bola (agreed,
/// starts this week, coached since 1 September with one session: not behind), chen (a draft only, enrolled 30 days
/// ago), dami (an assignment agreed then withdrawn, enrolled 5 days ago), eve (withdrawn from the programme, with
/// overdue weeks) and femi (three weeks overdue, one blocked week over hours).
/// Cohort B (mentor "Test mentor2"): gina (a QI assignment serving a third priority, two weeks overdue) and hal
/// (no assignment, enrolled 70 days ago).
/// </summary>
internal sealed record ReportsScenario(
    Guid ProgrammeId, Guid CohortId, Guid SecondCohortId, Guid OtherCohortId, Person Lead, Person Mentor, Person SecondMentor, Guid DefaultPriority, Guid AmarasOtherPriority, Guid GinasPriority)
{
    public static readonly DateTime Now = new(2026, 11, 18, 10, 0, 0, DateTimeKind.Utc);

    public static DateOnly Today => DateOnly.FromDateTime(Now);

    public static async Task<ReportsScenario> BuildAsync(PortalApp app)
    {
        var lead = await app.PersonAsync("lead@example.org", Roles.ProgrammeLead);
        var (programme, cohort) = await app.ProgrammeAsync(lead.Id);
        var second = await app.WithDbAsync(async db =>
        {
            var added = new Cohort { ProgrammeId = programme.Id, Name = "Cohort B", StartDate = new DateOnly(2026, 9, 1), EndDate = new DateOnly(2027, 6, 30) };
            db.Cohorts.Add(added);
            await db.SaveChangesAsync();
            return added;
        });
        var mentor = await app.PersonAsync("mentor@example.org", Roles.Mentor);
        var mentor2 = await app.PersonAsync("mentor2@example.org", Roles.Mentor);
        var coach = await app.PersonAsync("coach@example.org", Roles.Coach);
        var priorities = await app.WithDbAsync(db => db.IcsPriorities.OrderBy(p => p.SortOrder).Select(p => p.Id).ToListAsync());

        var amara = await EnrolAsync(app, cohort.Id, "amara@example.org", mentor.Id, 60);
        var triage = await app.AssignmentAsync(amara, "Outpatient triage, phase 2", AssignmentStatus.InProgress, new DateOnly(2026, 10, 19), new DateOnly(2027, 1, 8), Now, 7.5, a =>
        {
            a.Week(new DateOnly(2026, 10, 19), DeliverableStatus.Done, 7.5);
            a.Week(new DateOnly(2026, 10, 26), DeliverableStatus.Slipped, 10);
            a.Week(new DateOnly(2026, 11, 2));
        });
        // The test builder gives every assignment one priority; amara's also serves another, gina's only a third.
        var defaultPriority = await app.WithDbAsync(db => db.StretchAssignments.Where(a => a.Id == triage.Id).SelectMany(a => a.Priorities).Select(p => p.IcsPriorityId).SingleAsync());
        var others = priorities.Where(p => p != defaultPriority).ToList();
        await RetypeAsync(app, triage.Id, AssignmentType.ChangeManagement, defaultPriority, others[0]);
        await CheckInAsync(app, amara, new DateOnly(2026, 11, 1));
        await CheckInAsync(app, amara, new DateOnly(2026, 10, 1));
        await CoachingAsync(app, amara.MenteeId, coach.Id, lead.Id, new DateOnly(2026, 4, 1), new DateOnly(2026, 5, 20));

        var bola = await EnrolAsync(app, cohort.Id, "bola@example.org", mentor.Id, 40);
        await app.AssignmentAsync(bola, "Digital roll-out", AssignmentStatus.Agreed, new DateOnly(2026, 11, 16), new DateOnly(2027, 2, 1), Now);
        await CheckInAsync(app, bola, new DateOnly(2026, 11, 10));
        await CheckInAsync(app, bola, new DateOnly(2026, 11, 25));
        await CoachingAsync(app, bola.MenteeId, coach.Id, lead.Id, new DateOnly(2026, 9, 1), new DateOnly(2026, 10, 5));

        var chen = await EnrolAsync(app, cohort.Id, "chen@example.org", mentor.Id, 30);
        await app.AssignmentAsync(chen, "Still drafting", AssignmentStatus.Draft, new DateOnly(2026, 12, 1), new DateOnly(2027, 2, 1), Now);

        var dami = await EnrolAsync(app, cohort.Id, "dami@example.org", mentor.Id, 5);
        await app.AssignmentAsync(dami, "Given up", AssignmentStatus.Agreed, new DateOnly(2026, 10, 19), new DateOnly(2027, 1, 8), Now, 7.5, a =>
            AssignmentTestData.Must(a.Withdraw(dami.MenteeId, "Moved post", Now.AddDays(-2))));

        var eve = await EnrolAsync(app, cohort.Id, "eve@example.org", mentor.Id, 60);
        await app.AssignmentAsync(eve, "Left behind", AssignmentStatus.InProgress, new DateOnly(2026, 10, 19), new DateOnly(2027, 1, 8), Now, 7.5, a =>
            a.Week(new DateOnly(2026, 10, 19), DeliverableStatus.Done, 12));
        await CheckInAsync(app, eve, new DateOnly(2026, 11, 12));
        await app.WithDbAsync(async db =>
        {
            var enrolment = await db.Enrolments.SingleAsync(e => e.Id == eve.Id);
            AssignmentTestData.Must(enrolment.Withdraw("Left the trust", Now.AddDays(-1)));
            await db.SaveChangesAsync();
        });

        var femi = await EnrolAsync(app, cohort.Id, "femi@example.org", mentor.Id, 50);
        await app.AssignmentAsync(femi, "=SUM(1,2)", AssignmentStatus.InProgress, new DateOnly(2026, 10, 19), new DateOnly(2026, 11, 27), Now, 7.5, a =>
            a.Week(new DateOnly(2026, 11, 2), DeliverableStatus.Blocked, 8));
        await CheckInAsync(app, femi, new DateOnly(2026, 10, 20));

        var gina = await EnrolAsync(app, second.Id, "gina@example.org", mentor2.Id, 20);
        var quality = await app.AssignmentAsync(gina, "Sepsis screening QI", AssignmentStatus.InProgress, new DateOnly(2026, 11, 2), new DateOnly(2027, 1, 8), Now);
        await RetypeAsync(app, quality.Id, AssignmentType.QualityImprovement, others[1]);
        await CheckInAsync(app, gina, new DateOnly(2026, 11, 16));
        await EnrolAsync(app, second.Id, "hal@example.org", mentor2.Id, 70);

        var otherLead = await app.PersonAsync("someone.else@example.org", Roles.ProgrammeLead);
        var (_, otherCohort) = await app.ProgrammeAsync(otherLead.Id, "Elsewhere");
        var other = await EnrolAsync(app, otherCohort.Id, "other@example.org", mentor.Id, 60);
        await app.AssignmentAsync(other, "Elsewhere", AssignmentStatus.InProgress, new DateOnly(2026, 10, 19), new DateOnly(2027, 1, 8), Now);
        await CoachingAsync(app, other.MenteeId, coach.Id, otherLead.Id, new DateOnly(2026, 1, 1));

        return new ReportsScenario(programme.Id, cohort.Id, second.Id, otherCohort.Id, lead, mentor, mentor2, defaultPriority, others[0], others[1]);
    }

    public static async Task<Enrolment> EnrolAsync(PortalApp app, Guid cohortId, string email, string mentorId, int daysAgo)
    {
        var mentee = await app.PersonAsync(email, Roles.Mentee);
        return await app.WithDbAsync(async db =>
        {
            var enrolment = new Enrolment { CohortId = cohortId, MenteeId = mentee.Id, MentorId = mentorId, EnrolledAt = Now.AddDays(-daysAgo) };
            db.Enrolments.Add(enrolment);
            await db.SaveChangesAsync();
            return enrolment;
        });
    }

    public static Task CheckInAsync(PortalApp app, Enrolment enrolment, DateOnly heldOn) =>
        app.WithDbAsync(async db =>
        {
            db.CheckIns.Add(new CheckIn { EnrolmentId = enrolment.Id, HeldOn = heldOn, AuthorId = enrolment.MentorId!, WithMentor = true, RecordedAt = Now });
            await db.SaveChangesAsync();
        });

    /// <summary>A coaching relationship of <paramref name="coacheeId"/> with a session on each date given.</summary>
    public static Task CoachingAsync(PortalApp app, string coacheeId, string coachId, string leadId, DateOnly matchedOn, params DateOnly[] sessions) =>
        app.WithDbAsync(async db =>
        {
            var relationship = new CoachingRelationship { CoachId = coachId, CoacheeId = coacheeId, MatchedOn = matchedOn, MatchedById = leadId };
            foreach (var heldOn in sessions)
            {
                AssignmentTestData.Must(relationship.LogSession(heldOn, 60, SessionMode.InPerson, "Private to the coach", Today, Now));
            }

            db.CoachingRelationships.Add(relationship);
            await db.SaveChangesAsync();
        });

    /// <summary>Gives an assignment another type and these ICS priorities instead of the test builder's defaults.</summary>
    public static Task RetypeAsync(PortalApp app, Guid assignmentId, AssignmentType type, params Guid[] priorities) =>
        app.WithDbAsync(async db =>
        {
            await db.StretchAssignments.Where(a => a.Id == assignmentId).ExecuteUpdateAsync(s => s.SetProperty(a => a.Type, type));
            var assignment = await db.StretchAssignments.Include(a => a.Priorities).SingleAsync(a => a.Id == assignmentId);
            assignment.Priorities.Clear();
            assignment.Priorities.AddRange(priorities.Select(p => new AssignmentPriority { AssignmentId = assignmentId, IcsPriorityId = p }));
            await db.SaveChangesAsync();
        });
}
