using System.Net;
using StretchPortal.IntegrationTests.Infrastructure;
using StretchPortal.Web.Domain;

namespace StretchPortal.IntegrationTests.Features.Assignments;

public sealed class AssignmentLifecycleTests : IDisposable
{
    private readonly PortalApp app = new();

    [Fact]
    public async Task A_mentee_submits_a_draft_and_their_mentor_agrees_it_with_a_comment()
    {
        var people = await app.EnrolledAsync();
        var assignment = await app.AssignmentAsync(people);
        var details = $"/Assignments/Details/{assignment.Id}";
        using var mentee = await app.SignedInAsync(people.Mentee.Email!);

        Assert.Equal(["Submit for agreement", "Edit", "Withdraw this assignment"], AssignmentSetUp.Actions(await mentee.GetPageAsync(details)));
        using var submitted = await mentee.PostFormAsync(details, new(), "/Assignments/Submit/");

        Assertions.IsRedirectTo(submitted, details);
        Assert.Equal(AssignmentStatus.Submitted, (await app.StoredAssignmentAsync(assignment.Id)).Status);
        var submission = (await app.TimelineAsync(assignment.Id))[^1];
        Assert.Equal(AssignmentEventKind.Submitted, submission.Kind);
        Assert.Equal(people.Mentee.Id, submission.ActorId);
        Assert.Equal(["Withdraw this assignment"], AssignmentSetUp.Actions(await mentee.GetPageAsync(details)));

        using var mentor = await app.SignedInAsync(people.Mentor.Email!);
        Assert.Equal(["Agree", "Request changes"], AssignmentSetUp.Actions(await mentor.GetPageAsync(details)));
        var agreePage = await mentor.GetPageAsync($"/Assignments/Agree/{assignment.Id}");
        Assert.Contains("Cut outpatient waiting times", agreePage.QuerySelector(".nhsuk-summary-list")!.TextContent, StringComparison.Ordinal);
        using var agreed = await mentor.PostFormAsync($"/Assignments/Agree/{assignment.Id}", new() { ["Comment"] = "A clear plan. Let us meet weekly." });

        Assertions.IsRedirectTo(agreed, details);
        var stored = await app.StoredAssignmentAsync(assignment.Id);
        Assert.Equal(AssignmentStatus.Agreed, stored.Status);
        Assert.NotNull(stored.AgreedAt);
        Assert.NotNull(stored.AgreedScopeJson);
        var agreement = (await app.TimelineAsync(assignment.Id))[^1];
        Assert.Equal(AssignmentEventKind.Agreed, agreement.Kind);
        Assert.Equal(people.Mentor.Id, agreement.ActorId);
        Assert.Equal("A clear plan. Let us meet weekly.", agreement.Comment);
        var audit = await app.AssignmentAuditAsync(assignment.Id);
        Assert.Contains(audit, a => a.Action == "StretchAssignment.Modified" && a.ActorId == people.Mentee.Id
            && a.Changes!.Contains("\"Status\":[\"Draft\",\"Submitted\"]", StringComparison.Ordinal));
        Assert.Contains(audit, a => a.Action == "StretchAssignment.Modified" && a.ActorId == people.Mentor.Id
            && a.Changes!.Contains("\"Status\":[\"Submitted\",\"Agreed\"]", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Requesting_changes_needs_a_comment_and_sends_the_assignment_back_to_the_mentee()
    {
        var people = await app.EnrolledAsync();
        var assignment = await app.AssignmentAsync(people, AssignmentStatus.Submitted);
        using var mentor = await app.SignedInAsync(people.Mentor.Email!);
        var url = $"/Assignments/RequestChanges/{assignment.Id}";

        using var noComment = await mentor.PostFormAsync(url, new() { ["Comment"] = " " });
        var page = await PortalClient.ParseAsync(noComment);
        Assert.Equal(HttpStatusCode.OK, noComment.StatusCode);
        Assert.Equal(["Say what needs to change"], Assertions.ErrorSummary(page));
        Assert.Equal(AssignmentStatus.Submitted, (await app.StoredAssignmentAsync(assignment.Id)).Status);

        using var requested = await mentor.PostFormAsync(url, new() { ["Comment"] = "Narrow it to one clinic" });

        Assertions.IsRedirectTo(requested, $"/Assignments/Details/{assignment.Id}");
        Assert.Equal(AssignmentStatus.ChangesRequested, (await app.StoredAssignmentAsync(assignment.Id)).Status);
        var request = (await app.TimelineAsync(assignment.Id))[^1];
        Assert.Equal(AssignmentEventKind.ChangesRequested, request.Kind);
        Assert.Equal(people.Mentor.Id, request.ActorId);
        Assert.Equal("Narrow it to one clinic", request.Comment);
        using var mentee = await app.SignedInAsync(people.Mentee.Email!);
        Assert.Equal(
            ["Submit for agreement", "Edit", "Withdraw this assignment"],
            AssignmentSetUp.Actions(await mentee.GetPageAsync($"/Assignments/Details/{assignment.Id}")));
    }

    [Fact]
    public async Task A_mentee_starts_and_completes_an_agreed_assignment_and_a_lead_marks_it_presented()
    {
        var people = await app.EnrolledAsync();
        var assignment = await app.AssignmentAsync(people, AssignmentStatus.Agreed);
        var details = $"/Assignments/Details/{assignment.Id}";
        using var mentee = await app.SignedInAsync(people.Mentee.Email!);

        using var started = await mentee.PostFormAsync(details, new(), "/Assignments/Start/");
        Assertions.IsRedirectTo(started, details);
        var stored = await app.StoredAssignmentAsync(assignment.Id);
        Assert.Equal(AssignmentStatus.InProgress, stored.Status);
        Assert.NotNull(stored.StartedAt);
        Assert.Equal(AssignmentEventKind.Started, (await app.TimelineAsync(assignment.Id))[^1].Kind);

        var complete = $"/Assignments/Complete/{assignment.Id}";
        using var empty = await mentee.PostFormAsync(complete, new() { ["LessonsLearned"] = "Start with the data" });
        var emptyPage = await PortalClient.ParseAsync(empty);
        AssignmentSetUp.SameItems(
            ["Enter the outcomes achieved", "Enter the improvements made to working practice"],
            Assertions.ErrorSummary(emptyPage));
        Assert.Equal("Start with the data", Assertions.FieldValue(emptyPage, "LessonsLearned"));
        Assert.Equal(AssignmentStatus.InProgress, (await app.StoredAssignmentAsync(assignment.Id)).Status);

        using var completed = await mentee.PostFormAsync(complete, new()
        {
            ["OutcomesAchieved"] = "Waiting times fell by 12%",
            ["LessonsLearned"] = "Start with the data",
            ["PracticeImprovements"] = "Referral triage is now weekly",
        });
        Assertions.IsRedirectTo(completed, details);
        stored = await app.StoredAssignmentAsync(assignment.Id);
        Assert.Equal(AssignmentStatus.Completed, stored.Status);
        Assert.Equal("Waiting times fell by 12%", stored.OutcomesAchieved);
        Assert.Equal("Start with the data", stored.LessonsLearned);
        Assert.Equal("Referral triage is now weekly", stored.PracticeImprovements);
        var report = (await mentee.GetPageAsync(details)).QuerySelector("#completion-report")!.TextContent;
        Assert.Contains("Waiting times fell by 12%", report, StringComparison.Ordinal);
        Assert.Contains("Referral triage is now weekly", report, StringComparison.Ordinal);

        using var lead = await app.SignedInAsync(people.Lead.Email!);
        Assert.Equal(["Mark as presented"], AssignmentSetUp.Actions(await lead.GetPageAsync(details)));
        using var presented = await lead.PostFormAsync(details, new(), "/Assignments/Present/");

        Assertions.IsRedirectTo(presented, details);
        stored = await app.StoredAssignmentAsync(assignment.Id);
        Assert.Equal(AssignmentStatus.Presented, stored.Status);
        Assert.NotNull(stored.PresentedAt);
        var timeline = await app.TimelineAsync(assignment.Id);
        Assert.Equal(
            [AssignmentEventKind.Drafted, AssignmentEventKind.Submitted, AssignmentEventKind.Agreed, AssignmentEventKind.Started, AssignmentEventKind.Completed, AssignmentEventKind.Presented],
            timeline.Select(e => e.Kind));
        Assert.Equal([people.Mentee.Id, people.Mentee.Id, people.Lead.Id], timeline.TakeLast(3).Select(e => e.ActorId));
    }

    [Fact]
    public async Task Withdrawing_needs_a_reason_and_a_lead_of_the_programme_may_withdraw_too()
    {
        var people = await app.EnrolledAsync();
        var mine = await app.AssignmentAsync(people, AssignmentStatus.InProgress);
        var other = await app.AssignmentAsync(people, AssignmentStatus.Submitted, "Digital outpatients");
        using var mentee = await app.SignedInAsync(people.Mentee.Email!);

        using var noReason = await mentee.PostFormAsync($"/Assignments/Withdraw/{mine.Id}", new() { ["Reason"] = "" });
        Assert.Equal(["Enter the reason for withdrawing the assignment"], Assertions.ErrorSummary(await PortalClient.ParseAsync(noReason)));
        Assert.Equal(AssignmentStatus.InProgress, (await app.StoredAssignmentAsync(mine.Id)).Status);

        using var withdrawn = await mentee.PostFormAsync($"/Assignments/Withdraw/{mine.Id}", new() { ["Reason"] = "My service was restructured" });
        Assertions.IsRedirectTo(withdrawn, $"/Assignments/Details/{mine.Id}");
        var stored = await app.StoredAssignmentAsync(mine.Id);
        Assert.Equal(AssignmentStatus.Withdrawn, stored.Status);
        Assert.Equal("My service was restructured", stored.WithdrawalReason);
        var step = (await app.TimelineAsync(mine.Id))[^1];
        Assert.Equal((AssignmentEventKind.Withdrawn, people.Mentee.Id, "My service was restructured"), (step.Kind, step.ActorId, step.Comment));
        var details = await mentee.GetPageAsync($"/Assignments/Details/{mine.Id}");
        Assert.Equal("My service was restructured", details.QuerySelector("#withdrawal-reason")!.TextContent.Trim());
        Assert.Empty(AssignmentSetUp.Actions(details));

        using var lead = await app.SignedInAsync(people.Lead.Email!);
        using var byLead = await lead.PostFormAsync($"/Assignments/Withdraw/{other.Id}", new() { ["Reason"] = "Mentee left the programme" });
        Assertions.IsRedirectTo(byLead, $"/Assignments/Details/{other.Id}");
        Assert.Equal(AssignmentStatus.Withdrawn, (await app.StoredAssignmentAsync(other.Id)).Status);
        Assert.Equal(people.Lead.Id, (await app.TimelineAsync(other.Id))[^1].ActorId);
    }

    [Fact]
    public async Task Agreeing_a_draft_or_starting_it_is_refused_with_a_message_and_changes_nothing()
    {
        var people = await app.EnrolledAsync();
        var assignment = await app.AssignmentAsync(people);
        using var mentor = await app.SignedInAsync(people.Mentor.Email!);

        using var agreed = await mentor.PostFormAsync($"/Assignments/Agree/{assignment.Id}", new() { ["Comment"] = "Looks fine" });
        var page = await PortalClient.ParseAsync(agreed);

        Assert.Equal(HttpStatusCode.OK, agreed.StatusCode);
        Assert.Equal(["Only a submitted assignment can be agreed. This one is draft."], Assertions.ErrorSummary(page));
        Assert.Equal("Looks fine", Assertions.FieldValue(page, "Comment"));

        using var mentee = await app.SignedInAsync(people.Mentee.Email!);
        var details = $"/Assignments/Details/{assignment.Id}";
        using var started = await mentee.PostAsync(
            $"/Assignments/Start/{assignment.Id}", new() { ["Version"] = assignment.Version.ToString() }, details);
        var startPage = await PortalClient.ParseAsync(started);

        Assert.Equal(HttpStatusCode.OK, started.StatusCode);
        Assert.Equal(["Only an agreed assignment can be started. This one is draft."], Assertions.ErrorSummary(startPage));
        Assert.Equal("Outpatient referral redesign", startPage.QuerySelector("h1")!.TextContent.Trim());
        var stored = await app.StoredAssignmentAsync(assignment.Id);
        Assert.Equal(AssignmentStatus.Draft, stored.Status);
        Assert.Equal(assignment.Version, stored.Version);
        Assert.Single(await app.TimelineAsync(assignment.Id));
    }

    [Fact]
    public async Task A_decision_on_a_page_that_has_gone_stale_is_refused_with_the_comment_kept()
    {
        var people = await app.EnrolledAsync();
        var assignment = await app.AssignmentAsync(people, AssignmentStatus.Submitted);
        using var mentor = await app.SignedInAsync(people.Mentor.Email!);
        var seen = Assertions.FieldValue(await mentor.GetPageAsync($"/Assignments/Agree/{assignment.Id}"), "Version");
        using var mentee = await app.SignedInAsync(people.Mentee.Email!);
        using var withdrawn = await mentee.PostFormAsync($"/Assignments/Withdraw/{assignment.Id}", new() { ["Reason"] = "Changed jobs" });
        Assertions.IsRedirectTo(withdrawn, $"/Assignments/Details/{assignment.Id}");

        using var agreed = await mentor.PostFormAsync(
            $"/Assignments/Agree/{assignment.Id}", new() { ["Comment"] = "Go ahead", ["Version"] = seen });
        var page = await PortalClient.ParseAsync(agreed);

        Assert.Equal(HttpStatusCode.OK, agreed.StatusCode);
        Assert.Equal([AssignmentSetUp.Stale], Assertions.ErrorSummary(page));
        Assert.Equal("Go ahead", Assertions.FieldValue(page, "Comment"));
        var stored = await app.StoredAssignmentAsync(assignment.Id);
        Assert.Equal(stored.Version.ToString(), Assertions.FieldValue(page, "Version"));
        Assert.Equal(AssignmentStatus.Withdrawn, stored.Status);
        Assert.DoesNotContain(await app.TimelineAsync(assignment.Id), e => e.Kind == AssignmentEventKind.Agreed);

        using var again = await mentor.PostFormAsync($"/Assignments/Agree/{assignment.Id}", new() { ["Comment"] = "Go ahead" });
        Assert.Equal(
            ["Only a submitted assignment can be agreed. This one is withdrawn."],
            Assertions.ErrorSummary(await PortalClient.ParseAsync(again)));
    }

    public void Dispose() => app.Dispose();
}
