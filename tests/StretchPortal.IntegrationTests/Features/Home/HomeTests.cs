using System.Data;
using System.Security.Claims;
using AngleSharp.Dom;
using Microsoft.EntityFrameworkCore;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using StretchPortal.IntegrationTests.Infrastructure;
using StretchPortal.Web.Data;
using StretchPortal.Web.Domain;
using StretchPortal.Web.Features.Home;
using StretchPortal.Web.Security;

namespace StretchPortal.IntegrationTests.Features.Home;

/// <summary>
/// The home page's sections for mentees, mentors, sponsors and coaches, on a clock stopped on Wednesday
/// 18 November 2026 (this week starts on Monday 16 November).
/// </summary>
public sealed class HomeTests : IDisposable
{
    private static readonly DateTime Now = new(2026, 11, 18, 10, 0, 0, DateTimeKind.Utc);
    private static readonly DateOnly ThisMonday = new(2026, 11, 16);
    private readonly CommandCounter commands = new();
    private readonly ConnectionCounter connections = new();
    private readonly PortalApp app = new();
    private Guid cohortId;

    public HomeTests()
    {
        app.TestServices = services =>
        {
            services.AddSingleton<TimeProvider>(new FixedClock(new DateTimeOffset(Now)));
            services.AddSingleton<IInterceptor>(commands);
            services.AddSingleton<IInterceptor>(connections);
        };
    }

    [Fact]
    public async Task A_mentor_sees_exactly_their_own_mentees_submitted_assignments_waiting_for_agreement()
    {
        var mentor = await app.PersonAsync("mentor@example.org", Roles.Mentor);
        var otherMentor = await app.PersonAsync("other.mentor@example.org", Roles.Mentor);
        var submitted = await app.AssignmentAsync(await EnrolAsync("amara@example.org", mentor), "Outpatient triage redesign", AssignmentStatus.Submitted, ThisMonday.AddDays(7), ThisMonday.AddDays(88), Now);
        var second = await EnrolAsync("tariq@example.org", mentor);
        await app.AssignmentAsync(second, "Still a draft", AssignmentStatus.Draft, ThisMonday.AddDays(7), ThisMonday.AddDays(88), Now);
        await app.AssignmentAsync(second, "Already agreed", AssignmentStatus.Agreed, ThisMonday.AddDays(7), ThisMonday.AddDays(88), Now);
        await app.AssignmentAsync(await EnrolAsync("kwame@example.org", otherMentor), "Another mentor's assignment", AssignmentStatus.Submitted, ThisMonday.AddDays(7), ThisMonday.AddDays(88), Now);
        using var client = await app.SignedInAsync(mentor.Email!);

        var page = await client.GetPageAsync("/");

        var waiting = Assert.Single(page.QuerySelectorAll("tr.app-waiting"));
        Assert.Equal("Outpatient triage redesign", waiting.QuerySelector("a")?.TextContent.Trim());
        Assert.Equal("Test amara", waiting.QuerySelectorAll("td")[1].TextContent.Trim());
        Assert.Equal("9 November 2026", waiting.QuerySelectorAll("td")[2].TextContent.Trim());
        Assert.Contains(waiting.QuerySelectorAll("a"), a => a.GetAttribute("href") == "/Assignments/Agree/" + submitted.Id);
        Assert.DoesNotContain("Another mentor's assignment", page.Body!.TextContent, StringComparison.Ordinal);
        Assert.Equal(["Test amara", "Test tariq"], MenteeRows(page).Select(r => r.QuerySelector("td")!.FirstChild!.TextContent.Trim()));
    }

    [Fact]
    public async Task The_mentor_sees_weeks_overdue_counting_weeks_never_planned_and_hours_over_the_agreement()
    {
        var mentor = await app.PersonAsync("mentor@example.org", Roles.Mentor);
        var late = await EnrolAsync("late@example.org", mentor);
        var lateAssignment = await app.AssignmentAsync(late, "Late assignment", AssignmentStatus.InProgress, new DateOnly(2026, 10, 19), new DateOnly(2027, 1, 8), Now, 7.5, a =>
        {
            a.Week(new DateOnly(2026, 10, 19), DeliverableStatus.Done, 7.5);
            a.Week(new DateOnly(2026, 10, 26), DeliverableStatus.Done, 9);
            a.Week(new DateOnly(2026, 11, 2)); // planned, never updated
            // 9 November: no row at all. 16 November: this week, not over yet.
        });
        var steady = await EnrolAsync("steady@example.org", mentor);
        await app.AssignmentAsync(steady, "Steady assignment", AssignmentStatus.InProgress, new DateOnly(2026, 11, 4), new DateOnly(2027, 1, 8), Now, 7.5, a =>
        {
            a.Week(new DateOnly(2026, 11, 2), DeliverableStatus.Done, 7);
            a.Week(new DateOnly(2026, 11, 9), DeliverableStatus.Slipped, 7.5);
        });
        var none = await EnrolAsync("none@example.org", mentor);
        var waiting = await EnrolAsync("waiting@example.org", mentor);
        await app.AssignmentAsync(waiting, "Waiting assignment", AssignmentStatus.Submitted, ThisMonday.AddDays(7), ThisMonday.AddDays(88), Now);
        using var client = await app.SignedInAsync(mentor.Email!);

        var page = await client.GetPageAsync("/");

        Assert.Equal(["2 weeks overdue", "Over hours"], Flags(MenteeRow(page, late)));
        Assert.Equal("/Assignments/Details/" + lateAssignment.Id, MenteeRow(page, late).QuerySelector("td:nth-child(3) a")?.GetAttribute("href"));
        Assert.Equal("In progress", MenteeRow(page, late).QuerySelector("td:nth-child(3) .nhsuk-tag")?.TextContent.Trim());
        Assert.Equal(["On track"], Flags(MenteeRow(page, steady)));
        Assert.Equal(["No agreed assignment"], Flags(MenteeRow(page, none)));
        Assert.Equal("None yet", MenteeRow(page, none).QuerySelector("td:nth-child(3)")?.TextContent.Trim());
        Assert.Equal(["No agreed assignment"], Flags(MenteeRow(page, waiting)));
        Assert.Equal("Submitted for agreement", MenteeRow(page, waiting).QuerySelector("td:nth-child(3) .nhsuk-tag")?.TextContent.Trim());
    }

    [Fact]
    public async Task A_mentee_sees_this_weeks_deliverable_with_the_link_to_plan_or_update_it_and_their_overdue_weeks()
    {
        var mentor = await app.PersonAsync("mentor@example.org", Roles.Mentor);
        var enrolment = await EnrolAsync("mentee@example.org", mentor);
        var unplanned = await app.AssignmentAsync(enrolment, "Unplanned this week", AssignmentStatus.InProgress, new DateOnly(2026, 10, 19), new DateOnly(2027, 1, 8), Now, 7.5, a =>
        {
            a.Week(new DateOnly(2026, 10, 19), DeliverableStatus.Done, 7.5);
            a.Week(new DateOnly(2026, 10, 26), DeliverableStatus.Done, 7.5);
        });
        WeeklyDeliverable? thisWeek = null;
        var planned = await app.AssignmentAsync(enrolment, "Planned this week", AssignmentStatus.Agreed, new DateOnly(2026, 11, 9), new DateOnly(2027, 1, 8), Now, 7.5, a =>
        {
            a.Week(new DateOnly(2026, 11, 9), DeliverableStatus.PartlyDone, 5);
            thisWeek = a.Week(ThisMonday);
        });
        var ended = await app.AssignmentAsync(enrolment, "Ended with no weeks", AssignmentStatus.InProgress, new DateOnly(2026, 10, 28), new DateOnly(2026, 11, 6), Now);
        var finished = await app.AssignmentAsync(enrolment, "Completed without weeks", AssignmentStatus.Completed, new DateOnly(2026, 9, 7), new DateOnly(2026, 10, 30), Now);
        using var client = await app.SignedInAsync("mentee@example.org");

        var page = await client.GetPageAsync("/");

        var unplannedRow = WeekRow(page, unplanned.Id);
        Assert.Equal("Not planned yet", unplannedRow.QuerySelector(".app-this-week .nhsuk-tag")?.TextContent.Trim());
        Assert.Equal("2 weeks overdue", unplannedRow.QuerySelector(".app-overdue")?.TextContent.Trim());
        Assert.Contains(unplannedRow.QuerySelectorAll("a"), a => a.GetAttribute("href") == $"/Weeks/Plan?assignmentId={unplanned.Id}&week=2026-11-16");
        Assert.Contains(unplannedRow.QuerySelectorAll("a"), a => a.GetAttribute("href") == $"/Weeks?assignmentId={unplanned.Id}");

        var plannedRow = WeekRow(page, planned.Id);
        Assert.Equal("Planned", plannedRow.QuerySelector(".app-this-week .nhsuk-tag")?.TextContent.Trim());
        Assert.Equal("None", plannedRow.QuerySelector(".app-overdue")?.TextContent.Trim());
        Assert.Contains(plannedRow.QuerySelectorAll("a"), a => a.GetAttribute("href") == "/Weeks/Update/" + thisWeek!.Id);

        // Weeks after the end date are not due: the weeks of 26 October and 2 November are.
        var endedRow = WeekRow(page, ended.Id);
        Assert.Equal("2 weeks overdue", endedRow.QuerySelector(".app-overdue")?.TextContent.Trim());
        Assert.StartsWith("No week due", endedRow.QuerySelector(".app-this-week")?.TextContent.Trim(), StringComparison.Ordinal);

        Assert.Null(page.QuerySelector($"tr[data-assignment='{finished.Id}']"));
        var assignments = page.QuerySelectorAll("table[aria-labelledby=my-assignments-heading] tbody tr").ToList();
        Assert.Equal(4, assignments.Count);
        Assert.Contains(assignments, r => r.QuerySelector("a")?.GetAttribute("href") == "/Assignments/Details/" + finished.Id
            && r.QuerySelector(".nhsuk-tag")?.TextContent.Trim() == "Completed");
    }

    [Fact]
    public async Task A_mentee_sees_their_open_check_in_actions_and_their_next_check_in()
    {
        var mentor = await app.PersonAsync("mentor@example.org", Roles.Mentor);
        var coach = await app.PersonAsync("coach@example.org", Roles.Coach);
        var mine = await EnrolAsync("mentee@example.org", mentor, coach: coach);
        var theirs = await EnrolAsync("someone.else@example.org", mentor);
        await app.WithDbAsync(async db =>
        {
            var past = CheckIn(mine, mentor.Id, new DateOnly(2026, 11, 2), withMentor: true);
            past.Actions.Add(new CheckInAction { Description = "Book time with the clinical director", OwnerId = mine.MenteeId, DueOn = new DateOnly(2026, 11, 10) });
            var done = new CheckInAction { Description = "Share the capacity model", OwnerId = mine.MenteeId, DueOn = new DateOnly(2026, 11, 6) };
            AssignmentTestData.Must(done.Complete(Now.AddDays(-14)));
            past.Actions.Add(done);
            past.Actions.Add(new CheckInAction { Description = "Brief the divisional director", OwnerId = mentor.Id, DueOn = new DateOnly(2026, 11, 12) });
            past.Actions.Add(new CheckInAction { Description = "Agree the workshop date", DueOn = new DateOnly(2026, 11, 30) });
            var others = CheckIn(theirs, mentor.Id, new DateOnly(2026, 11, 19), withMentor: true);
            others.Actions.Add(new CheckInAction { Description = "Someone else's action", OwnerId = theirs.MenteeId });
            db.CheckIns.AddRange(
                past,
                CheckIn(mine, mentor.Id, new DateOnly(2026, 11, 17), withMentor: true),
                CheckIn(mine, coach.Id, new DateOnly(2026, 11, 25), withCoach: true),
                CheckIn(mine, mentor.Id, new DateOnly(2026, 12, 10), withMentor: true),
                others);
            await db.SaveChangesAsync();
        });
        using var client = await app.SignedInAsync("mentee@example.org");

        var page = await client.GetPageAsync("/");

        var actions = page.QuerySelectorAll("tr.app-action").ToList();
        Assert.Equal(["Book time with the clinical director", "Agree the workshop date"], actions.Select(r => r.QuerySelector("td")!.TextContent.Trim()));
        Assert.Equal("Overdue", actions[0].QuerySelector(".nhsuk-tag")?.TextContent.Trim());
        Assert.Null(actions[1].QuerySelector(".nhsuk-tag"));
        Assert.Equal("/CheckIns?enrolmentId=" + mine.Id, actions[0].QuerySelector("a")?.GetAttribute("href"));
        Assert.Equal("25 November 2026, with Test coach (coach)", page.QuerySelector("#next-check-in")?.TextContent.Trim());
        Assert.Contains(page.QuerySelectorAll("main a"), a => a.GetAttribute("href") == "/Assignments/Create" && a.TextContent.Trim() == "Draft a stretch assignment");
    }

    [Fact]
    public async Task A_mentee_with_no_active_enrolment_is_not_offered_to_draft_an_assignment_and_has_no_next_check_in()
    {
        var mentor = await app.PersonAsync("mentor@example.org", Roles.Mentor);
        var enrolment = await EnrolAsync("mentee@example.org", mentor);
        await app.WithDbAsync(async db =>
        {
            db.CheckIns.Add(CheckIn(enrolment, mentor.Id, new DateOnly(2026, 12, 1), withMentor: true));
            var stored = await db.Enrolments.FindAsync(enrolment.Id);
            AssignmentTestData.Must(stored!.Withdraw("Left the trust", Now));
            await db.SaveChangesAsync();
        });
        using var client = await app.SignedInAsync("mentee@example.org");

        var page = await client.GetPageAsync("/");

        Assert.DoesNotContain(page.QuerySelectorAll("main a"), a => a.GetAttribute("href") == "/Assignments/Create");
        Assert.StartsWith("No check-in is planned yet", page.QuerySelector("#next-check-in")?.TextContent.Trim(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_mentor_sees_recent_week_updates_not_yet_commented_on_or_signed_off()
    {
        var mentor = await app.PersonAsync("mentor@example.org", Roles.Mentor);
        var otherMentor = await app.PersonAsync("other.mentor@example.org", Roles.Mentor);
        WeeklyDeliverable? waiting = null;
        await app.AssignmentAsync(await EnrolAsync("mentee@example.org", mentor), "Triage redesign", AssignmentStatus.InProgress, new DateOnly(2026, 10, 5), new DateOnly(2026, 12, 18), Now, 7.5, a =>
        {
            a.Week(new DateOnly(2026, 10, 5), DeliverableStatus.Done, 7, new DateTime(2026, 10, 9, 16, 0, 0, DateTimeKind.Utc));
            waiting = a.Week(new DateOnly(2026, 10, 26), DeliverableStatus.Done, 9, new DateTime(2026, 11, 13, 16, 0, 0, DateTimeKind.Utc));
            var signedOff = a.Week(new DateOnly(2026, 11, 2), DeliverableStatus.Done, 7, new DateTime(2026, 11, 14, 16, 0, 0, DateTimeKind.Utc));
            AssignmentTestData.Must(signedOff.SignOff(mentor.Id, null, Now.AddDays(-1)));
            var commented = a.Week(new DateOnly(2026, 11, 9), DeliverableStatus.Slipped, 4, new DateTime(2026, 11, 15, 16, 0, 0, DateTimeKind.Utc));
            AssignmentTestData.Must(commented.CommentAsMentor("Rebook the workshop", Now.AddDays(-1)));
            a.Week(ThisMonday);
        });
        await app.AssignmentAsync(await EnrolAsync("theirs@example.org", otherMentor), "Another mentor's", AssignmentStatus.InProgress, new DateOnly(2026, 11, 9), new DateOnly(2026, 12, 18), Now, 7.5, a =>
            a.Week(new DateOnly(2026, 11, 9), DeliverableStatus.Done, 7, new DateTime(2026, 11, 17, 16, 0, 0, DateTimeKind.Utc)));
        using var client = await app.SignedInAsync(mentor.Email!);

        var page = await client.GetPageAsync("/");

        var row = Assert.Single(page.QuerySelectorAll("tr.app-recent-update"));
        Assert.Contains("Triage redesign", row.TextContent, StringComparison.Ordinal);
        Assert.Contains("Starting 26 October 2026", row.TextContent, StringComparison.Ordinal);
        Assert.Equal("Over hours", row.QuerySelector("td:nth-child(4) .nhsuk-tag")?.TextContent.Trim());
        Assert.Equal("/Weeks/Review/" + waiting!.Id, row.QuerySelector("a")?.GetAttribute("href"));
    }

    [Fact]
    public async Task A_sponsor_and_a_coach_see_only_the_mentees_they_support_with_their_assignments_read_only()
    {
        var mentor = await app.PersonAsync("mentor@example.org", Roles.Mentor);
        var sponsor = await app.PersonAsync("sponsor@example.org", Roles.Sponsor);
        var otherSponsor = await app.PersonAsync("other.sponsor@example.org", Roles.Sponsor);
        var coach = await app.PersonAsync("coach@example.org", Roles.Coach);
        var sponsored = await EnrolAsync("sponsored@example.org", mentor, sponsor: sponsor);
        var coached = await EnrolAsync("coached@example.org", mentor, sponsor: otherSponsor, coach: coach);
        var assignment = await app.AssignmentAsync(sponsored, "Sponsored assignment", AssignmentStatus.InProgress, new DateOnly(2026, 10, 19), new DateOnly(2027, 1, 8), Now, 7.5, a =>
        {
            a.Week(new DateOnly(2026, 10, 19), DeliverableStatus.Done, 7);
            a.Week(new DateOnly(2026, 10, 26), DeliverableStatus.Done, 7);
            a.Week(new DateOnly(2026, 11, 2), DeliverableStatus.Slipped, 3);
        });
        await app.AssignmentAsync(coached, "Coached assignment", AssignmentStatus.Draft, ThisMonday.AddDays(7), ThisMonday.AddDays(88), Now);
        using var sponsorClient = await app.SignedInAsync(sponsor.Email!);
        using var coachClient = await app.SignedInAsync(coach.Email!);

        var sponsorPage = await sponsorClient.GetPageAsync("/");
        var coachPage = await coachClient.GetPageAsync("/");

        var row = Assert.Single(MenteeRows(sponsorPage));
        Assert.Equal(sponsored.Id.ToString(), row.GetAttribute("data-enrolment"));
        var item = Assert.Single(row.QuerySelectorAll("li.app-assignment"));
        Assert.Equal("/Assignments/Details/" + assignment.Id, item.QuerySelector("a")?.GetAttribute("href"));
        Assert.Equal("In progress", item.QuerySelector(".nhsuk-tag")?.TextContent.Trim());
        Assert.Equal("2 weeks done, 1 week overdue", item.QuerySelector(".app-weeks")?.TextContent.Trim());
        Assert.DoesNotContain("Coached assignment", sponsorPage.Body!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain(sponsorPage.QuerySelectorAll("main a"), a => a.GetAttribute("href")!.StartsWith("/Weeks", StringComparison.Ordinal)
            || a.GetAttribute("href")!.StartsWith("/Assignments/Agree", StringComparison.Ordinal));
        Assert.Empty(sponsorPage.QuerySelectorAll("main form"));

        var coachRow = Assert.Single(MenteeRows(coachPage));
        Assert.Equal(coached.Id.ToString(), coachRow.GetAttribute("data-enrolment"));
        Assert.Equal("Coached assignment", coachRow.QuerySelector("li.app-assignment a")?.TextContent.Trim());
        Assert.DoesNotContain("Sponsored assignment", coachPage.Body!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_mentor_home_page_issues_as_many_SQL_commands_for_20_mentees_as_for_2()
    {
        var mentor = await app.PersonAsync("mentor@example.org", Roles.Mentor);
        await AddMenteesAsync(mentor, 0, 2);
        using var client = await app.SignedInAsync(mentor.Email!);
        await client.GetPageAsync("/");

        commands.Reset();
        var small = await client.GetPageAsync("/");
        var forTwo = commands.Count;
        await AddMenteesAsync(mentor, 2, 18);
        commands.Reset();
        var large = await client.GetPageAsync("/");
        var forTwenty = commands.Count;

        Assert.Equal(2, MenteeRows(small).Count());
        Assert.Equal(20, MenteeRows(large).Count());
        Assert.Equal(10, large.QuerySelectorAll("tr.app-waiting").Length);
        Assert.Equal(10, large.QuerySelectorAll("tr.app-recent-update").Length);
        Assert.InRange(forTwo, 1, 8);
        Assert.Equal(forTwo, forTwenty);
    }

    [Fact]
    public async Task The_home_page_reads_its_sections_the_header_and_coaching_on_one_connection_closed_when_the_request_ends()
    {
        var mentor = await app.PersonAsync("mentor@example.org", Roles.Mentor);
        var enrolment = await EnrolAsync("amara@example.org", mentor);
        await app.AssignmentAsync(enrolment, "Assignment 0", AssignmentStatus.InProgress, new DateOnly(2026, 10, 19), new DateOnly(2027, 1, 8), Now);
        using var client = await app.SignedInAsync("amara@example.org");
        await client.GetPageAsync("/");

        connections.Reset();
        commands.Reset();
        var page = await client.GetPageAsync("/");

        Assert.Equal("Assignment 0", page.QuerySelector("#my-assignments-heading + table td a")?.TextContent.Trim());
        Assert.InRange(commands.Count, 7, 8);
        Assert.Equal(1, connections.Opened);

        await using var scope = app.Services.CreateAsyncScope();
        var connection = scope.ServiceProvider.GetRequiredService<StretchPortalDbContext>().Database.GetDbConnection();
        var claims = new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.NameIdentifier, enrolment.MenteeId), new Claim(ClaimTypes.Role, Roles.Mentee)], "Test"));
        await scope.ServiceProvider.GetRequiredService<HomeService>().BuildAsync(claims, CancellationToken.None);
        Assert.Equal(ConnectionState.Open, connection.State);
        await scope.DisposeAsync();
        Assert.Equal(ConnectionState.Closed, connection.State);
    }

    /// <summary>Mentees of <paramref name="mentor"/>, each with an assignment under way (one week over hours, one overdue) and every other one with a second waiting for agreement.</summary>
    private async Task AddMenteesAsync(Person mentor, int from, int count)
    {
        for (var i = from; i < from + count; i++)
        {
            var enrolment = await EnrolAsync($"mentee{i}@example.org", mentor);
            await app.AssignmentAsync(enrolment, $"Assignment {i}", AssignmentStatus.InProgress, new DateOnly(2026, 10, 19), new DateOnly(2027, 1, 8), Now, 7.5, a =>
            {
                a.Week(new DateOnly(2026, 10, 19), DeliverableStatus.Done, 7);
                a.Week(new DateOnly(2026, 10, 26), DeliverableStatus.Done, 9);
                a.Week(new DateOnly(2026, 11, 9), DeliverableStatus.Done, 7, Now.AddDays(-3));
            });
            if (i % 2 == 0)
            {
                await app.AssignmentAsync(enrolment, $"Second assignment {i}", AssignmentStatus.Submitted, ThisMonday.AddDays(7), ThisMonday.AddDays(88), Now);
            }
        }
    }

    private async Task<Enrolment> EnrolAsync(string menteeEmail, Person mentor, Person? sponsor = null, Person? coach = null)
    {
        if (cohortId == Guid.Empty)
        {
            var lead = await app.PersonAsync("lead@example.org", Roles.ProgrammeLead);
            cohortId = (await app.ProgrammeAsync(lead.Id)).Cohort.Id;
        }

        var mentee = await app.PersonAsync(menteeEmail, Roles.Mentee);
        return await app.EnrolmentAsync(cohortId, mentee.Id, mentor.Id, sponsor?.Id, coach?.Id);
    }

    private static CheckIn CheckIn(Enrolment enrolment, string authorId, DateOnly heldOn, bool withMentor = false, bool withCoach = false) => new()
    {
        EnrolmentId = enrolment.Id,
        AuthorId = authorId,
        HeldOn = heldOn,
        WithMentor = withMentor,
        WithCoach = withCoach,
        Notes = "Notes",
        RecordedAt = Now,
    };

    private static IEnumerable<IElement> MenteeRows(IHtmlDocument page) => page.QuerySelectorAll("tr.app-mentee");

    private static IElement MenteeRow(IHtmlDocument page, Enrolment enrolment) =>
        page.QuerySelector($"tr.app-mentee[data-enrolment='{enrolment.Id}']")
        ?? throw new InvalidOperationException("No row for enrolment " + enrolment.Id);

    private static IElement WeekRow(IHtmlDocument page, Guid assignmentId) =>
        page.QuerySelector($"tr[data-assignment='{assignmentId}']")
        ?? throw new InvalidOperationException("No this-week row for assignment " + assignmentId);

    private static List<string> Flags(IElement row) =>
        row.QuerySelectorAll(".app-flags .nhsuk-tag").Select(t => t.TextContent.Trim()).ToList();

    public void Dispose() => app.Dispose();
}
