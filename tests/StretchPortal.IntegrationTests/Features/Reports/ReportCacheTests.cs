using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using StretchPortal.IntegrationTests.Features.Home;
using StretchPortal.IntegrationTests.Infrastructure;
using StretchPortal.Web.Data;
using StretchPortal.Web.Domain;
using StretchPortal.Web.Features.People;
using StretchPortal.Web.Security;
using static StretchPortal.IntegrationTests.Features.Reports.ReportPages;

namespace StretchPortal.IntegrationTests.Features.Reports;

/// <summary>
/// Worked-out figures are kept in memory between requests, and never outlive the data: every kind of change a report
/// reads (a check-in, a week's update, an enrolment's status, a coaching session, a person's name, an ICS priority, an
/// erasure) is on the dashboard, the roll-up and the drill-down on the very next request, a new day works the figures
/// out again, and a change raises the report version of its own cohort only.
/// </summary>
public sealed class ReportCacheTests : IDisposable
{
    private readonly CommandCounter commands = new();
    private readonly MovableClock clock = new(new DateTimeOffset(ReportsScenario.Now));
    private readonly PortalApp app = new();

    public ReportCacheTests()
    {
        app.TestServices = services =>
        {
            services.AddSingleton<TimeProvider>(clock);
            services.AddSingleton<IInterceptor>(commands);
        };
    }

    public void Dispose() => app.Dispose();

    [Fact]
    public async Task A_second_visit_reuses_the_figures_and_sends_fewer_commands()
    {
        var s = await ReportsScenario.BuildAsync(app);
        using var lead = await app.SignedInAsync(s.Lead.Email!);
        foreach (var url in new[] { $"/Reports/Cohort/{s.CohortId}", $"/Reports/Programme/{s.ProgrammeId}", $"/Reports/People?cohortId={s.SecondCohortId}&filter=all" })
        {
            commands.Reset();
            var first = await lead.GetPageAsync(url);
            var worked = commands.Count;
            commands.Reset();
            var second = await lead.GetPageAsync(url);

            Assert.True(commands.Count < worked, $"{url}: {worked} commands, then {commands.Count}");
            Assert.Equal(MainText(first), MainText(second));
        }
    }

    [Fact]
    public async Task Every_kind_of_change_shows_on_the_next_request()
    {
        var s = await ReportsScenario.BuildAsync(app);
        using var lead = await app.SignedInAsync(s.Lead.Email!);
        var dashboard = $"/Reports/Cohort/{s.CohortId}";
        var people = $"/Reports/People?cohortId={s.CohortId}&filter=all";
        await lead.GetPageAsync(people);
        var before = await lead.GetPageAsync(dashboard);
        var bola = await EnrolmentOfAsync("bola@example.org");

        await ReportsScenario.CheckInAsync(app, bola, new DateOnly(2026, 11, 17));
        var after = await lead.GetPageAsync(dashboard);
        Assert.Equal(Held(before) + 1, Held(after));

        await app.WithDbAsync(async db =>
        {
            var week = await db.WeeklyDeliverables.SingleAsync(w => w.Assignment!.Title == "Outpatient triage, phase 2" && w.WeekStarting == new DateOnly(2026, 11, 2));
            AssignmentTestData.Must(week.RecordProgress(DeliverableStatus.Done, null, 7.5, ReportsScenario.Now));
            await db.SaveChangesAsync();
        });
        before = after;
        after = await lead.GetPageAsync(dashboard);
        Assert.Equal(Number(Table(before, "Weeks of active mentees"), "Done", "app-count") + 1, Number(Table(after, "Weeks of active mentees"), "Done", "app-count"));

        await app.WithDbAsync(async db =>
        {
            var chen = await db.Enrolments.SingleAsync(e => e.Mentee!.Email == "chen@example.org");
            AssignmentTestData.Must(chen.Withdraw("Changed roles", ReportsScenario.Now));
            await db.SaveChangesAsync();
        });
        before = after;
        after = await lead.GetPageAsync(dashboard);
        Assert.Equal(Number(Table(before, "Enrolments by status"), "Withdrawn", "app-people") + 1, Number(Table(after, "Enrolments by status"), "Withdrawn", "app-people"));

        await app.WithDbAsync(async db =>
        {
            var coaching = await db.CoachingRelationships.Include(r => r.Sessions).SingleAsync(r => r.CoacheeId == bola.MenteeId);
            AssignmentTestData.Must(coaching.LogSession(new DateOnly(2026, 11, 16), 60, SessionMode.Virtual, null, ReportsScenario.Today, ReportsScenario.Now));
            await db.SaveChangesAsync();
        });
        before = after;
        after = await lead.GetPageAsync(dashboard);
        Assert.Equal(Number(Table(before, "Coaching of active mentees"), "Sessions held", "app-count") + 1, Number(Table(after, "Coaching of active mentees"), "Sessions held", "app-count"));

        var (was, renamed) = await app.WithDbAsync(async db =>
        {
            var named = await db.IcsPriorities.SingleAsync(p => p.Id == s.DefaultPriority);
            var was = named.Name;
            named.Name = "Renamed priority for the cache test";
            await db.SaveChangesAsync();
            return (was, named.Name);
        });
        before = after;
        after = await lead.GetPageAsync(dashboard);
        Assert.Equal(Number(Table(before, "Coverage of ICS priorities"), was, "app-count"), Number(Table(after, "Coverage of ICS priorities"), renamed, "app-count"));

        await RenameAsync("amara@example.org", "Amara Renamed");
        var list = await lead.GetPageAsync(people);
        Assert.Contains("Amara Renamed", Column(list, 0));
    }

    [Fact]
    public async Task The_roll_up_and_the_programme_list_follow_a_change_in_any_of_its_cohorts()
    {
        var s = await ReportsScenario.BuildAsync(app);
        using var lead = await app.SignedInAsync(s.Lead.Email!);
        var rollUp = $"/Reports/Programme/{s.ProgrammeId}";
        var people = $"/Reports/People?programmeId={s.ProgrammeId}&filter=all";
        var before = await lead.GetPageAsync(rollUp);
        await lead.GetPageAsync(people);

        await ReportsScenario.CheckInAsync(app, await EnrolmentOfAsync("hal@example.org"), new DateOnly(2026, 11, 17));
        await RenameAsync("gina@example.org", "Gina Renamed");

        var after = await lead.GetPageAsync(rollUp);
        Assert.Equal(Held(before) + 1, Held(after));
        Assert.Contains("Gina Renamed", Column(await lead.GetPageAsync(people), 0));
    }

    [Fact]
    public async Task An_erased_persons_name_leaves_the_lists_at_once()
    {
        var s = await ReportsScenario.BuildAsync(app);
        var administrator = await app.PersonAsync("admin.cache@example.org", Roles.Administrator);
        using var lead = await app.SignedInAsync(s.Lead.Email!);
        var people = $"/Reports/People?cohortId={s.CohortId}&filter=all";
        var name = await app.WithDbAsync(db => db.Users.Where(p => p.Email == "femi@example.org").Select(p => p.FullName).SingleAsync());
        Assert.Contains(name, Column(await lead.GetPageAsync(people), 0));
        var femi = await EnrolmentOfAsync("femi@example.org");

        var outcome = await app.WithScopeAsync(sp => sp.GetRequiredService<ErasureService>().EraseAsync(femi.MenteeId, "Asked to be erased", administrator.Id, default));

        Assert.True(outcome.Succeeded);
        Assert.DoesNotContain(name, Column(await lead.GetPageAsync(people), 0));
    }

    [Fact]
    public async Task A_new_day_works_the_figures_out_again()
    {
        var s = await ReportsScenario.BuildAsync(app);
        var dashboard = $"/Reports/Cohort/{s.CohortId}";
        using (var lead = await app.SignedInAsync(s.Lead.Email!))
        {
            Assert.Contains("18 November 2026", MainText(await lead.GetPageAsync(dashboard)), StringComparison.Ordinal);
        }

        clock.Now = clock.Now.AddDays(1);
        using var nextDay = await app.SignedInAsync(s.Lead.Email!);
        Assert.Contains("19 November 2026", MainText(await nextDay.GetPageAsync(dashboard)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_change_raises_the_report_version_of_its_own_cohort_only()
    {
        var s = await ReportsScenario.BuildAsync(app);
        var before = await VersionsAsync();

        await ReportsScenario.CheckInAsync(app, await EnrolmentOfAsync("gina@example.org"), new DateOnly(2026, 11, 17));

        var after = await VersionsAsync();
        Assert.True(after[s.SecondCohortId] > before[s.SecondCohortId]);
        Assert.Equal(before[s.CohortId], after[s.CohortId]);
        Assert.Equal(before[s.OtherCohortId], after[s.OtherCohortId]);
    }

    [Fact]
    public void Raising_the_versions_translates_for_SQL_Server_with_an_uncorrelated_subquery()
    {
        var options = new DbContextOptionsBuilder<SqlServerStretchPortalDbContext>()
            .UseSqlServer("Server=127.0.0.1,1;Database=none;Connect Timeout=1")
            .Options;
        using var db = new SqlServerStretchPortalDbContext(options);

        var sql = ReportStamps.OfPerson("someone").Touched(db).ToQueryString();

        Assert.Contains("UNION ALL", sql, StringComparison.Ordinal);
    }

    private static string MainText(IHtmlDocument page) => page.QuerySelector("main")!.TextContent;

    private static int Held(IHtmlDocument page) => Number(Table(page, "Check-ins of active mentees"), "Held", "app-count");

    private Task<Dictionary<Guid, long>> VersionsAsync() =>
        app.WithDbAsync(db => db.Cohorts.ToDictionaryAsync(c => c.Id, c => c.ReportVersion));

    private Task<Enrolment> EnrolmentOfAsync(string email) =>
        app.WithDbAsync(db => db.Enrolments.AsNoTracking().SingleAsync(e => e.Mentee!.Email == email));

    private Task RenameAsync(string email, string name) =>
        app.WithDbAsync(async db =>
        {
            var person = await db.Users.SingleAsync(p => p.Email == email);
            person.FullName = name;
            await db.SaveChangesAsync();
        });

    private sealed class MovableClock(DateTimeOffset now) : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = now;

        public override DateTimeOffset GetUtcNow() => Now;
    }
}
