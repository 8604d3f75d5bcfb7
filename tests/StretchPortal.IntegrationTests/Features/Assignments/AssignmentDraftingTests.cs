using System.Net;
using Microsoft.EntityFrameworkCore;
using StretchPortal.IntegrationTests.Infrastructure;
using StretchPortal.Web.Domain;

namespace StretchPortal.IntegrationTests.Features.Assignments;

public sealed class AssignmentDraftingTests : IDisposable
{
    private readonly PortalApp app = new();

    [Fact]
    public async Task A_mentee_drafts_an_assignment_linked_to_ICS_priorities_and_their_PDR_objectives()
    {
        var people = await app.EnrolledAsync();
        var priorities = await app.IcsPrioritiesAsync();
        var objective = await app.PdrObjectiveAsync(people.Mentee.Id);
        await app.PdrObjectiveAsync(people.Mentor.Id, "The mentor's own objective");
        using var client = await app.SignedInAsync(people.Mentee.Email!);

        var index = await client.GetPageAsync("/Assignments");
        Assert.Equal("/Assignments/Create", index.QuerySelector("main a.nhsuk-button")?.GetAttribute("href"));
        Assert.Contains("Draft a stretch assignment", index.QuerySelector("main a.nhsuk-button")!.TextContent, StringComparison.Ordinal);
        var create = await client.GetPageAsync("/Assignments/Create");
        Assert.Equal(
            priorities.Select(p => p.Name),
            create.QuerySelectorAll("input[name='IcsPriorityIds'] + label").Select(l => l.TextContent.Trim()));
        Assert.Equal(["Lead a service change (2026/2027)"], create.QuerySelectorAll("input[name='PdrObjectiveIds'] + label").Select(l => l.TextContent.Trim()));
        Assert.NotNull(create.QuerySelector("a[href='/PdrObjectives']"));

        var form = AssignmentSetUp.ValidForm([priorities[0].Id, priorities[2].Id]);
        form["PdrObjectiveIds"] = new List<string> { objective.Id.ToString() };
        using var response = await client.PostFormAsync("/Assignments/Create", form);

        var stored = await app.WithDbAsync(db => db.StretchAssignments.AsNoTracking()
            .Include(a => a.Priorities).Include(a => a.PdrObjectives).SingleAsync());
        Assertions.IsRedirectTo(response, $"/Assignments/Details/{stored.Id}");
        Assert.Equal(people.Enrolment.Id, stored.EnrolmentId);
        Assert.Equal(AssignmentStatus.Draft, stored.Status);
        Assert.Equal("Outpatient referral redesign", stored.Title);
        Assert.Equal(AssignmentType.ServiceRedesign, stored.Type);
        Assert.Equal(new DateOnly(2026, 9, 7), stored.StartDate);
        Assert.Equal(new DateOnly(2026, 11, 27), stored.EndDate);
        Assert.Equal(7.5, stored.HoursPerWeek);
        Assert.Equal("Outpatients, Leicester Royal Infirmary", stored.HostOrganisation);
        Assert.Equal(new[] { priorities[0].Id, priorities[2].Id }.Order(), stored.Priorities.Select(p => p.IcsPriorityId).Order());
        Assert.Equal([objective.Id], stored.PdrObjectives.Select(p => p.PdrObjectiveId));
        var drafted = Assert.Single(await app.TimelineAsync(stored.Id));
        Assert.Equal(AssignmentEventKind.Drafted, drafted.Kind);
        Assert.Equal(people.Mentee.Id, drafted.ActorId);
        var audit = Assert.Single(await app.AssignmentAuditAsync(stored.Id));
        Assert.Equal("StretchAssignment.Added", audit.Action);
        Assert.Equal(people.Mentee.Id, audit.ActorId);

        var details = await client.GetPageAsync($"/Assignments/Details/{stored.Id}");
        Assert.Equal("Outpatient referral redesign", details.QuerySelector("h1")!.TextContent.Trim());
        Assert.Contains(priorities[2].Name, details.QuerySelector(".nhsuk-summary-list")!.TextContent, StringComparison.Ordinal);
        Assert.Null(details.QuerySelector("#schedule-warnings"));
    }

    [Fact]
    public async Task A_missing_ICS_priority_is_refused_with_the_input_kept_and_nothing_saved()
    {
        var people = await app.EnrolledAsync();
        using var client = await app.SignedInAsync(people.Mentee.Email!);
        var form = AssignmentSetUp.ValidForm([]);
        form["Title"] = "Digital outpatients";

        using var response = await client.PostFormAsync("/Assignments/Create", form);
        var page = await PortalClient.ParseAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(["Select at least one ICS priority"], Assertions.ErrorSummary(page));
        Assert.Equal("Select at least one ICS priority", AssignmentSetUp.InlineError(page, "IcsPriorityIds"));
        Assert.Equal("Digital outpatients", Assertions.FieldValue(page, "Title"));
        Assert.Equal("Cut outpatient waiting times", Assertions.FieldValue(page, "Aim"));
        Assert.Equal("2026-11-27", Assertions.FieldValue(page, "EndDate"));
        Assert.Equal("7.5", Assertions.FieldValue(page, "HoursPerWeek"));
        Assert.Equal([nameof(AssignmentType.ServiceRedesign)], AssignmentSetUp.CheckedValues(page, "Type"));
        Assert.Equal(0, await app.WithDbAsync(db => db.StretchAssignments.CountAsync()));
    }

    [Fact]
    public async Task An_end_date_before_the_start_is_refused_with_the_input_kept()
    {
        var people = await app.EnrolledAsync();
        var priorities = await app.IcsPrioritiesAsync();
        using var client = await app.SignedInAsync(people.Mentee.Email!);
        var form = AssignmentSetUp.ValidForm([priorities[1].Id]);
        form["StartDate"] = "2026-10-01";
        form["EndDate"] = "2026-09-30";

        using var response = await client.PostFormAsync("/Assignments/Create", form);
        var page = await PortalClient.ParseAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(["The end date must be after the start date"], Assertions.ErrorSummary(page));
        Assert.Equal("The end date must be after the start date", AssignmentSetUp.InlineError(page, "EndDate"));
        Assert.Equal("2026-10-01", Assertions.FieldValue(page, "StartDate"));
        Assert.Equal("2026-09-30", Assertions.FieldValue(page, "EndDate"));
        Assert.Equal([priorities[1].Id.ToString()], AssignmentSetUp.CheckedValues(page, "IcsPriorityIds"));
        Assert.Equal(0, await app.WithDbAsync(db => db.StretchAssignments.CountAsync()));
    }

    [Fact]
    public async Task Required_fields_hours_within_a_working_week_and_a_described_other_type_are_checked()
    {
        var people = await app.EnrolledAsync();
        var priorities = await app.IcsPrioritiesAsync();
        using var client = await app.SignedInAsync(people.Mentee.Email!);

        using var empty = await client.PostFormAsync("/Assignments/Create", new());
        var emptyPage = await PortalClient.ParseAsync(empty);
        AssignmentSetUp.SameItems(
            [
                "Enter a title for the assignment", "Choose the type of assignment", "Enter the aim of the assignment",
                "Enter your role in the assignment", "Enter the anticipated outcomes", "Enter the start date", "Enter the end date",
                "Enter the agreed working hours per week", "Select at least one ICS priority",
            ],
            Assertions.ErrorSummary(emptyPage));

        var form = AssignmentSetUp.ValidForm([priorities[0].Id]);
        form["Type"] = nameof(AssignmentType.Other);
        form["HoursPerWeek"] = "40";
        using var response = await client.PostFormAsync("/Assignments/Create", form);
        var page = await PortalClient.ParseAsync(response);

        AssignmentSetUp.SameItems(
            ["Describe the type of assignment", "The agreed working hours per week must be 37.5 or fewer"],
            Assertions.ErrorSummary(page));
        Assert.Equal("40", Assertions.FieldValue(page, "HoursPerWeek"));

        form["OtherType"] = "Board shadowing";
        form["HoursPerWeek"] = "37.5";
        using var saved = await client.PostFormAsync("/Assignments/Create", form);
        Assertions.IsRedirectTo(saved, "/Assignments/Details/");
        var stored = await app.WithDbAsync(db => db.StretchAssignments.AsNoTracking().SingleAsync());
        Assert.Equal(AssignmentType.Other, stored.Type);
        Assert.Equal("Board shadowing", stored.OtherType);
        Assert.Equal(37.5, stored.HoursPerWeek);
    }

    [Fact]
    public async Task Dates_outside_the_practical_element_are_saved_with_a_visible_warning()
    {
        var people = await app.EnrolledAsync();
        var priorities = await app.IcsPrioritiesAsync();
        using var client = await app.SignedInAsync(people.Mentee.Email!);
        var form = AssignmentSetUp.ValidForm([priorities[0].Id]);
        form["StartDate"] = "2026-08-03";
        form["EndDate"] = "2027-01-29";

        using var response = await client.PostFormAsync("/Assignments/Create", form);

        Assertions.IsRedirectTo(response, "/Assignments/Details/");
        var details = await client.GetPageAsync(response.Headers.Location!.OriginalString);
        var warnings = details.QuerySelector("#schedule-warnings.nhsuk-card--warning")!.TextContent;
        Assert.Contains("outside the programme's practical element (1 September 2026 to 30 November 2026)", warnings, StringComparison.Ordinal);
        Assert.Contains("more than 3 months", warnings, StringComparison.Ordinal);
        Assert.Equal(AssignmentStatus.Draft, (await app.WithDbAsync(db => db.StretchAssignments.AsNoTracking().SingleAsync())).Status);
    }

    [Fact]
    public async Task A_mentee_with_two_active_enrolments_chooses_the_programme()
    {
        var people = await app.EnrolledAsync();
        var (_, otherCohort) = await app.ProgrammeAsync(people.Lead.Id, "Clinical Leaders 2026");
        var second = await app.EnrolmentAsync(otherCohort.Id, people.Mentee.Id, people.Mentor.Id);
        var priorities = await app.IcsPrioritiesAsync();
        using var client = await app.SignedInAsync(people.Mentee.Email!);

        var create = await client.GetPageAsync("/Assignments/Create");
        Assert.Equal(
            ["", people.Enrolment.Id.ToString(), second.Id.ToString()],
            create.QuerySelectorAll("select[name='EnrolmentId'] option").Select(o => o.GetAttribute("value")));

        using var unchosen = await client.PostFormAsync("/Assignments/Create", AssignmentSetUp.ValidForm([priorities[0].Id]));
        Assert.Contains("Choose the programme this assignment is for", Assertions.ErrorSummary(await PortalClient.ParseAsync(unchosen)));

        var form = AssignmentSetUp.ValidForm([priorities[0].Id]);
        form["EnrolmentId"] = second.Id.ToString();
        using var response = await client.PostFormAsync("/Assignments/Create", form);

        Assertions.IsRedirectTo(response, "/Assignments/Details/");
        Assert.Equal(second.Id, (await app.WithDbAsync(db => db.StretchAssignments.AsNoTracking().SingleAsync())).EnrolmentId);
    }

    [Fact]
    public async Task Another_persons_PDR_objective_or_an_archived_ICS_priority_cannot_be_linked()
    {
        var people = await app.EnrolledAsync();
        var priorities = await app.IcsPrioritiesAsync();
        var theirs = await app.PdrObjectiveAsync(people.Mentor.Id);
        await app.WithDbAsync(async db =>
        {
            (await db.IcsPriorities.SingleAsync(p => p.Id == priorities[4].Id)).IsArchived = true;
            await db.SaveChangesAsync();
        });
        using var client = await app.SignedInAsync(people.Mentee.Email!);
        var create = await client.GetPageAsync("/Assignments/Create");
        Assert.DoesNotContain(priorities[4].Id.ToString(), create.QuerySelectorAll("input[name='IcsPriorityIds']").Select(i => i.GetAttribute("value")));

        var form = AssignmentSetUp.ValidForm([priorities[4].Id]);
        form["PdrObjectiveIds"] = new List<string> { theirs.Id.ToString() };
        using var response = await client.PostFormAsync("/Assignments/Create", form);

        AssignmentSetUp.SameItems(
            ["Select ICS priorities from the list", "Select PDR objectives from your own list"],
            Assertions.ErrorSummary(await PortalClient.ParseAsync(response)));
        Assert.Equal(0, await app.WithDbAsync(db => db.StretchAssignments.CountAsync()));
    }

    [Fact]
    public async Task Only_a_mentee_with_an_active_enrolment_may_draft()
    {
        var people = await app.EnrolledAsync();
        var withdrawn = await app.AnotherMenteeAsync(people);
        await app.WithDbAsync(async db =>
        {
            (await db.Enrolments.SingleAsync(e => e.Id == withdrawn.Enrolment.Id)).Withdraw("Left the trust", DateTime.UtcNow);
            await db.SaveChangesAsync();
        });
        var priorities = await app.IcsPrioritiesAsync();

        foreach (var person in new[] { people.Mentor, people.Sponsor, people.Lead, withdrawn.Mentee })
        {
            using var client = await app.SignedInAsync(person.Email!);
            var index = await client.GetPageAsync("/Assignments");
            using var get = await client.GetAsync("/Assignments/Create");
            var fields = AssignmentSetUp.ValidForm([priorities[0].Id])
                .Where(f => f.Value is string)
                .ToDictionary(f => f.Key, f => (string)f.Value!);
            fields["EnrolmentId"] = people.Enrolment.Id.ToString();
            using var post = await client.PostAsync("/Assignments/Create", fields, "/Assignments");

            Assert.DoesNotContain("Draft a stretch assignment", index.Body!.TextContent, StringComparison.Ordinal);
            Assert.Equal(HttpStatusCode.Forbidden, get.StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, post.StatusCode);
        }

        Assert.Equal(0, await app.WithDbAsync(db => db.StretchAssignments.CountAsync()));
    }

    public void Dispose() => app.Dispose();
}
