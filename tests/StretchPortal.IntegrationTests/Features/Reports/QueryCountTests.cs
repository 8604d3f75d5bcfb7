using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using StretchPortal.IntegrationTests.Features.Home;
using StretchPortal.IntegrationTests.Infrastructure;
using StretchPortal.Web.Domain;

namespace StretchPortal.IntegrationTests.Features.Reports;

/// <summary>
/// The number of SQL commands a page sends does not grow with the data: each page is read at the scenario's size and
/// again after the programme has grown (more mentees in both cohorts, each with assignments, weeks, check-ins and
/// coaching; more assignments, weeks and check-ins for the mentee amara), counted by an EF Core interceptor.
/// </summary>
public sealed class QueryCountTests : IDisposable
{
    private readonly CommandCounter commands = new();
    private readonly PortalApp app = new();

    public QueryCountTests()
    {
        // The figures worked out on every request, as on a first visit or after a change (none kept in memory).
        app.Settings["Reports:CacheFigures"] = "false";
        app.TestServices = services =>
        {
            services.AddSingleton<TimeProvider>(new FixedClock(new DateTimeOffset(ReportsScenario.Now)));
            services.AddSingleton<IInterceptor>(commands);
        };
    }

    public void Dispose() => app.Dispose();

    [Fact]
    public async Task Dashboard_roll_up_drill_down_downloads_and_home_pages_send_as_many_commands_for_a_larger_programme()
    {
        var s = await ReportsScenario.BuildAsync(app);
        using var lead = await app.SignedInAsync(s.Lead.Email!);
        using var mentee = await app.SignedInAsync("amara@example.org");
        using var mentor = await app.SignedInAsync(s.Mentor.Email!);
        var pages = new (PortalClient Client, string Url, int Most)[]
        {
            (lead, $"/Reports/Cohort/{s.CohortId}", 9),
            (lead, $"/Reports/Programme/{s.ProgrammeId}", 10),
            (lead, $"/Reports/People?programmeId={s.ProgrammeId}&filter=active&state=InProgress&sort=overdue", 10),
            (lead, $"/Reports/People?cohortId={s.CohortId}&filter=overdue", 10),
            (lead, $"/Reports/People.csv?programmeId={s.ProgrammeId}&filter=all&overdue=true", 10),
            (lead, $"/Reports/People.xlsx?cohortId={s.CohortId}&filter=all", 10),
            (lead, $"/Reports/Cohort/{s.CohortId}.xlsx", 9),
            (lead, $"/Reports/Programme/{s.ProgrammeId}/Cohorts.csv", 10),
            (mentee, "/", 12),
            (mentor, "/", 12),
        };

        var small = await CountAsync(pages);
        await GrowAsync(s);
        var large = await CountAsync(pages);

        for (var i = 0; i < pages.Length; i++)
        {
            Assert.InRange(small[i], 1, pages[i].Most);
            Assert.True(small[i] == large[i], $"{pages[i].Url}: {small[i]} commands small, {large[i]} large");
        }
    }

    private async Task<int[]> CountAsync((PortalClient Client, string Url, int Most)[] pages)
    {
        var counts = new int[pages.Length];
        for (var i = 0; i < pages.Length; i++)
        {
            using (await pages[i].Client.GetAsync(pages[i].Url))
            {
            }

            commands.Reset();
            using var response = await pages[i].Client.GetAsync(pages[i].Url);
            response.EnsureSuccessStatusCode();
            counts[i] = commands.Count;
        }

        return counts;
    }

    private async Task GrowAsync(ReportsScenario s)
    {
        var amara = await app.WithDbAsync(db => db.Enrolments.FirstAsync(e => e.Mentee!.Email == "amara@example.org"));
        for (var i = 0; i < 3; i++)
        {
            await app.AssignmentAsync(amara, $"Another assignment {i}", AssignmentStatus.InProgress, new DateOnly(2026, 10, 19), new DateOnly(2027, 1, 8), ReportsScenario.Now, 7.5, a =>
            {
                a.Week(new DateOnly(2026, 10, 19), DeliverableStatus.Done, 7.5);
                a.Week(new DateOnly(2026, 10, 26), DeliverableStatus.Blocked, 9);
            });
            await ReportsScenario.CheckInAsync(app, amara, new DateOnly(2026, 11, 3 + i));
        }

        var coach = await app.PersonAsync("coach2@example.org", StretchPortal.Web.Security.Roles.Coach);
        foreach (var (cohortId, mentorId) in new[] { (s.CohortId, s.Mentor.Id), (s.SecondCohortId, s.SecondMentor.Id) })
        {
            for (var i = 0; i < 6; i++)
            {
                var enrolment = await ReportsScenario.EnrolAsync(app, cohortId, $"more{cohortId:N}{i}@example.org", mentorId, 10 + (i * 9));
                await app.AssignmentAsync(enrolment, $"More {i}", i % 2 == 0 ? AssignmentStatus.InProgress : AssignmentStatus.Submitted, new DateOnly(2026, 10, 19), new DateOnly(2027, 1, 8), ReportsScenario.Now, 7.5, a =>
                {
                    a.Week(new DateOnly(2026, 10, 19), DeliverableStatus.Done, 7.5);
                    a.Week(new DateOnly(2026, 11, 2), DeliverableStatus.Slipped, 8);
                });
                await ReportsScenario.CheckInAsync(app, enrolment, new DateOnly(2026, 11, 1 + i));
                await ReportsScenario.CoachingAsync(app, enrolment.MenteeId, coach.Id, s.Lead.Id, new DateOnly(2026, 3, 1), new DateOnly(2026, 5, 1), new DateOnly(2026, 8, 1));
            }
        }
    }
}
