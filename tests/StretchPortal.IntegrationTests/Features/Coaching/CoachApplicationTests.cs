using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using StretchPortal.IntegrationTests.Features.People;
using StretchPortal.IntegrationTests.Infrastructure;
using StretchPortal.Web.Domain;
using StretchPortal.Web.Features.Coaching;
using StretchPortal.Web.Security;
using static StretchPortal.IntegrationTests.Features.Coaching.CoachingTestData;

namespace StretchPortal.IntegrationTests.Features.Coaching;

public sealed class CoachApplicationTests : IDisposable
{
    private static readonly string[] IncompleteErrors =
    [
        "Enter the name of your coaching qualification",
        "Enter your line manager's email address in the correct format, like name@example.org",
        "Agree to the use of your data to apply",
    ];

    private static readonly string[] LeadPages = ["/Coaching/Workshops", "/Coaching/Match", "/Coaching/Relationships", "/Coaching/Supervision"];

    private readonly MovableClock clock = new();
    private readonly PortalApp app;

    public CoachApplicationTests()
    {
        app = new PortalApp { TestServices = services => services.AddSingleton<TimeProvider>(clock) };
    }

    public void Dispose() => app.Dispose();

    [Fact]
    public async Task Anonymous_is_sent_to_sign_in_from_the_apply_page()
    {
        using var client = app.NewClient();

        using var response = await client.GetAsync("/Coaching/Apply");

        Assertions.IsRedirectToSignIn(response);
    }

    [Fact]
    public async Task A_member_of_staff_applies_to_coach_and_their_line_manager_is_emailed_a_link_that_is_stored_only_as_a_hash()
    {
        var applicant = await app.PersonAsync();
        using var client = await app.SignedInAsync(applicant.Email!);
        var form = await client.GetPageAsync("/Coaching/Apply");
        Assert.Contains("Article 6, 1(e)", form.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Corporate Records Retention Schedule", form.QuerySelector("main")!.TextContent, StringComparison.Ordinal);

        using var response = await client.PostFormAsync("/Coaching/Apply", ApplicationAnswers(lineManagerEmail: "morag.ellis@example.org"));

        Assertions.IsRedirectTo(response, "/Coaching/MyApplication");
        var application = await app.WithDbAsync(db => db.CoachApplications.AsNoTracking().SingleAsync());
        Assert.Equal(applicant.Id, application.ApplicantId);
        Assert.Equal((5, NhsRegion.Midlands), (application.QualificationLevel, application.CoachingRegister));
        Assert.Equal(CoachingRegions.Midlands | CoachingRegions.EastOfEngland, application.RegionsOffered);
        Assert.True(application.ActiveRegisterMember && application.HasSupervision && application.AvailableOnceTrained);
        Assert.False(application.CpdEvidenced || application.LineManagerPermission);
        Assert.True(application.AcceptsTerms && application.AcceptsDataUse);
        Assert.Equal(CoachApplicationStatus.Submitted, application.Status);
        Assert.Null(application.LineManagerConfirmedAtUtc);
        Assert.Equal(7, (application.LineManagerTokenExpiresAtUtc!.Value - application.SubmittedAtUtc).TotalDays, precision: 3);

        var email = Assert.Single(app.To("morag.ellis@example.org"));
        var link = Mail.LinkIn(email);
        Assert.StartsWith("/Coaching/Confirm/", link, StringComparison.Ordinal);
        var token = link["/Coaching/Confirm/".Length..];
        Assert.NotEqual(token, application.LineManagerTokenHash);
        Assert.Equal(CoachApplicationsService.Hash(token), application.LineManagerTokenHash);
        var audited = await app.WithDbAsync(db => db.AuditEntries.Select(a => a.Changes).ToListAsync());
        Assert.DoesNotContain(audited, changes => changes != null && changes.Contains(token, StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_incomplete_application_shows_the_errors_and_keeps_the_input()
    {
        var applicant = await app.PersonAsync();
        using var client = await app.SignedInAsync(applicant.Email!);
        var answers = ApplicationAnswers();
        answers["QualificationName"] = "";
        answers["AcceptsDataUse"] = null;
        answers["LineManagerEmail"] = "not an email";

        using var response = await client.PostFormAsync("/Coaching/Apply", answers);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await PortalClient.ParseAsync(response);
        Assert.Equivalent(IncompleteErrors, Assertions.ErrorSummary(page), strict: true);
        Assert.Equal("Institute of Leadership and Management", Assertions.FieldValue(page, "QualificationProvider"));
        Assert.Equal("not an email", Assertions.FieldValue(page, "LineManagerEmail"));
        Assert.Equal(0, await app.WithDbAsync(db => db.CoachApplications.CountAsync()));
        Assert.Empty(app.Emails());
    }

    [Fact]
    public async Task An_applicant_cannot_name_themselves_as_their_line_manager()
    {
        var applicant = await app.PersonAsync();
        using var client = await app.SignedInAsync(applicant.Email!);

        using var response = await client.PostFormAsync("/Coaching/Apply", ApplicationAnswers(lineManagerEmail: applicant.Email!.ToUpperInvariant()));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(["Enter your line manager's email address, not your own"], Assertions.ErrorSummary(await PortalClient.ParseAsync(response)));
        Assert.Equal(0, await app.WithDbAsync(db => db.CoachApplications.CountAsync()));
        Assert.Empty(app.Emails());
    }

    [Fact]
    public async Task The_line_manager_confirms_from_the_emailed_link_without_an_account_and_looking_changes_nothing()
    {
        var (applicationId, link) = await ApplyAsync();
        using var manager = app.NewClient();

        var page = await manager.GetPageAsync(link);
        Assert.Contains("Confirm your support for", page.QuerySelector("h1")!.TextContent, StringComparison.Ordinal);
        Assert.Null((await ApplicationAsync(applicationId)).LineManagerConfirmedAtUtc);

        using var response = await manager.PostFormAsync(link, []);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Thank you for confirming your support", (await PortalClient.ParseAsync(response)).QuerySelector("h1")!.TextContent, StringComparison.Ordinal);
        var application = await ApplicationAsync(applicationId);
        Assert.NotNull(application.LineManagerConfirmedAtUtc);
        Assert.NotNull(application.LineManagerTokenUsedAtUtc);
    }

    [Fact]
    public async Task A_used_confirmation_link_is_refused_and_changes_nothing()
    {
        var (applicationId, link) = await ApplyAsync();
        using var manager = app.NewClient();
        using (await manager.PostFormAsync(link, []))
        {
        }

        var confirmedAt = (await ApplicationAsync(applicationId)).LineManagerConfirmedAtUtc;
        clock.Advance(TimeSpan.FromHours(1));

        using var again = await manager.GetAsync(link);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        var page = await PortalClient.ParseAsync(again);
        Assert.Equal("This link cannot be used", page.QuerySelector("h1")!.TextContent.Trim());
        Assert.Equal("This link has already been used.", page.QuerySelector("#refusal")!.TextContent.Trim());
        Assert.Empty(page.QuerySelectorAll("main form"));

        using var post = await manager.PostAsync(link, [], tokenPageUrl: "/Account/Login");
        Assert.Equal(HttpStatusCode.OK, post.StatusCode);
        Assert.Equal("This link has already been used.", (await PortalClient.ParseAsync(post)).QuerySelector("#refusal")!.TextContent.Trim());
        Assert.Equal(confirmedAt, (await ApplicationAsync(applicationId)).LineManagerConfirmedAtUtc);
    }

    [Fact]
    public async Task An_expired_confirmation_link_is_refused_and_changes_nothing()
    {
        var (applicationId, link) = await ApplyAsync();
        using var manager = app.NewClient();
        var page = await manager.GetPageAsync(link);
        Assert.NotNull(page.QuerySelector("main form"));

        clock.Advance(TimeSpan.FromDays(7) + TimeSpan.FromMinutes(1));

        var expired = await manager.GetPageAsync(link);
        Assert.Equal("This link has expired.", expired.QuerySelector("#refusal")!.TextContent.Trim());
        using var post = await manager.PostAsync(link, [], tokenPageUrl: "/Account/Login");
        Assert.Equal(HttpStatusCode.OK, post.StatusCode);
        Assert.Equal("This link has expired.", (await PortalClient.ParseAsync(post)).QuerySelector("#refusal")!.TextContent.Trim());
        var application = await ApplicationAsync(applicationId);
        Assert.Null(application.LineManagerConfirmedAtUtc);
        Assert.Null(application.LineManagerTokenUsedAtUtc);
    }

    [Fact]
    public async Task A_made_up_confirmation_link_is_refused()
    {
        using var anyone = app.NewClient();

        var page = await anyone.GetPageAsync("/Coaching/Confirm/" + CoachApplicationsService.NewToken());

        Assert.Equal("This link is not valid.", page.QuerySelector("#refusal")!.TextContent.Trim());
    }

    [Fact]
    public async Task The_applicant_sends_a_new_link_and_the_old_one_stops_working()
    {
        var (applicationId, oldLink) = await ApplyAsync();
        var applicant = await app.WithDbAsync(db => db.CoachApplications.Where(a => a.Id == applicationId).Select(a => a.Applicant!.Email!).SingleAsync());
        using var client = await app.SignedInAsync(applicant);

        using var response = await client.PostFormAsync("/Coaching/MyApplication", [], "/Coaching/ResendLink");

        Assertions.IsRedirectTo(response, "/Coaching/MyApplication");
        var emails = app.To("manager@example.org");
        Assert.Equal(2, emails.Count);
        var newLink = Mail.LinkIn(emails[1]);
        Assert.NotEqual(oldLink, newLink);
        using var manager = app.NewClient();
        Assert.Equal("This link is not valid.", (await manager.GetPageAsync(oldLink)).QuerySelector("#refusal")!.TextContent.Trim());
        using (await manager.PostFormAsync(newLink, []))
        {
        }

        Assert.NotNull((await ApplicationAsync(applicationId)).LineManagerConfirmedAtUtc);
    }

    [Fact]
    public async Task A_lead_sees_which_criteria_each_application_meets()
    {
        var lead = await app.PersonAsync(roles: Roles.ProgrammeLead);
        var confirmed = await app.PersonAsync();
        var level4 = await app.PersonAsync();
        await app.ApplicationAsync(confirmed.Id, level: 6);
        var weak = await app.ApplicationAsync(level4.Id, level: 4, confirmed: false);
        using var client = await app.SignedInAsync(lead.Email!);

        var list = await client.GetPageAsync("/Coaching/Applications");
        var row = list.QuerySelector($"tr[data-application='{weak.Id}']")!.TextContent;
        Assert.Contains("4 of 7 met", row, StringComparison.Ordinal);
        Assert.Contains("Not met: Coaching qualification at level 5 or above", row, StringComparison.Ordinal);
        Assert.Contains("Not met: Line manager has confirmed their support", row, StringComparison.Ordinal);

        var details = await client.GetPageAsync($"/Coaching/Application/{weak.Id}");
        var unmet = details.QuerySelectorAll("#criteria tr[data-criterion-met='false']").Select(r => r.TextContent).ToList();
        Assert.Equal(3, unmet.Count);
        Assert.Contains("This application cannot be approved", details.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_lead_approves_a_confirmed_level_5_application()
    {
        var lead = await app.PersonAsync(roles: Roles.ProgrammeLead);
        var applicant = await app.PersonAsync();
        var application = await app.ApplicationAsync(applicant.Id);
        using var client = await app.SignedInAsync(lead.Email!);

        using var response = await client.PostFormAsync($"/Coaching/Application/{application.Id}", [], "/Coaching/Approve");

        Assertions.IsRedirectTo(response, $"/Coaching/Application/{application.Id}");
        var saved = await ApplicationAsync(application.Id);
        Assert.Equal(CoachApplicationStatus.Approved, saved.Status);
        Assert.Equal(lead.Id, saved.DecidedById);
    }

    [Fact]
    public async Task A_level_4_application_cannot_be_approved()
    {
        var lead = await app.PersonAsync(roles: Roles.ProgrammeLead);
        var applicant = await app.PersonAsync();
        var application = await app.ApplicationAsync(applicant.Id, level: 4);
        using var client = await app.SignedInAsync(lead.Email!);
        var page = await client.GetPageAsync($"/Coaching/Application/{application.Id}");
        Assert.Null(page.QuerySelector("form[action^='/Coaching/Approve']"));

        using var response = await client.PostAsync(
            $"/Coaching/Approve/{application.Id}", new() { ["Version"] = application.Version.ToString() }, $"/Coaching/Application/{application.Id}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(["The coaching qualification must be level 5 or above."], Assertions.ErrorSummary(await PortalClient.ParseAsync(response)));
        Assert.Equal(CoachApplicationStatus.Submitted, (await ApplicationAsync(application.Id)).Status);
    }

    [Fact]
    public async Task Approval_without_line_manager_confirmation_is_refused()
    {
        var lead = await app.PersonAsync(roles: Roles.ProgrammeLead);
        var applicant = await app.PersonAsync();
        var application = await app.ApplicationAsync(applicant.Id, confirmed: false);
        using var client = await app.SignedInAsync(lead.Email!);

        using var response = await client.PostAsync(
            $"/Coaching/Approve/{application.Id}", new() { ["Version"] = application.Version.ToString() }, $"/Coaching/Application/{application.Id}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(["The line manager has not confirmed their support yet."], Assertions.ErrorSummary(await PortalClient.ParseAsync(response)));
        var saved = await ApplicationAsync(application.Id);
        Assert.Equal(CoachApplicationStatus.Submitted, saved.Status);
        Assert.Null(saved.DecidedById);
    }

    [Fact]
    public async Task A_lead_declines_an_application_with_a_reason_the_applicant_then_sees()
    {
        var lead = await app.PersonAsync(roles: Roles.ProgrammeLead);
        var applicant = await app.PersonAsync();
        var application = await app.ApplicationAsync(applicant.Id);
        using var client = await app.SignedInAsync(lead.Email!);
        var url = $"/Coaching/Application/{application.Id}";

        using var empty = await client.PostFormAsync(url, new() { ["Reason"] = "" }, "/Coaching/Decline");
        Assert.Equal(HttpStatusCode.OK, empty.StatusCode);
        Assert.Equal(["Enter the reason for declining"], Assertions.ErrorSummary(await PortalClient.ParseAsync(empty)));

        using var response = await client.PostFormAsync(url, new() { ["Reason"] = "No experience of coaching at senior level yet." }, "/Coaching/Decline");

        Assertions.IsRedirectTo(response, url);
        var saved = await ApplicationAsync(application.Id);
        Assert.Equal((CoachApplicationStatus.Declined, "No experience of coaching at senior level yet."), (saved.Status, saved.DecisionReason!));
        using var applicantClient = await app.SignedInAsync(applicant.Email!);
        var mine = await applicantClient.GetPageAsync("/Coaching/MyApplication");
        Assert.Contains("No experience of coaching at senior level yet.", mine.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Someone_without_manage_coaching_cannot_see_or_decide_applications()
    {
        var mentee = await app.PersonAsync(roles: Roles.Mentee);
        var applicant = await app.PersonAsync();
        var application = await app.ApplicationAsync(applicant.Id);
        using var client = await app.SignedInAsync(mentee.Email!);

        using var list = await client.GetAsync("/Coaching/Applications");
        using var details = await client.GetAsync($"/Coaching/Application/{application.Id}");
        using var approve = await client.PostAsync($"/Coaching/Approve/{application.Id}", new() { ["Version"] = application.Version.ToString() }, "/Coaching");

        foreach (var page in LeadPages)
        {
            using var forbidden = await client.GetAsync(page);
            Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);
        }

        Assert.Equal(HttpStatusCode.Forbidden, list.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, details.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, approve.StatusCode);
        Assert.Equal(CoachApplicationStatus.Submitted, (await ApplicationAsync(application.Id)).Status);
    }

    private async Task<(Guid ApplicationId, string Link)> ApplyAsync()
    {
        var applicant = await app.PersonAsync();
        using var client = await app.SignedInAsync(applicant.Email!);
        using (var response = await client.PostFormAsync("/Coaching/Apply", ApplicationAnswers()))
        {
            Assertions.IsRedirectTo(response, "/Coaching/MyApplication");
        }

        var id = await app.WithDbAsync(db => db.CoachApplications.Where(a => a.ApplicantId == applicant.Id).Select(a => a.Id).SingleAsync());
        var emails = app.To("manager@example.org");
        return (id, Mail.LinkIn(emails[^1]));
    }

    private Task<CoachApplication> ApplicationAsync(Guid id) =>
        app.WithDbAsync(db => db.CoachApplications.AsNoTracking().SingleAsync(a => a.Id == id));
}
