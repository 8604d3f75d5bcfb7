using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using StretchPortal.IntegrationTests.Features.Home;
using StretchPortal.IntegrationTests.Infrastructure;
using StretchPortal.Web.Domain;
using StretchPortal.Web.Security;
using static StretchPortal.IntegrationTests.Features.Reports.ReportPages;

namespace StretchPortal.IntegrationTests.Features.Reports;

/// <summary>
/// The cohort dashboard, its drill-down list and the CSV, on a clock stopped on Wednesday 18 November 2026 (the last
/// week to have ended is Monday 9 to Sunday 15 November). The figures are checked against counts taken straight from
/// the rows the tests create.
/// </summary>
public sealed class ReportsTests : IDisposable
{
    private static readonly DateTime Now = ReportsScenario.Now;
    private static readonly DateOnly Today = ReportsScenario.Today;
    private readonly CommandCounter commands = new();
    private readonly PortalApp app = new();

    public ReportsTests()
    {
        app.TestServices = services =>
        {
            services.AddSingleton<TimeProvider>(new FixedClock(new DateTimeOffset(Now)));
            services.AddSingleton<IInterceptor>(commands);
        };
    }

    public void Dispose() => app.Dispose();

    [Fact]
    public async Task The_dashboard_figures_equal_counts_taken_from_the_cohorts_rows()
    {
        var cohort = await ReportsScenario.BuildAsync(app);
        using var client = await app.SignedInAsync(cohort.Lead.Email!);

        var page = await client.GetPageAsync($"/Reports/Cohort/{cohort.CohortId}");

        var enrolments = await app.WithDbAsync(db => db.Enrolments.Where(e => e.CohortId == cohort.CohortId).ToListAsync());
        var active = enrolments.Where(e => e.Status == EnrolmentStatus.Active).Select(e => e.Id).ToHashSet();
        var assignments = await app.WithDbAsync(db => db.StretchAssignments.AsNoTracking()
            .Include(a => a.Weeks).Include(a => a.Priorities)
            .Where(a => a.Enrolment!.CohortId == cohort.CohortId).ToListAsync());
        var activeAssignments = assignments.Where(a => active.Contains(a.EnrolmentId)).ToList();
        var checkIns = await app.WithDbAsync(db => db.CheckIns.AsNoTracking().Where(c => c.Enrolment!.CohortId == cohort.CohortId).ToListAsync());

        var statuses = Table(page, "Enrolments by status");
        foreach (var status in Enum.GetValues<EnrolmentStatus>())
        {
            Assert.Equal(enrolments.Count(e => e.Status == status), Number(statuses, DisplayName(status), "app-people"));
        }

        Assert.Equal(enrolments.Count, Number(statuses, "All enrolments", "app-people"));

        var byStatus = Table(page, "Assignments of active mentees by status");
        foreach (var status in Enum.GetValues<AssignmentStatus>())
        {
            Assert.Equal(activeAssignments.Count(a => a.Status == status), Number(byStatus, DisplayName(status), "app-count"));
        }

        var priorities = await app.WithDbAsync(db => db.IcsPriorities.ToListAsync());
        var coverage = Table(page, "Coverage of ICS priorities");
        foreach (var priority in priorities)
        {
            Assert.Equal(
                activeAssignments.Count(a => a.Status != AssignmentStatus.Withdrawn && a.Priorities.Exists(p => p.IcsPriorityId == priority.Id)),
                Number(coverage, priority.Name, "app-count"));
        }

        Assert.Contains(0, priorities.Select(p => Number(coverage, p.Name, "app-count")));

        // No agreed assignment: active mentees whose assignments were never agreed, or only agreed and then withdrawn.
        var noAgreed = active.Count(id => !assignments.Exists(a => a.EnrolmentId == id && a.AgreedAt != null && a.Status != AssignmentStatus.Withdrawn));
        Assert.Equal(2, noAgreed);
        var attention = Table(page, "Active mentees who may need attention");
        Assert.Equal(noAgreed, Number(attention, "No agreed assignment", "app-people"));
        Assert.Equal(["Test chen", "Test dami"], page.QuerySelectorAll("#waiting tbody tr").Select(r => r.QuerySelector("td")!.TextContent.Trim()));
        Assert.Equal(["30", "5"], page.QuerySelectorAll("#waiting tbody tr").Select(r => r.QuerySelectorAll("td")[2].TextContent.Trim()));

        var weeks = Table(page, "Weeks of active mentees");
        var overdue = activeAssignments.Sum(OverdueWeeks);
        Assert.Equal(5, overdue);
        Assert.Equal(overdue, Number(weeks, "Overdue (ended with no update)", "app-count"));
        Assert.Equal(activeAssignments.GroupBy(a => a.EnrolmentId).Count(g => g.Sum(OverdueWeeks) > 0), Number(weeks, "Overdue (ended with no update)", "app-people"));
        var overHours = activeAssignments.Sum(a => a.Weeks.Count(w => w.HoursWorked > a.HoursPerWeek));
        Assert.Equal(2, overHours);
        Assert.Equal(overHours, Number(weeks, "Hours over the agreement", "app-count"));
        foreach (var (label, status) in new[] { ("Done", DeliverableStatus.Done), ("Slipped", DeliverableStatus.Slipped), ("Blocked", DeliverableStatus.Blocked) })
        {
            Assert.Equal(activeAssignments.Sum(a => a.Weeks.Count(w => w.UpdatedAt != null && w.Status == status)), Number(weeks, label, "app-count"));
        }

        var recent = checkIns.Count(c => active.Contains(c.EnrolmentId) && c.HeldOn <= Today && c.HeldOn > Today.AddDays(-28));
        Assert.Equal(2, recent);
        Assert.Equal(recent, Number(Table(page, "Check-ins of active mentees"), "Held", "app-count"));

        // Gone quiet: amara's last activity was a check-in 17 days ago; chen has done nothing in 30 days since enrolling.
        Assert.Equal(2, Number(attention, $"Gone quiet (14 days or more with no week update or check-in)", "app-people"));
        Assert.Contains(page.QuerySelectorAll("a"), a => a.GetAttribute("href") == $"/Reports/People?cohortId={cohort.CohortId}&filter=overdue");
    }

    [Fact]
    public async Task The_overdue_list_holds_exactly_the_active_mentees_with_weeks_overdue_sortable_by_weeks()
    {
        var cohort = await ReportsScenario.BuildAsync(app);
        using var client = await app.SignedInAsync(cohort.Lead.Email!);

        var byName = await client.GetPageAsync($"/Reports/People?cohortId={cohort.CohortId}&filter=overdue");
        var byOverdue = await client.GetPageAsync($"/Reports/People?cohortId={cohort.CohortId}&filter=overdue&sort=overdue");

        Assert.Equal(["Test amara", "Test femi"], Column(byName, 0));
        Assert.Equal(["Test femi", "Test amara"], Column(byOverdue, 0));
        Assert.Equal(["3", "2"], Column(byOverdue, 3));
        Assert.Equal(["0.5", "2.5"], Column(byOverdue, 4));
        Assert.Equal(["Test mentor", "Test mentor"], Column(byName, 1));
        Assert.Equal(["1 November 2026", "6 November 2026"], Column(byName, 5));
        Assert.DoesNotContain("Test eve", byName.Body!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("Test other", byName.Body!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_csv_holds_exactly_the_filtered_rows_with_a_header_and_neutralised_formulas()
    {
        var cohort = await ReportsScenario.BuildAsync(app);
        using var client = await app.SignedInAsync(cohort.Lead.Email!);

        using var response = await client.GetAsync($"/Reports/People.csv?cohortId={cohort.CohortId}&filter=overdue");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        var lines = System.Text.Encoding.UTF8.GetString(bytes[3..]).Split("\r\n");
        Assert.Equal(
            [
                "Mentee,Cohort,Mentor,Enrolment status,Assignment,Assignment status,Weeks done,Weeks overdue,Weeks over hours,Hours over,Check-ins (last 28 days),Coaching sessions held,Coaching sessions due,Last activity,Days without an agreed assignment",
                "Test amara,Cohort A,Test mentor,Active,\"Outpatient triage, phase 2\",In progress,1,2,1,2.5,1,1,2,2026-11-01,",
                "Test femi,Cohort A,Test mentor,Active,\"'=SUM(1,2)\",In progress,0,3,1,0.5,0,,,2026-11-06,",
                "",
            ],
            lines);
    }

    [Fact]
    public async Task The_list_pages_twenty_five_people_at_a_time()
    {
        var lead = await app.PersonAsync("lead@example.org", Roles.ProgrammeLead);
        var (_, cohort) = await app.ProgrammeAsync(lead.Id);
        await app.WithDbAsync(async db =>
        {
            for (var i = 1; i <= 27; i++)
            {
                var mentee = new Person { UserName = $"m{i:00}@example.org", Email = $"m{i:00}@example.org", FullName = $"Mentee {i:00}", CreatedAt = Now };
                db.Users.Add(mentee);
                db.Enrolments.Add(new Enrolment { CohortId = cohort.Id, MenteeId = mentee.Id, EnrolledAt = Now.AddDays(-3) });
            }

            await db.SaveChangesAsync();
        });
        using var client = await app.SignedInAsync(lead.Email!);

        var first = await client.GetPageAsync($"/Reports/People?cohortId={cohort.Id}&filter=all");
        var second = await client.GetPageAsync($"/Reports/People?cohortId={cohort.Id}&filter=all&page=2");

        Assert.Equal(25, Column(first, 0).Count);
        Assert.Equal(["Mentee 26", "Mentee 27"], Column(second, 0));
        Assert.Equal($"/Reports/People?cohortId={cohort.Id}&filter=all&page=2", first.QuerySelector(".nhsuk-pagination a[rel=next]")?.GetAttribute("href"));
        Assert.Null(second.QuerySelector(".nhsuk-pagination a[rel=next]"));
    }

    [Fact]
    public async Task The_dashboard_sends_the_same_number_of_queries_whatever_the_cohorts_size()
    {
        // The figures worked out on every request, as on a first visit or after a change (none kept in memory).
        app.Settings["Reports:CacheFigures"] = "false";
        var cohort = await ReportsScenario.BuildAsync(app);
        using var client = await app.SignedInAsync(cohort.Lead.Email!);
        await client.GetPageAsync($"/Reports/Cohort/{cohort.CohortId}");
        commands.Reset();
        await client.GetPageAsync($"/Reports/Cohort/{cohort.CohortId}");
        var small = commands.Count;

        var mentor = await app.WithDbAsync(db => db.Users.SingleAsync(u => u.Email == "mentor@example.org"));
        for (var i = 0; i < 4; i++)
        {
            var enrolment = await ReportsScenario.EnrolAsync(app, cohort.CohortId, $"more{i}@example.org", mentor.Id, 10);
            await app.AssignmentAsync(enrolment, "More", AssignmentStatus.InProgress, new DateOnly(2026, 10, 19), new DateOnly(2027, 1, 8), Now, 7.5, a =>
                a.Week(new DateOnly(2026, 10, 19), DeliverableStatus.Done, 7.5));
        }

        commands.Reset();
        await client.GetPageAsync($"/Reports/Cohort/{cohort.CohortId}");

        Assert.Equal(small, commands.Count);
        Assert.InRange(small, 1, 12);
    }

    [Fact]
    public async Task A_mentee_and_a_mentor_get_403_on_the_dashboard_the_list_and_the_csv()
    {
        var cohort = await ReportsScenario.BuildAsync(app);
        foreach (var email in new[] { "amara@example.org", "mentor@example.org" })
        {
            using var client = await app.SignedInAsync(email);
            foreach (var url in Urls(cohort.CohortId))
            {
                using var response = await client.GetAsync(url);
                Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
            }
        }
    }

    [Fact]
    public async Task A_lead_of_another_programme_gets_403_on_this_programmes_cohort()
    {
        var cohort = await ReportsScenario.BuildAsync(app);
        var otherLead = await app.PersonAsync("other.lead@example.org", Roles.ProgrammeLead);
        await app.ProgrammeAsync(otherLead.Id, "Another programme");
        using var client = await app.SignedInAsync(otherLead.Email!);

        foreach (var url in Urls(cohort.CohortId))
        {
            using var response = await client.GetAsync(url);
            Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        }

        var index = await client.GetPageAsync("/Reports");
        Assert.DoesNotContain(index.QuerySelectorAll("a"), a => a.GetAttribute("href") == $"/Reports/Cohort/{cohort.CohortId}");
    }

    [Fact]
    public async Task Anonymous_visitors_are_sent_to_sign_in()
    {
        var cohort = await ReportsScenario.BuildAsync(app);
        using var client = app.NewClient();

        foreach (var url in Urls(cohort.CohortId).Append("/Reports"))
        {
            using var response = await client.GetAsync(url);
            Assertions.IsRedirectToSignIn(response);
        }
    }

    [Fact]
    public async Task An_unknown_cohort_or_filter_is_not_found()
    {
        var cohort = await ReportsScenario.BuildAsync(app);
        using var client = await app.SignedInAsync(cohort.Lead.Email!);

        using var noCohort = await client.GetAsync($"/Reports/Cohort/{Guid.NewGuid()}");
        using var noFilter = await client.GetAsync($"/Reports/People?cohortId={cohort.CohortId}&filter=nonsense");

        Assert.Equal(HttpStatusCode.NotFound, noCohort.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, noFilter.StatusCode);
    }

    private static string[] Urls(Guid cohortId) =>
    [
        $"/Reports/Cohort/{cohortId}",
        $"/Reports/Cohort/{cohortId}.csv",
        $"/Reports/Cohort/{cohortId}.xlsx",
        $"/Reports/People?cohortId={cohortId}&filter=overdue",
        $"/Reports/People.csv?cohortId={cohortId}&filter=overdue",
        $"/Reports/People.xlsx?cohortId={cohortId}&filter=overdue&state=InProgress",
    ];

    /// <summary>Weeks of an agreed or in-progress assignment that have ended with no update, rows or not.</summary>
    private static int OverdueWeeks(StretchAssignment assignment)
    {
        if (assignment.Status is not (AssignmentStatus.Agreed or AssignmentStatus.InProgress))
        {
            return 0;
        }

        var count = 0;
        for (var monday = AssignmentSchedule.MondayOf(assignment.StartDate); monday <= assignment.EndDate && monday.AddDays(6) < Today; monday = monday.AddDays(7))
        {
            if (!assignment.Weeks.Exists(w => w.WeekStarting == monday && w.UpdatedAt != null))
            {
                count++;
            }
        }

        return count;
    }
}
