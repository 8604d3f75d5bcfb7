using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using StretchPortal.IntegrationTests.Features.Assignments;
using StretchPortal.IntegrationTests.Features.Coaching;
using StretchPortal.IntegrationTests.Features.Opportunities;
using StretchPortal.IntegrationTests.Features.People;
using StretchPortal.IntegrationTests.Infrastructure;
using StretchPortal.Web.Domain;
using StretchPortal.Web.Security;
using static StretchPortal.IntegrationTests.Features.Weeks.SupportNetworkTestData;

namespace StretchPortal.IntegrationTests.Features.Notifications;

/// <summary>Each event tells exactly the right people, once: one notification row and one email each, nobody else.</summary>
public sealed class NotificationEventTests : IDisposable
{
    private readonly MovableClock clock = new();
    private readonly PortalApp app;

    public NotificationEventTests()
    {
        app = new PortalApp { TestServices = services => services.AddSingleton<TimeProvider>(clock) };
    }

    public void Dispose() => app.Dispose();

    [Fact]
    public async Task Submitting_an_assignment_tells_only_the_mentor_with_a_link_to_the_assignment()
    {
        var people = await app.EnrolledAsync();
        var assignment = await app.AssignmentAsync(people, AssignmentStatus.Draft, title: "Discharge pathway redesign");
        using var mentee = await app.SignedInAsync(people.Mentee.Email!);

        using var submitted = await mentee.PostFormAsync($"/Assignments/Details/{assignment.Id}", new(), "/Assignments/Submit/");

        Assertions.IsRedirectTo(submitted, $"/Assignments/Details/{assignment.Id}");
        var row = Assert.Single(await app.OnlyNotifiedAsync(NotificationKind.AssignmentSubmitted, people.Mentor));
        Assert.Equal($"/Assignments/Details/{assignment.Id}", row.Link);
        Assert.Contains("Discharge pathway redesign", row.Message, StringComparison.Ordinal);
        Assert.Contains(people.Mentee.FullName, row.Message, StringComparison.Ordinal);
        Assert.Null(row.ReadAt);
        var email = Assert.Single(app.OnlyEmailed(people.Mentor));
        Assert.Equal(row.Subject, email.Subject);
        Assert.Equal($"/Assignments/Details/{assignment.Id}", Mail.LinkIn(email));
        Assert.Contains("/Notifications/Preferences", email.HtmlBody, StringComparison.Ordinal);
        Assert.Contains("/Notifications/Preferences", email.TextBody, StringComparison.Ordinal);
        Assert.Contains("Open it in StretchPortal", email.HtmlBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Agreeing_an_assignment_tells_only_the_mentee_in_an_email_without_a_preferences_footer()
    {
        var people = await app.EnrolledAsync();
        var assignment = await app.AssignmentAsync(people, AssignmentStatus.Submitted, title: "Discharge pathway redesign");
        using var mentor = await app.SignedInAsync(people.Mentor.Email!);

        using var agreed = await mentor.PostFormAsync($"/Assignments/Agree/{assignment.Id}", new() { ["Comment"] = "A clear plan." });

        Assertions.IsRedirectTo(agreed, $"/Assignments/Details/{assignment.Id}");
        var row = Assert.Single(await app.OnlyNotifiedAsync(NotificationKind.AssignmentAgreed, people.Mentee));
        Assert.Equal($"/Assignments/Details/{assignment.Id}", row.Link);
        Assert.Contains("Discharge pathway redesign", row.Message, StringComparison.Ordinal);
        Assert.Contains(people.Mentor.FullName, row.Message, StringComparison.Ordinal);
        var email = Assert.Single(app.OnlyEmailed(people.Mentee));
        Assert.DoesNotContain("/Notifications/Preferences", email.HtmlBody, StringComparison.Ordinal);
        Assert.Contains("always email you about decisions", email.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Requesting_changes_tells_only_the_mentee_with_the_mentors_comment()
    {
        var people = await app.EnrolledAsync();
        var assignment = await app.AssignmentAsync(people, AssignmentStatus.Submitted, title: "Discharge pathway redesign");
        using var mentor = await app.SignedInAsync(people.Mentor.Email!);

        using var requested = await mentor.PostFormAsync(
            $"/Assignments/RequestChanges/{assignment.Id}", new() { ["Comment"] = "Narrow it to one clinic" });

        Assertions.IsRedirectTo(requested, $"/Assignments/Details/{assignment.Id}");
        var row = Assert.Single(await app.OnlyNotifiedAsync(NotificationKind.AssignmentChangesRequested, people.Mentee));
        Assert.Contains("Narrow it to one clinic", row.Message, StringComparison.Ordinal);
        Assert.Contains("Discharge pathway redesign", row.Message, StringComparison.Ordinal);
        var email = Assert.Single(app.OnlyEmailed(people.Mentee));
        Assert.Contains("Narrow it to one clinic", email.TextBody, StringComparison.Ordinal);
        Assert.Contains("Narrow it to one clinic", email.HtmlBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Hours_over_the_agreement_tell_the_mentee_and_mentor_once_when_the_week_first_goes_over()
    {
        var network = await app.SupportNetworkAsync();
        var assignment = await app.AssignmentAsync(network);
        var week = await app.WeekAsync(assignment, Week(-1));
        using var mentee = await app.SignedInAsync(network.Mentee.Email!);

        using var within = await mentee.PostFormAsync($"/Weeks/Update/{week.Id}", new() { ["Status"] = "Done", ["HoursWorked"] = "20" });
        Assert.Empty(await app.NotificationsAsync());
        using var over = await mentee.PostFormAsync($"/Weeks/Update/{week.Id}", new() { ["Status"] = "Done", ["HoursWorked"] = "26.5" });
        clock.Advance(TimeSpan.FromMinutes(5));
        using var stillOver = await mentee.PostFormAsync($"/Weeks/Update/{week.Id}", new() { ["Status"] = "Done", ["HoursWorked"] = "30" });

        Assertions.IsRedirectTo(stillOver, $"/Weeks?assignmentId={assignment.Id}");
        Assert.Equal(30, (await app.StoredWeekAsync(week.Id)).HoursWorked);
        var rows = await app.OnlyNotifiedAsync(NotificationKind.HoursOverAgreement, network.Mentee, network.Mentor);
        Assert.Equal([$"/Weeks/Update/{week.Id}", $"/Weeks/Review/{week.Id}"], rows.Select(r => r.Link));
        Assert.All(rows, r => Assert.Contains("26.5 hours", r.Message, StringComparison.Ordinal));
        Assert.Contains(network.Mentee.FullName, rows[1].Message, StringComparison.Ordinal);
        Assert.Contains("Redesign the discharge pathway", rows[1].Message, StringComparison.Ordinal);
        Assert.Equal(2, app.OnlyEmailed(network.Mentee, network.Mentor).Count);
    }

    [Fact]
    public async Task An_expression_of_interest_tells_only_the_lead_who_published_the_opportunity()
    {
        var lead = await app.PersonAsync(roles: Roles.ProgrammeLead);
        await app.PersonAsync(roles: Roles.ProgrammeLead);
        var opportunity = await app.OpportunityAsync(lead.Id, title: "Secondment to the ICB");
        var candidate = await app.PersonAsync(roles: Roles.Mentee);
        using var client = await app.SignedInAsync(candidate.Email!);

        using var response = await client.PostFormAsync($"/Opportunities/Details/{opportunity.Id}",
            new() { ["Statement"] = "I led our ward's discharge improvement work." }, "/Opportunities/Express");

        Assertions.IsRedirectTo(response, $"/Opportunities/Details/{opportunity.Id}");
        var row = Assert.Single(await app.OnlyNotifiedAsync(NotificationKind.InterestReceived, lead));
        Assert.Equal($"/Opportunities/Candidates/{opportunity.Id}", row.Link);
        Assert.Contains("Secondment to the ICB", row.Message, StringComparison.Ordinal);
        Assert.Contains(candidate.FullName, row.Message, StringComparison.Ordinal);
        Assert.Single(app.OnlyEmailed(lead));
    }

    [Fact]
    public async Task A_selection_decision_tells_only_the_candidate_its_outcome()
    {
        var lead = await app.PersonAsync(roles: Roles.ProgrammeLead);
        var opportunity = await app.OpportunityAsync(lead.Id, title: "Secondment to the ICB");
        var candidate = await app.PersonAsync(roles: Roles.Mentee);
        var other = await app.PersonAsync(roles: Roles.Mentee);
        var interest = await app.InterestAsync(opportunity.Id, candidate.Id, lead.Id);
        await app.InterestAsync(opportunity.Id, other.Id, lead.Id);
        using var client = await app.SignedInAsync(lead.Email!);

        using var shortlisted = await client.PostFormAsync($"/Opportunities/Candidates/{opportunity.Id}",
            new() { ["Decision"] = "Shortlisted", ["Reason"] = "Strong evidence of leading change." }, $"/Opportunities/Decide/{interest.Id}");

        Assertions.IsRedirectTo(shortlisted, $"/Opportunities/Candidates/{opportunity.Id}");
        var row = Assert.Single(await app.OnlyNotifiedAsync(NotificationKind.InterestOutcome, candidate));
        Assert.Equal("You have been shortlisted for \"Secondment to the ICB\"", row.Subject);
        Assert.Equal($"/Opportunities/Details/{opportunity.Id}", row.Link);
        Assert.DoesNotContain("Strong evidence", row.Message, StringComparison.Ordinal);
        Assert.Single(app.OnlyEmailed(candidate));
    }

    [Fact]
    public async Task Approving_a_coach_application_tells_only_the_applicant()
    {
        var lead = await app.PersonAsync(roles: Roles.ProgrammeLead);
        var applicant = await app.PersonAsync();
        var application = await app.ApplicationAsync(applicant.Id);
        using var client = await app.SignedInAsync(lead.Email!);

        using var response = await client.PostAsync(
            $"/Coaching/Approve/{application.Id}", new() { ["Version"] = application.Version.ToString() }, $"/Coaching/Application/{application.Id}");

        Assert.Equal(CoachApplicationStatus.Approved, (await app.WithDbAsync(db => db.CoachApplications.AsNoTracking().SingleAsync())).Status);
        var row = Assert.Single(await app.OnlyNotifiedAsync(NotificationKind.CoachApplicationDecision, applicant));
        Assert.Equal("Your application to coach was approved", row.Subject);
        Assert.Equal("/Coaching/MyApplication", row.Link);
        Assert.Equal("/Coaching/MyApplication", Mail.LinkIn(Assert.Single(app.OnlyEmailed(applicant))));
    }

    [Fact]
    public async Task Declining_a_coach_application_tells_only_the_applicant_with_the_reason()
    {
        var lead = await app.PersonAsync(roles: Roles.ProgrammeLead);
        var applicant = await app.PersonAsync();
        var application = await app.ApplicationAsync(applicant.Id, level: 4);
        using var client = await app.SignedInAsync(lead.Email!);

        using var response = await client.PostAsync(
            $"/Coaching/Decline/{application.Id}",
            new() { ["Version"] = application.Version.ToString(), ["Reason"] = "The qualification is below level 5." },
            $"/Coaching/Application/{application.Id}");

        Assert.Equal(CoachApplicationStatus.Declined, (await app.WithDbAsync(db => db.CoachApplications.AsNoTracking().SingleAsync())).Status);
        var row = Assert.Single(await app.OnlyNotifiedAsync(NotificationKind.CoachApplicationDecision, applicant));
        Assert.Contains("The qualification is below level 5.", row.Message, StringComparison.Ordinal);
        Assert.Single(app.OnlyEmailed(applicant));
    }

    [Fact]
    public async Task The_line_managers_confirmation_request_is_one_email_and_no_notification()
    {
        var applicant = await app.PersonAsync();
        using var client = await app.SignedInAsync(applicant.Email!);

        using var response = await client.PostFormAsync("/Coaching/Apply", CoachingTestData.ApplicationAnswers(lineManagerEmail: "morag.ellis@example.org"));

        Assertions.IsRedirectTo(response, "/Coaching/MyApplication");
        var email = Assert.Single(app.AllMail());
        Assert.Equal("morag.ellis@example.org", Assert.Single(email.To.Mailboxes).Address);
        Assert.Empty(await app.NotificationsAsync());
    }

    [Fact]
    public async Task A_mentor_who_turned_off_submitted_assignment_emails_gets_the_notification_but_no_email()
    {
        var people = await app.EnrolledAsync();
        var assignment = await app.AssignmentAsync(people, AssignmentStatus.Draft);
        using var mentor = await app.SignedInAsync(people.Mentor.Email!);
        var allButSubmitted = Enum.GetValues<NotificationKind>()
            .Where(k => !k.IsEssential() && k != NotificationKind.AssignmentSubmitted).Select(k => k.ToString()).ToList();
        using var saved = await mentor.PostFormAsync("/Notifications/Preferences", new() { ["EmailKinds"] = allButSubmitted });
        Assertions.IsRedirectTo(saved, "/Notifications/Preferences");
        using var mentee = await app.SignedInAsync(people.Mentee.Email!);

        using var submitted = await mentee.PostFormAsync($"/Assignments/Details/{assignment.Id}", new(), "/Assignments/Submit/");

        Assertions.IsRedirectTo(submitted, $"/Assignments/Details/{assignment.Id}");
        Assert.Single(await app.OnlyNotifiedAsync(NotificationKind.AssignmentSubmitted, people.Mentor));
        Assert.Empty(app.AllMail());
    }

    [Fact]
    public async Task A_decision_is_emailed_to_a_mentee_who_tried_to_turn_every_email_off()
    {
        var people = await app.EnrolledAsync();
        var assignment = await app.AssignmentAsync(people, AssignmentStatus.Submitted);
        using var mentee = await app.SignedInAsync(people.Mentee.Email!);
        using var essential = await mentee.PostFormAsync("/Notifications/Preferences", new() { ["EmailKinds"] = new List<string> { "AssignmentAgreed" } });
        Assert.Equal(["Choose emails from the list"], Assertions.ErrorSummary(await PortalClient.ParseAsync(essential)));
        using var noneAtAll = await mentee.PostFormAsync("/Notifications/Preferences", new() { ["EmailKinds"] = Array.Empty<string>() });
        Assertions.IsRedirectTo(noneAtAll, "/Notifications/Preferences");
        Assert.Equal(12, await app.WithDbAsync(db => db.NotificationPreferences.CountAsync(p => p.PersonId == people.Mentee.Id)));
        using var mentor = await app.SignedInAsync(people.Mentor.Email!);

        using var agreed = await mentor.PostFormAsync($"/Assignments/Agree/{assignment.Id}", new() { ["Comment"] = "Good." });

        Assert.Single(await app.OnlyNotifiedAsync(NotificationKind.AssignmentAgreed, people.Mentee));
        Assert.Single(app.OnlyEmailed(people.Mentee));
    }
}
