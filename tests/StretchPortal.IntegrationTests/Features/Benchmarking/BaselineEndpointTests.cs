using System.Net;
using AngleSharp.Dom;
using StretchPortal.IntegrationTests.Features.Coaching;
using StretchPortal.IntegrationTests.Features.Home;
using StretchPortal.IntegrationTests.Infrastructure;
using StretchPortal.Web.Domain;
using StretchPortal.Web.Security;

namespace StretchPortal.IntegrationTests.Features.Benchmarking;

/// <summary>
/// The benchmark's raw ADO.NET baseline pages exist only when the benchmark turns them on, need a sign-in, and read
/// only the signed-in person's own data, like the pages they stand in for.
/// </summary>
public sealed class BaselineEndpointTests : IDisposable
{
    private static readonly DateTime Now = new(2026, 11, 18, 10, 0, 0, DateTimeKind.Utc);
    private readonly PortalApp app = new();
    private Guid cohortId;

    [Fact]
    public async Task Without_the_benchmark_setting_the_baseline_pages_do_not_exist()
    {
        var (mentee, _) = await MenteeWithAssignmentsAsync();
        using var client = await app.SignedInAsync(mentee.Email!);

        var response = await client.GetAsync("/benchmark/baseline/mentee-home");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task With_the_setting_the_mentee_baseline_shows_their_own_assignments_and_nobody_elses()
    {
        app.Settings["Benchmark:Baseline"] = "true";
        var (mentee, mentor) = await MenteeWithAssignmentsAsync();
        var other = await app.EnrolmentAsync(await CohortIdAsync(), (await app.PersonAsync("other@example.org", Roles.Mentee)).Id, mentor.Id);
        await app.AssignmentAsync(other, "Someone else's assignment", AssignmentStatus.InProgress, new DateOnly(2026, 11, 2), new DateOnly(2027, 1, 29), Now);
        using var client = await app.SignedInAsync(mentee.Email!);

        var text = await (await client.GetAsync("/benchmark/baseline/mentee-home")).Content.ReadAsStringAsync();

        Assert.Contains("Frailty pathway redesign", text, StringComparison.Ordinal);
        Assert.Contains(">Notifications</a>", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Someone else&#x27;s assignment", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Someone else's assignment", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task With_the_setting_the_home_baselines_send_the_same_page_as_the_portal()
    {
        app.Settings["Benchmark:Baseline"] = "true";
        var (mentee, mentor) = await MenteeWithAssignmentsAsync();
        var enrolment = await app.EnrolmentAsync(await CohortIdAsync(), (await app.PersonAsync("second@example.org", Roles.Mentee)).Id, mentor.Id);
        await app.AssignmentAsync(enrolment, "Discharge to assess", AssignmentStatus.Submitted, new DateOnly(2026, 12, 7), new DateOnly(2027, 3, 5), Now);
        var coach = await app.PersonAsync("coach@example.org", Roles.Coach);
        var lead = await app.PersonAsync("coaching.lead@example.org", Roles.ProgrammeLead);
        await app.RelationshipAsync(coach.Id, mentee.Id, lead.Id, CoachingTestData.Today.AddMonths(-4), (CoachingTestData.Today.AddMonths(-3), null));
        await app.WithDbAsync(db =>
        {
            db.Notifications.Add(new Notification { RecipientId = mentee.Id, Kind = NotificationKind.AssignmentSubmitted, Subject = "A subject", Message = "A message", Link = "/", CreatedAt = Now });
            return db.SaveChangesAsync();
        });
        using var menteeClient = await app.SignedInAsync(mentee.Email!);
        using var mentorClient = await app.SignedInAsync(mentor.Email!);

        foreach (var (client, baseline) in new[] { (menteeClient, "/benchmark/baseline/mentee-home"), (mentorClient, "/benchmark/baseline/mentor-home") })
        {
            var page = await client.GetPageAsync("/");
            var written = await client.GetPageAsync(baseline);

            Assert.Equal(Words(page.Body!), Words(written.Body!));
            Assert.Equal(page.Title, written.Title);
            Assert.Equal(Links(page.Body!), Links(written.Body!));
            Assert.NotEmpty(written.QuerySelector("form[action='/Account/Logout'] input[name='__RequestVerificationToken']")!.GetAttribute("value")!);
        }

        var menteeBaseline = (await menteeClient.GetPageAsync("/benchmark/baseline/mentee-home")).Body!.TextContent;
        Assert.Contains("Frailty pathway redesign", menteeBaseline, StringComparison.Ordinal);
        Assert.Contains("Notifications (1 unread)", menteeBaseline, StringComparison.Ordinal);
        Assert.Contains("Discharge to assess", (await mentorClient.GetPageAsync("/benchmark/baseline/mentor-home")).Body!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task With_the_setting_the_baseline_still_needs_a_sign_in()
    {
        app.Settings["Benchmark:Baseline"] = "true";
        using var client = app.NewClient();

        var response = await client.GetAsync("/benchmark/baseline/mentor-home");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/Account/Login", response.Headers.Location?.AbsolutePath);
    }

    [Fact]
    public async Task With_the_setting_the_cohort_baselines_answer_the_programmes_lead_and_refuse_another_lead()
    {
        app.Settings["Benchmark:Baseline"] = "true";
        await MenteeWithAssignmentsAsync();
        var cohort = await CohortIdAsync();
        await app.PersonAsync("other.lead@example.org", Roles.ProgrammeLead);
        using var lead = await app.SignedInAsync("lead@example.org");
        using var otherLead = await app.SignedInAsync("other.lead@example.org");

        var csv = await (await lead.GetAsync($"/benchmark/baseline/people.csv?cohortId={cohort}")).Content.ReadAsStringAsync();

        Assert.Contains("\"Test mentee\"", csv, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await lead.GetAsync($"/benchmark/baseline/cohort/{cohort}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await otherLead.GetAsync($"/benchmark/baseline/cohort/{cohort}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await otherLead.GetAsync($"/benchmark/baseline/people?cohortId={cohort}")).StatusCode);
    }

    public void Dispose() => app.Dispose();

    /// <summary>The words a reader gets, in order, whatever the white space between them.</summary>
    private static string Words(IElement body) => string.Join(' ', body.TextContent.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private static string[] Links(IElement body) => body.QuerySelectorAll("a").Select(a => a.GetAttribute("href")!).ToArray();

    private async Task<Guid> CohortIdAsync()
    {
        if (cohortId == Guid.Empty)
        {
            var lead = await app.PersonAsync("lead@example.org", Roles.ProgrammeLead);
            cohortId = (await app.ProgrammeAsync(lead.Id)).Cohort.Id;
        }

        return cohortId;
    }

    private async Task<(Person Mentee, Person Mentor)> MenteeWithAssignmentsAsync()
    {
        var mentor = await app.PersonAsync("mentor@example.org", Roles.Mentor);
        var mentee = await app.PersonAsync("mentee@example.org", Roles.Mentee);
        var enrolment = await app.EnrolmentAsync(await CohortIdAsync(), mentee.Id, mentor.Id);
        await app.AssignmentAsync(enrolment, "Frailty pathway redesign", AssignmentStatus.InProgress, new DateOnly(2026, 11, 2), new DateOnly(2027, 1, 29), Now);
        return (mentee, mentor);
    }
}
