using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using StretchPortal.IntegrationTests.Features.Home;
using StretchPortal.IntegrationTests.Infrastructure;
using StretchPortal.Web.Data;
using StretchPortal.Web.Domain;
using static StretchPortal.IntegrationTests.Features.Reports.ReportPages;

namespace StretchPortal.IntegrationTests.Features.Reports;

/// <summary>
/// The week totals kept on each assignment (WeekTotals) after weeks are planned, updated, changed and signed off
/// through the Weeks pages, on the reports' clock (Wednesday 18 November 2026): the dashboard's week figures and the
/// stored totals equal a recount from the week rows.
/// </summary>
public sealed class WeekTotalsTests : IDisposable
{
    private static readonly DateOnly Today = ReportsScenario.Today;
    private readonly PortalApp app = new();

    public WeekTotalsTests()
    {
        app.TestServices = services => services.AddSingleton<TimeProvider>(new FixedClock(new DateTimeOffset(ReportsScenario.Now)));
    }

    public void Dispose() => app.Dispose();

    [Fact]
    public async Task The_dashboard_week_figures_equal_a_recount_from_the_week_rows_after_a_series_of_updates()
    {
        var cohort = await ReportsScenario.BuildAsync(app);
        var triage = await app.WithDbAsync(db => db.StretchAssignments.AsNoTracking().Include(a => a.Weeks)
            .SingleAsync(a => a.Title == "Outpatient triage, phase 2"));
        var week = triage.Weeks.ToDictionary(w => w.WeekStarting);

        using (var amara = await app.SignedInAsync("amara@example.org"))
        {
            // The slipped week was done after all; the planned week of 2 November went over the hours.
            await UpdateAsync(amara, week[new DateOnly(2026, 10, 26)].Id, "Done", "7");
            await UpdateAsync(amara, week[new DateOnly(2026, 11, 2)].Id, "Done", "11.5");

            // Week of 9 November planned and blocked; this week (not ended) planned and already partly done.
            foreach (var (monday, status, hours) in new[] { (new DateOnly(2026, 11, 9), "Blocked", "2"), (new DateOnly(2026, 11, 16), "PartlyDone", "3") })
            {
                using var planned = await amara.PostFormAsync($"/Weeks/Plan?assignmentId={triage.Id}&week={monday:yyyy-MM-dd}", new()
                {
                    ["Plan"] = "Run the clinic pilot",
                    ["LinkToAim"] = "Tests the new triage",
                });
                Assert.Equal(HttpStatusCode.Redirect, planned.StatusCode);
                var id = await app.WithDbAsync(db => db.WeeklyDeliverables.Where(w => w.AssignmentId == triage.Id && w.WeekStarting == monday).Select(w => w.Id).SingleAsync());
                await UpdateAsync(amara, id, status, hours);
            }
        }

        using (var mentor = await app.SignedInAsync(cohort.Mentor.Email!))
        {
            using var signedOff = await mentor.PostFormAsync($"/Weeks/Review/{week[new DateOnly(2026, 10, 19)].Id}", new() { ["Decision"] = "SignOff" });
            Assert.Equal(HttpStatusCode.Redirect, signedOff.StatusCode);
        }

        var assignments = await app.WithDbAsync(db => db.StretchAssignments.AsNoTracking().Include(a => a.Weeks)
            .Where(a => a.Enrolment!.CohortId == cohort.CohortId && a.Enrolment.Status == EnrolmentStatus.Active).ToListAsync());
        foreach (var assignment in assignments)
        {
            var stored = Totals(assignment);
            assignment.CountWeeks();
            Assert.Equal(Totals(assignment), stored);
        }

        var updated = assignments.Single(a => a.Id == triage.Id);
        Assert.Equal((3, 1, 0, 1, 5, 1), (updated.WeeksDone, updated.WeeksPartlyDone, updated.WeeksSlipped, updated.WeeksBlocked, updated.WeeksUpdated, updated.WeeksOverHours));
        Assert.Equal(4.0, updated.HoursOver, 6);

        using var lead = await app.SignedInAsync(cohort.Lead.Email!);
        var page = await lead.GetPageAsync($"/Reports/Cohort/{cohort.CohortId}");
        var weeks = Table(page, "Weeks of active mentees");
        foreach (var (label, status) in new[] { ("Done", DeliverableStatus.Done), ("Slipped", DeliverableStatus.Slipped), ("Blocked", DeliverableStatus.Blocked) })
        {
            Assert.Equal(assignments.Sum(a => a.Weeks.Count(w => w.UpdatedAt != null && w.Status == status)), Number(weeks, label, "app-count"));
        }

        Assert.Equal(assignments.Sum(a => a.Weeks.Count(w => w.UpdatedAt != null && w.HoursWorked > a.HoursPerWeek)), Number(weeks, "Hours over the agreement", "app-count"));

        // Amara's ended weeks are all updated now; this week's early update does not hide femi's overdue weeks.
        var overdue = assignments.Sum(OverdueWeeks);
        Assert.Equal(3, overdue);
        Assert.Equal(overdue, Number(weeks, "Overdue (ended with no update)", "app-count"));
    }

    [Fact]
    public async Task The_migrations_backfill_gives_the_same_totals_as_the_recount()
    {
        await ReportsScenario.BuildAsync(app);
        var expected = await app.WithDbAsync(db => db.StretchAssignments.AsNoTracking().OrderBy(a => a.Id).Select(a => Totals(a)).ToListAsync());
        Assert.Contains(expected, t => t.Done > 0);

        await app.WithDbAsync(async db =>
        {
            await db.StretchAssignments.ExecuteUpdateAsync(s => s
                .SetProperty(a => a.WeeksDone, 0).SetProperty(a => a.WeeksPartlyDone, 0).SetProperty(a => a.WeeksSlipped, 0)
                .SetProperty(a => a.WeeksBlocked, 0).SetProperty(a => a.WeeksUpdated, 0).SetProperty(a => a.WeeksOverHours, 0)
                .SetProperty(a => a.HoursOver, 0.0).SetProperty(a => a.LastWeekUpdateAt, (DateTime?)null));
            await db.Database.ExecuteSqlRawAsync(WeekTotalsBackfill.Sqlite);
        });

        var backfilled = await app.WithDbAsync(db => db.StretchAssignments.AsNoTracking().OrderBy(a => a.Id).Select(a => Totals(a)).ToListAsync());
        Assert.Equal(expected, backfilled);
    }

    private static async Task UpdateAsync(PortalClient client, Guid weekId, string status, string hours)
    {
        using var response = await client.PostFormAsync($"/Weeks/Update/{weekId}", new()
        {
            ["Status"] = status,
            ["Note"] = "How it went",
            ["HoursWorked"] = hours,
        });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    private static (int Done, int PartlyDone, int Slipped, int Blocked, int Updated, int OverHours, double HoursOver, DateTime? LastUpdate) Totals(StretchAssignment a) =>
        (a.WeeksDone, a.WeeksPartlyDone, a.WeeksSlipped, a.WeeksBlocked, a.WeeksUpdated, a.WeeksOverHours, a.HoursOver, a.LastWeekUpdateAt);

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
