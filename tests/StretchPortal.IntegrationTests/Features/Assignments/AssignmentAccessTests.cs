using System.Net;
using StretchPortal.IntegrationTests.Infrastructure;
using StretchPortal.Web.Domain;
using StretchPortal.Web.Security;

namespace StretchPortal.IntegrationTests.Features.Assignments;

public sealed class AssignmentAccessTests : IDisposable
{
    private readonly PortalApp app = new();

    [Fact]
    public async Task Anonymous_visitors_are_sent_to_sign_in_and_change_nothing()
    {
        var people = await app.EnrolledAsync();
        var assignment = await app.AssignmentAsync(people, AssignmentStatus.Submitted);
        using var client = app.NewClient();

        foreach (var url in new[]
                 {
                     "/Assignments", "/Assignments/Create", $"/Assignments/Details/{assignment.Id}", $"/Assignments/Edit/{assignment.Id}",
                     $"/Assignments/Agree/{assignment.Id}", $"/Assignments/RequestChanges/{assignment.Id}",
                     $"/Assignments/Complete/{assignment.Id}", $"/Assignments/Withdraw/{assignment.Id}",
                 })
        {
            using var response = await client.GetAsync(url);
            Assertions.IsRedirectToSignIn(response);
        }

        using var content = new FormUrlEncodedContent(new Dictionary<string, string> { ["Version"] = assignment.Version.ToString() });
        using var post = await client.Http.PostAsync(new Uri($"/Assignments/Agree/{assignment.Id}", UriKind.Relative), content);
        Assertions.IsRedirectToSignIn(post);
        Assert.Equal(AssignmentStatus.Submitted, (await app.StoredAssignmentAsync(assignment.Id)).Status);
    }

    [Fact]
    public async Task A_different_mentor_cannot_agree_or_request_changes_and_nothing_changes()
    {
        var people = await app.EnrolledAsync();
        var other = await app.AnotherMenteeAsync(people);
        var assignment = await app.AssignmentAsync(people, AssignmentStatus.Submitted);
        using var client = await app.SignedInAsync(other.Mentor.Email!);

        await AssertRefusedDecisionsAsync(client, assignment);
    }

    [Theory]
    [InlineData(Roles.Sponsor)]
    [InlineData(Roles.Coach)]
    public async Task A_sponsor_or_coach_sees_the_assignment_but_cannot_agree_or_request_changes(string role)
    {
        var people = await app.EnrolledAsync();
        var assignment = await app.AssignmentAsync(people, AssignmentStatus.Submitted);
        var person = role == Roles.Sponsor ? people.Sponsor : people.Coach;
        using var client = await app.SignedInAsync(person.Email!);

        var details = await client.GetPageAsync($"/Assignments/Details/{assignment.Id}");
        Assert.Equal("Outpatient referral redesign", details.QuerySelector("h1")!.TextContent.Trim());
        Assert.Empty(AssignmentSetUp.Actions(details));

        await AssertRefusedDecisionsAsync(client, assignment);
    }

    [Fact]
    public async Task A_mentee_cannot_edit_submit_or_open_another_mentees_assignment()
    {
        var people = await app.EnrolledAsync();
        var other = await app.AnotherMenteeAsync(people);
        var assignment = await app.AssignmentAsync(people);
        using var client = await app.SignedInAsync(other.Mentee.Email!);

        using var details = await client.GetAsync($"/Assignments/Details/{assignment.Id}");
        using var edit = await client.GetAsync($"/Assignments/Edit/{assignment.Id}");
        var form = AssignmentSetUp.ValidForm([])
            .Where(f => f.Value is string)
            .ToDictionary(f => f.Key, f => (string)f.Value!);
        form["Title"] = "Hijacked";
        form["Version"] = assignment.Version.ToString();
        using var postEdit = await client.PostAsync($"/Assignments/Edit/{assignment.Id}", form, "/Assignments");
        using var submit = await client.PostAsync(
            $"/Assignments/Submit/{assignment.Id}", new() { ["Version"] = assignment.Version.ToString() }, "/Assignments");

        Assert.All(new[] { details, edit, postEdit, submit }, r => Assert.Equal(HttpStatusCode.Forbidden, r.StatusCode));
        Assert.DoesNotContain("Outpatient referral redesign", await details.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var stored = await app.StoredAssignmentAsync(assignment.Id);
        Assert.Equal("Outpatient referral redesign", stored.Title);
        Assert.Equal(AssignmentStatus.Draft, stored.Status);
        Assert.Equal(assignment.Version, stored.Version);
    }

    [Fact]
    public async Task A_mentor_opening_another_mentors_mentees_assignment_by_id_sees_none_of_it()
    {
        var people = await app.EnrolledAsync();
        var other = await app.AnotherMenteeAsync(people);
        var assignment = await app.AssignmentAsync(people, AssignmentStatus.Agreed);
        using var client = await app.SignedInAsync(other.Mentor.Email!);

        using var response = await client.GetAsync($"/Assignments/Details/{assignment.Id}");
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.DoesNotContain("Outpatient referral redesign", body, StringComparison.Ordinal);
        Assert.DoesNotContain("Cut outpatient waiting times", body, StringComparison.Ordinal);
        Assert.DoesNotContain(people.Mentee.FullName, body, StringComparison.Ordinal);
        var index = await client.GetPageAsync("/Assignments");
        Assert.DoesNotContain("Outpatient referral redesign", index.Body!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_lead_of_the_programme_can_view_but_not_agree()
    {
        var people = await app.EnrolledAsync();
        var assignment = await app.AssignmentAsync(people, AssignmentStatus.Submitted);
        using var client = await app.SignedInAsync(people.Lead.Email!);

        var details = await client.GetPageAsync($"/Assignments/Details/{assignment.Id}");
        Assert.Equal("Outpatient referral redesign", details.QuerySelector("h1")!.TextContent.Trim());
        Assert.Equal(["Withdraw this assignment"], AssignmentSetUp.Actions(details));
        Assert.Contains("Outpatient referral redesign", (await client.GetPageAsync("/Assignments")).Body!.TextContent, StringComparison.Ordinal);

        await AssertRefusedDecisionsAsync(client, assignment);
    }

    [Fact]
    public async Task A_lead_of_another_programme_gets_403()
    {
        var people = await app.EnrolledAsync();
        var assignment = await app.AssignmentAsync(people, AssignmentStatus.Completed);
        var otherLead = await app.PersonAsync(roles: Roles.ProgrammeLead);
        await app.ProgrammeAsync(otherLead.Id, "Another programme");
        using var client = await app.SignedInAsync(otherLead.Email!);

        using var details = await client.GetAsync($"/Assignments/Details/{assignment.Id}");
        using var withdraw = await client.GetAsync($"/Assignments/Withdraw/{assignment.Id}");
        using var present = await client.PostAsync(
            $"/Assignments/Present/{assignment.Id}", new() { ["Version"] = assignment.Version.ToString() }, "/Assignments");

        Assert.All(new[] { details, withdraw, present }, r => Assert.Equal(HttpStatusCode.Forbidden, r.StatusCode));
        Assert.Equal(AssignmentStatus.Completed, (await app.StoredAssignmentAsync(assignment.Id)).Status);
        Assert.DoesNotContain("Outpatient referral redesign", (await client.GetPageAsync("/Assignments")).Body!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_mentee_cannot_mark_their_own_assignment_presented()
    {
        var people = await app.EnrolledAsync();
        var assignment = await app.AssignmentAsync(people, AssignmentStatus.Completed);
        using var client = await app.SignedInAsync(people.Mentee.Email!);

        using var present = await client.PostAsync(
            $"/Assignments/Present/{assignment.Id}", new() { ["Version"] = assignment.Version.ToString() }, "/Assignments");

        Assert.Equal(HttpStatusCode.Forbidden, present.StatusCode);
        Assert.Equal(AssignmentStatus.Completed, (await app.StoredAssignmentAsync(assignment.Id)).Status);
    }

    [Fact]
    public async Task The_list_shows_each_person_only_the_assignments_their_relationship_gives_them_and_filters_by_status()
    {
        var people = await app.EnrolledAsync();
        var other = await app.AnotherMenteeAsync(people);
        await app.AssignmentAsync(people, AssignmentStatus.Submitted, "Mine submitted");
        await app.AssignmentAsync(people, AssignmentStatus.InProgress, "Mine in progress");
        await app.AssignmentAsync(other, AssignmentStatus.Submitted, "Theirs submitted");

        using var mentor = await app.SignedInAsync(people.Mentor.Email!);
        var all = await mentor.GetPageAsync("/Assignments");
        Assert.Equal(["Mine submitted", "Mine in progress"], Titles(all));
        Assert.Equal(["Submitted for agreement (1)", "In progress (1)"], all.QuerySelectorAll("main h2").Select(h => h.TextContent.Trim()));
        Assert.Contains(people.Mentee.FullName, all.QuerySelector("main table")!.TextContent, StringComparison.Ordinal);
        Assert.Empty(all.QuerySelectorAll("main a.nhsuk-button"));
        Assert.Equal(["Mine submitted"], Titles(await mentor.GetPageAsync("/Assignments?status=Submitted")));

        using var sponsor = await app.SignedInAsync(people.Sponsor.Email!);
        Assert.Equal(["Mine submitted", "Theirs submitted", "Mine in progress"], Titles(await sponsor.GetPageAsync("/Assignments")));

        using var mentee = await app.SignedInAsync(other.Mentee.Email!);
        Assert.Equal(["Theirs submitted"], Titles(await mentee.GetPageAsync("/Assignments")));

        static List<string> Titles(AngleSharp.Html.Dom.IHtmlDocument page) =>
            page.QuerySelectorAll("main table tbody tr td:first-child a").Select(a => a.TextContent.Trim()).ToList();
    }

    [Fact]
    public async Task An_unknown_assignment_is_404()
    {
        var people = await app.EnrolledAsync();
        using var client = await app.SignedInAsync(people.Mentee.Email!);

        using var details = await client.GetAsync($"/Assignments/Details/{Guid.NewGuid()}");
        using var edit = await client.GetAsync($"/Assignments/Edit/{Guid.NewGuid()}");

        Assert.Equal(HttpStatusCode.NotFound, details.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, edit.StatusCode);
    }

    /// <summary>The agree and request-changes pages and posts answer 403, and the assignment stays as it was.</summary>
    private async Task AssertRefusedDecisionsAsync(PortalClient client, StretchAssignment assignment)
    {
        using var agreePage = await client.GetAsync($"/Assignments/Agree/{assignment.Id}");
        using var changesPage = await client.GetAsync($"/Assignments/RequestChanges/{assignment.Id}");
        using var agree = await client.PostAsync(
            $"/Assignments/Agree/{assignment.Id}", new() { ["Version"] = assignment.Version.ToString(), ["Comment"] = "Fine" }, "/Assignments");
        using var changes = await client.PostAsync(
            $"/Assignments/RequestChanges/{assignment.Id}", new() { ["Version"] = assignment.Version.ToString(), ["Comment"] = "Redo" }, "/Assignments");

        Assert.All(new[] { agreePage, changesPage, agree, changes }, r => Assert.Equal(HttpStatusCode.Forbidden, r.StatusCode));
        var stored = await app.StoredAssignmentAsync(assignment.Id);
        Assert.Equal(AssignmentStatus.Submitted, stored.Status);
        Assert.Equal(assignment.Version, stored.Version);
        Assert.Equal(2, (await app.TimelineAsync(assignment.Id)).Count);
    }

    public void Dispose() => app.Dispose();
}
