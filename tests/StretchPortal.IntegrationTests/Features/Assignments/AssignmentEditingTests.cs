using System.Net;
using System.Text.Json;
using StretchPortal.IntegrationTests.Infrastructure;
using StretchPortal.Web.Domain;

namespace StretchPortal.IntegrationTests.Features.Assignments;

public sealed class AssignmentEditingTests : IDisposable
{
    private readonly PortalApp app = new();

    [Fact]
    public async Task Changing_the_scope_of_an_agreed_assignment_sends_it_back_for_agreement_showing_the_last_agreed_scope()
    {
        var people = await app.EnrolledAsync();
        var priorities = await app.IcsPrioritiesAsync();
        var assignment = await app.AssignmentAsync(people, AssignmentStatus.Agreed);
        var details = $"/Assignments/Details/{assignment.Id}";
        var edit = $"/Assignments/Edit/{assignment.Id}";
        using var mentee = await app.SignedInAsync(people.Mentee.Email!);

        using var saved = await mentee.PostFormAsync(edit, new()
        {
            ["Aim"] = "Cut waiting times for first appointments",
            ["IcsPriorityIds"] = new List<string> { priorities[0].Id.ToString(), priorities[1].Id.ToString() },
        });

        Assertions.IsRedirectTo(saved, details);
        var stored = await app.StoredAssignmentAsync(assignment.Id);
        Assert.Equal(AssignmentStatus.Submitted, stored.Status);
        Assert.Equal("Cut waiting times for first appointments", stored.Aim);
        var change = (await app.TimelineAsync(assignment.Id))[^1];
        Assert.Equal(AssignmentEventKind.ScopeChanged, change.Kind);
        Assert.Equal(people.Mentee.Id, change.ActorId);
        var fields = JsonSerializer.Deserialize<Dictionary<string, string?[]>>(change.ChangedFields!)!;
        Assert.Equal("Cut outpatient waiting times", fields["Aim"][0]);
        Assert.Equal("Cut waiting times for first appointments", fields["Aim"][1]);
        Assert.Contains("ICS priorities", fields.Keys);

        var page = await mentee.GetPageAsync(details);
        var agreedScope = page.QuerySelector("#last-agreed-scope")!.TextContent;
        Assert.Contains("Last agreed scope", agreedScope, StringComparison.Ordinal);
        Assert.Contains("Cut outpatient waiting times", agreedScope, StringComparison.Ordinal);
        Assert.DoesNotContain(priorities[1].Name, agreedScope, StringComparison.Ordinal);
        var row = AssignmentSetUp.TimelineRows(page)[^1];
        Assert.Equal("Scope changed: needs agreement again", row[2]);
        Assert.Contains("Aim: Cut outpatient waiting times → Cut waiting times for first appointments", row[3], StringComparison.Ordinal);
        Assert.Contains($"ICS priorities: {priorities[0].Name} → ", row[3], StringComparison.Ordinal);
        Assert.Contains(priorities[1].Name, row[3], StringComparison.Ordinal);

        using var whileWaiting = await mentee.PostFormAsync(edit, new() { ["Title"] = "Renamed while waiting" });
        var refused = await PortalClient.ParseAsync(whileWaiting);
        Assert.Equal(HttpStatusCode.OK, whileWaiting.StatusCode);
        Assert.Equal(["An assignment that is waiting for agreement cannot be changed."], Assertions.ErrorSummary(refused));
        Assert.Equal("Renamed while waiting", Assertions.FieldValue(refused, "Title"));
        Assert.Equal("Outpatient referral redesign", (await app.StoredAssignmentAsync(assignment.Id)).Title);

        using var mentor = await app.SignedInAsync(people.Mentor.Email!);
        var agreePage = await mentor.GetPageAsync($"/Assignments/Agree/{assignment.Id}");
        Assert.Contains("Cut outpatient waiting times", agreePage.QuerySelector("#last-agreed-scope")!.TextContent, StringComparison.Ordinal);
        using var agreed = await mentor.PostFormAsync($"/Assignments/Agree/{assignment.Id}", new());
        Assertions.IsRedirectTo(agreed, details);
        Assert.Equal(AssignmentStatus.Agreed, (await app.StoredAssignmentAsync(assignment.Id)).Status);
        Assert.Null((await mentee.GetPageAsync(details)).QuerySelector("#last-agreed-scope"));
    }

    [Fact]
    public async Task Changing_only_the_title_of_an_agreed_assignment_keeps_it_agreed()
    {
        var people = await app.EnrolledAsync();
        var assignment = await app.AssignmentAsync(people, AssignmentStatus.InProgress);
        using var mentee = await app.SignedInAsync(people.Mentee.Email!);

        using var saved = await mentee.PostFormAsync($"/Assignments/Edit/{assignment.Id}", new() { ["Title"] = "Referral redesign" });

        Assertions.IsRedirectTo(saved, $"/Assignments/Details/{assignment.Id}");
        var stored = await app.StoredAssignmentAsync(assignment.Id);
        Assert.Equal(AssignmentStatus.InProgress, stored.Status);
        Assert.Equal("Referral redesign", stored.Title);
        var change = (await app.TimelineAsync(assignment.Id))[^1];
        Assert.Equal(AssignmentEventKind.Revised, change.Kind);
        Assert.Contains(
            "Title: Outpatient referral redesign → Referral redesign",
            AssignmentSetUp.TimelineRows(await mentee.GetPageAsync($"/Assignments/Details/{assignment.Id}"))[^1][3],
            StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_stale_concurrent_edit_is_refused_with_its_input_kept_and_the_first_change_kept()
    {
        var people = await app.EnrolledAsync();
        var priorities = await app.IcsPrioritiesAsync();
        var assignment = await app.AssignmentAsync(people);
        var edit = $"/Assignments/Edit/{assignment.Id}";
        using var first = await app.SignedInAsync(people.Mentee.Email!);
        using var second = await app.SignedInAsync(people.Mentee.Email!);
        var secondSaw = Assertions.FieldValue(await second.GetPageAsync(edit), "Version");

        // The first change touches only the ICS priorities, which live in a table of their own.
        using var firstSave = await first.PostFormAsync(edit, new()
        {
            ["IcsPriorityIds"] = new List<string> { priorities[0].Id.ToString(), priorities[3].Id.ToString() },
        });
        using var secondSave = await second.PostFormAsync(edit, new() { ["Title"] = "Second title", ["Version"] = secondSaw });
        var page = await PortalClient.ParseAsync(secondSave);

        Assertions.IsRedirectTo(firstSave, $"/Assignments/Details/{assignment.Id}");
        Assert.Equal(HttpStatusCode.OK, secondSave.StatusCode);
        Assert.Equal([AssignmentSetUp.StaleEdit], Assertions.ErrorSummary(page));
        Assert.Equal("Second title", Assertions.FieldValue(page, "Title"));
        var stored = await app.StoredAssignmentAsync(assignment.Id);
        Assert.Equal("Outpatient referral redesign", stored.Title);
        Assert.Equal(new[] { priorities[0].Id, priorities[3].Id }.Order(), stored.Priorities.Select(p => p.IcsPriorityId).Order());
        Assert.Equal(stored.Version.ToString(), Assertions.FieldValue(page, "Version"));

        using var deliberate = await second.PostFormAsync(edit, new() { ["Title"] = "Second title", ["Version"] = stored.Version.ToString() });
        Assertions.IsRedirectTo(deliberate, $"/Assignments/Details/{assignment.Id}");
        Assert.Equal("Second title", (await app.StoredAssignmentAsync(assignment.Id)).Title);
    }

    [Fact]
    public async Task The_timeline_lists_each_step_oldest_first_with_who_and_the_comment()
    {
        var people = await app.EnrolledAsync();
        var priorities = await app.IcsPrioritiesAsync();
        using var mentee = await app.SignedInAsync(people.Mentee.Email!);
        using var mentor = await app.SignedInAsync(people.Mentor.Email!);
        using var created = await mentee.PostFormAsync("/Assignments/Create", AssignmentSetUp.ValidForm([priorities[0].Id]));
        var details = created.Headers.Location!.OriginalString;
        var id = details.Split('/')[^1];

        using var submitted = await mentee.PostFormAsync(details, new(), "/Assignments/Submit/");
        using var sentBack = await mentor.PostFormAsync($"/Assignments/RequestChanges/{id}", new() { ["Comment"] = "Finish by mid-November" });
        using var revised = await mentee.PostFormAsync($"/Assignments/Edit/{id}", new()
        {
            ["EndDate"] = "2026-11-13",
            ["IcsPriorityIds"] = new List<string> { priorities[0].Id.ToString(), priorities[1].Id.ToString() },
        });
        using var resubmitted = await mentee.PostFormAsync(details, new(), "/Assignments/Submit/");
        using var agreed = await mentor.PostFormAsync($"/Assignments/Agree/{id}", new() { ["Comment"] = "Agreed, good luck" });
        using var started = await mentee.PostFormAsync(details, new(), "/Assignments/Start/");

        foreach (var response in new[] { submitted, sentBack, revised, resubmitted, agreed, started })
        {
            Assertions.IsRedirectTo(response, details);
        }

        var rows = AssignmentSetUp.TimelineRows(await mentor.GetPageAsync(details));
        Assert.Equal(
            ["Drafted", "Submitted for agreement", "Changes requested", "Changed", "Submitted for agreement", "Agreed", "Started"],
            rows.Select(r => r[2]));
        Assert.Equal(
            [people.Mentee.FullName, people.Mentee.FullName, people.Mentor.FullName, people.Mentee.FullName, people.Mentee.FullName, people.Mentor.FullName, people.Mentee.FullName],
            rows.Select(r => r[1]));
        Assert.Equal("Finish by mid-November", rows[2][3]);
        Assert.Contains("End date: 27 November 2026 → 13 November 2026", rows[3][3], StringComparison.Ordinal);
        Assert.Contains($"ICS priorities: {priorities[0].Name} → ", rows[3][3], StringComparison.Ordinal);
        Assert.Contains(priorities[1].Name, rows[3][3], StringComparison.Ordinal);
        Assert.DoesNotContain(priorities[1].Id.ToString(), rows[3][3], StringComparison.OrdinalIgnoreCase);
        Assert.Equal("Agreed, good luck", rows[5][3]);
        Assert.All(rows, r => Assert.Matches(@"^\d{1,2} \w+ 2\d{3} at \d{1,2}(:\d{2})?(am|pm)$", r[0]));
        Assert.Equal(7, (await app.TimelineAsync(Guid.Parse(id))).Count);
    }

    public void Dispose() => app.Dispose();
}
