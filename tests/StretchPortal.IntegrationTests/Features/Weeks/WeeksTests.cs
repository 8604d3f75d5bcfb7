using System.Net;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using StretchPortal.IntegrationTests.Infrastructure;
using StretchPortal.Web.Domain;
using static StretchPortal.IntegrationTests.Features.Weeks.SupportNetworkTestData;

namespace StretchPortal.IntegrationTests.Features.Weeks;

public sealed class WeeksTests : IDisposable
{
    private const string ChangedMeanwhile =
        "Someone else changed this week while you were editing. Check the values below and save again.";

    private readonly PortalApp app = new();

    public void Dispose() => app.Dispose();

    [Fact]
    public async Task Mentee_plans_and_updates_two_weeks_and_the_week_over_the_agreed_hours_is_flagged_to_mentee_and_mentor()
    {
        var network = await app.SupportNetworkAsync();
        var assignment = await app.AssignmentAsync(network);
        using var mentee = await app.SignedInAsync(network.Mentee.Email!);
        var index = $"/Weeks?assignmentId={assignment.Id}";

        var before = await mentee.GetPageAsync(index);
        Assert.NotNull(Row(before, Week(-2)).QuerySelector($"a[href='/Weeks/Plan?assignmentId={assignment.Id}&week={Iso(Week(-2))}']"));

        foreach (var week in new[] { Week(-2), Week(-1) })
        {
            using var planned = await mentee.PostFormAsync($"/Weeks/Plan?assignmentId={assignment.Id}&week={Iso(week)}", new()
            {
                ["Plan"] = $"Interview ward staff, week of {Iso(week)}",
                ["LinkToAim"] = "Their view shows where discharges stall",
            });
            Assertions.IsRedirectTo(planned, index);
        }

        var weeks = await app.WithDbAsync(db => db.WeeklyDeliverables.AsNoTracking().OrderBy(w => w.WeekStarting).ToListAsync());
        Assert.Equal([Week(-2), Week(-1)], weeks.Select(w => w.WeekStarting));
        Assert.Equal("Their view shows where discharges stall", weeks[0].LinkToAim);

        using var onTime = await mentee.PostFormAsync($"/Weeks/Update/{weeks[0].Id}", new()
        {
            ["Status"] = "Done",
            ["Note"] = "Six interviews done",
            ["HoursWorked"] = "18",
        });
        Assertions.IsRedirectTo(onTime, index);
        var afterOnTime = await mentee.GetPageAsync(index);
        Assert.DoesNotContain("more than the", Flash(afterOnTime), StringComparison.Ordinal);

        using var overHours = await mentee.PostFormAsync($"/Weeks/Update/{weeks[1].Id}", new()
        {
            ["Status"] = "Slipped",
            ["Note"] = "Two interviews moved",
            ["HoursWorked"] = "26.5",
        });
        Assertions.IsRedirectTo(overHours, index);

        var menteePage = await mentee.GetPageAsync(index);
        Assert.Contains("You worked 26.5 hours, more than the 20 hours a week agreed", Flash(menteePage), StringComparison.Ordinal);
        Assert.DoesNotContain("Over agreed hours", Row(menteePage, Week(-2)).TextContent, StringComparison.Ordinal);
        Assert.Contains("Over agreed hours", Row(menteePage, Week(-1)).TextContent, StringComparison.Ordinal);
        Assert.Equal("Weeks: 1 done, 1 slipped, 0 blocked, 1 overdue, 1 over agreed hours", Summary(menteePage));

        using var mentor = await app.SignedInAsync(network.Mentor.Email!);
        var mentorPage = await mentor.GetPageAsync(index);
        Assert.Contains("Over agreed hours", Row(mentorPage, Week(-1)).TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("Over agreed hours", Row(mentorPage, Week(-2)).TextContent, StringComparison.Ordinal);

        var stored = await app.WithDbAsync(db => db.WeeklyDeliverables.AsNoTracking().OrderBy(w => w.WeekStarting).ToListAsync());
        Assert.Equal((DeliverableStatus.Done, 18.0, "Six interviews done"), (stored[0].Status, stored[0].HoursWorked!.Value, stored[0].Note!));
        Assert.Equal((DeliverableStatus.Slipped, 26.5), (stored[1].Status, stored[1].HoursWorked!.Value));
        Assert.True(stored[1].IsOverHours(assignment.HoursPerWeek));
    }

    [Fact]
    public async Task Mentor_comments_on_and_signs_off_a_week_but_only_once_it_has_been_updated()
    {
        var network = await app.SupportNetworkAsync();
        var assignment = await app.AssignmentAsync(network);
        var updated = await app.WeekAsync(assignment, Week(-1), hoursWorked: 15);
        var notUpdated = await app.WeekAsync(assignment, Week(0));
        using var mentor = await app.SignedInAsync(network.Mentor.Email!);
        var index = $"/Weeks?assignmentId={assignment.Id}";

        using var commented = await mentor.PostFormAsync($"/Weeks/Review/{updated.Id}", new()
        {
            ["Comment"] = "Good progress: share the map with the board",
            ["Decision"] = "Comment",
        });
        Assertions.IsRedirectTo(commented, index);
        var afterComment = await app.StoredWeekAsync(updated.Id);
        Assert.Equal("Good progress: share the map with the board", afterComment.MentorComment);
        Assert.False(afterComment.IsSignedOff);

        using var signedOff = await mentor.PostFormAsync($"/Weeks/Review/{updated.Id}", new() { ["Decision"] = "SignOff" });
        Assertions.IsRedirectTo(signedOff, index);
        var afterSignOff = await app.StoredWeekAsync(updated.Id);
        Assert.NotNull(afterSignOff.SignedOffAt);
        Assert.Equal(network.Mentor.Id, afterSignOff.SignedOffById);
        Assert.Equal("Good progress: share the map with the board", afterSignOff.MentorComment);

        var page = await mentor.GetPageAsync(index);
        var row = Row(page, Week(-1));
        Assert.Contains("Signed off", row.TextContent, StringComparison.Ordinal);
        Assert.Contains("Good progress: share the map with the board", row.TextContent, StringComparison.Ordinal);

        using var tooSoon = await mentor.PostFormAsync($"/Weeks/Review/{notUpdated.Id}", new() { ["Decision"] = "SignOff" });
        Assert.Equal(HttpStatusCode.OK, tooSoon.StatusCode);
        Assert.Contains(
            "A week can be signed off once the mentee has said how it went.",
            Assertions.ErrorSummary(await PortalClient.ParseAsync(tooSoon)));
        Assert.Null((await app.StoredWeekAsync(notUpdated.Id)).SignedOffAt);
    }

    [Fact]
    public async Task A_week_past_its_end_with_no_update_shows_overdue_to_everyone_concerned()
    {
        var network = await app.SupportNetworkAsync();
        var assignment = await app.AssignmentAsync(network);
        await app.WeekAsync(assignment, Week(-2));
        await app.WeekAsync(assignment, Week(-1), hoursWorked: 10);
        await app.WeekAsync(assignment, Week(0));
        var index = $"/Weeks?assignmentId={assignment.Id}";

        foreach (var person in new[] { network.Mentee, network.Mentor, network.Sponsor, network.Coach, network.Lead })
        {
            using var client = await app.SignedInAsync(person.Email!);
            var page = await client.GetPageAsync(index);

            Assert.Contains("Overdue", Row(page, Week(-3)).TextContent, StringComparison.Ordinal);
            Assert.Contains("Overdue", Row(page, Week(-2)).TextContent, StringComparison.Ordinal);
            Assert.DoesNotContain("Overdue", Row(page, Week(-1)).TextContent, StringComparison.Ordinal);
            Assert.DoesNotContain("Overdue", Row(page, Week(0)).TextContent, StringComparison.Ordinal);
            Assert.Equal("Weeks: 1 done, 0 slipped, 0 blocked, 2 overdue, 0 over agreed hours", Summary(page));
        }
    }

    [Fact]
    public async Task Sponsors_coaches_and_leads_see_the_weeks_read_only()
    {
        var network = await app.SupportNetworkAsync();
        var assignment = await app.AssignmentAsync(network);
        await app.WeekAsync(assignment, Week(-1), hoursWorked: 10);

        foreach (var person in new[] { network.Sponsor, network.Coach, network.Lead })
        {
            using var client = await app.SignedInAsync(person.Email!);
            var page = await client.GetPageAsync($"/Weeks?assignmentId={assignment.Id}");

            Assert.Equal(8, page.QuerySelectorAll("#weeks tbody tr").Length);
            Assert.Empty(page.QuerySelectorAll("#weeks a"));
        }
    }

    [Fact]
    public async Task Sponsor_cannot_update_or_sign_off_and_coach_cannot_sign_off()
    {
        var network = await app.SupportNetworkAsync();
        var assignment = await app.AssignmentAsync(network);
        var week = await app.WeekAsync(assignment, Week(-1), hoursWorked: 10);

        using var sponsor = await app.SignedInAsync(network.Sponsor.Email!);
        using (var get = await sponsor.GetAsync($"/Weeks/Update/{week.Id}"))
        {
            Assert.Equal(HttpStatusCode.Forbidden, get.StatusCode);
        }

        using (var post = await sponsor.PostAsync($"/Weeks/Update/{week.Id}", new()
               {
                   ["Status"] = "Blocked", ["HoursWorked"] = "1", ["Version"] = week.Version.ToString(),
               }))
        {
            Assert.Equal(HttpStatusCode.Forbidden, post.StatusCode);
        }

        using (var plan = await sponsor.PostAsync($"/Weeks/Plan?assignmentId={assignment.Id}&week={Iso(Week(0))}", new()
               {
                   ["Plan"] = "Written by the sponsor", ["LinkToAim"] = "None",
               }))
        {
            Assert.Equal(HttpStatusCode.Forbidden, plan.StatusCode);
        }

        foreach (var person in new[] { network.Sponsor, network.Coach })
        {
            using var client = await app.SignedInAsync(person.Email!);
            using var signOff = await client.PostAsync($"/Weeks/Review/{week.Id}", new()
            {
                ["Decision"] = "SignOff", ["Version"] = week.Version.ToString(),
            });
            Assert.Equal(HttpStatusCode.Forbidden, signOff.StatusCode);
        }

        var stored = await app.StoredWeekAsync(week.Id);
        Assert.Equal((DeliverableStatus.Done, 10.0), (stored.Status, stored.HoursWorked!.Value));
        Assert.Null(stored.SignedOffAt);
        Assert.Equal(1, await app.WithDbAsync(db => db.WeeklyDeliverables.CountAsync()));
    }

    [Fact]
    public async Task Another_mentee_cannot_see_the_weeks_and_another_mentor_cannot_sign_off()
    {
        var network = await app.SupportNetworkAsync();
        var other = await app.SupportNetworkAsync();
        var assignment = await app.AssignmentAsync(network);
        var week = await app.WeekAsync(assignment, Week(-1), hoursWorked: 10);

        using var otherMentee = await app.SignedInAsync(other.Mentee.Email!);
        using (var index = await otherMentee.GetAsync($"/Weeks?assignmentId={assignment.Id}"))
        {
            Assert.Equal(HttpStatusCode.Forbidden, index.StatusCode);
        }

        using var otherMentor = await app.SignedInAsync(other.Mentor.Email!);
        using (var review = await otherMentor.GetAsync($"/Weeks/Review/{week.Id}"))
        {
            Assert.Equal(HttpStatusCode.Forbidden, review.StatusCode);
        }

        using (var signOff = await otherMentor.PostAsync($"/Weeks/Review/{week.Id}", new()
               {
                   ["Decision"] = "SignOff", ["Version"] = week.Version.ToString(),
               }))
        {
            Assert.Equal(HttpStatusCode.Forbidden, signOff.StatusCode);
        }

        Assert.Null((await app.StoredWeekAsync(week.Id)).SignedOffAt);
    }

    [Fact]
    public async Task Anonymous_visitors_are_sent_to_sign_in_and_unknown_ids_are_not_found()
    {
        var network = await app.SupportNetworkAsync();
        var assignment = await app.AssignmentAsync(network);
        var week = await app.WeekAsync(assignment, Week(-1));

        using var anonymous = app.NewClient();
        foreach (var url in new[] { $"/Weeks?assignmentId={assignment.Id}", $"/Weeks/Update/{week.Id}", $"/Weeks/Review/{week.Id}" })
        {
            using var response = await anonymous.GetAsync(url);
            Assertions.IsRedirectToSignIn(response);
        }

        using var mentee = await app.SignedInAsync(network.Mentee.Email!);
        foreach (var url in new[]
                 {
                     $"/Weeks?assignmentId={Guid.NewGuid()}",
                     $"/Weeks/Update/{Guid.NewGuid()}",
                     $"/Weeks/Plan?assignmentId={assignment.Id}&week={Iso(Week(10))}",
                 })
        {
            using var response = await mentee.GetAsync(url);
            Assert.True(response.StatusCode == HttpStatusCode.NotFound, $"GET {url} answered {(int)response.StatusCode}");
        }
    }

    [Fact]
    public async Task A_stale_version_on_update_is_refused_with_the_input_kept_and_nothing_overwritten()
    {
        var network = await app.SupportNetworkAsync();
        var assignment = await app.AssignmentAsync(network);
        var week = await app.WeekAsync(assignment, Week(-1));
        using var mentee = await app.SignedInAsync(network.Mentee.Email!);
        var seenVersion = week.Version;

        await app.WithDbAsync(async db =>
        {
            var stored = await db.WeeklyDeliverables.SingleAsync(w => w.Id == week.Id);
            stored.CommentAsMentor("Remember the board deadline", DateTime.UtcNow);
            await db.SaveChangesAsync();
        });

        using var response = await mentee.PostFormAsync($"/Weeks/Update/{week.Id}", new()
        {
            ["Status"] = "PartlyDone",
            ["Note"] = "Half the interviews done",
            ["HoursWorked"] = "12",
            ["Version"] = seenVersion.ToString(),
        });
        var page = await PortalClient.ParseAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(ChangedMeanwhile, Assertions.ErrorSummary(page));
        Assert.Equal("Half the interviews done", Assertions.FieldValue(page, "Note"));
        Assert.Equal("12", Assertions.FieldValue(page, "HoursWorked"));
        Assert.True(((IHtmlInputElement)page.QuerySelector("input[name='Status'][value='PartlyDone']")!).IsChecked);
        var stored = await app.StoredWeekAsync(week.Id);
        Assert.Null(stored.UpdatedAt);
        Assert.Null(stored.HoursWorked);
        Assert.Equal("Remember the board deadline", stored.MentorComment);
        Assert.Equal(stored.Version.ToString(), Assertions.FieldValue(page, "Version"));
    }

    [Fact]
    public async Task Bad_input_shows_the_error_summary_with_the_input_kept()
    {
        var network = await app.SupportNetworkAsync();
        var assignment = await app.AssignmentAsync(network);
        var week = await app.WeekAsync(assignment, Week(-1));
        using var mentee = await app.SignedInAsync(network.Mentee.Email!);

        using var noPlan = await mentee.PostFormAsync($"/Weeks/Plan?assignmentId={assignment.Id}&week={Iso(Week(0))}", new()
        {
            ["Plan"] = "",
            ["LinkToAim"] = "Keeps the redesign on track",
        });
        var planPage = await PortalClient.ParseAsync(noPlan);
        Assert.Equal(HttpStatusCode.OK, noPlan.StatusCode);
        Assert.Equal(["Enter what you plan to deliver this week"], Assertions.ErrorSummary(planPage));
        Assert.Equal("Keeps the redesign on track", Assertions.FieldValue(planPage, "LinkToAim"));

        using var negative = await mentee.PostFormAsync($"/Weeks/Update/{week.Id}", new()
        {
            ["Status"] = "Done",
            ["Note"] = "All done",
            ["HoursWorked"] = "-3",
        });
        var updatePage = await PortalClient.ParseAsync(negative);
        Assert.Equal(HttpStatusCode.OK, negative.StatusCode);
        Assert.Equal(["Hours worked cannot be negative"], Assertions.ErrorSummary(updatePage));
        Assert.Equal("-3", Assertions.FieldValue(updatePage, "HoursWorked"));
        Assert.Equal("All done", Assertions.FieldValue(updatePage, "Note"));

        using var tooMany = await mentee.PostFormAsync($"/Weeks/Update/{week.Id}", new() { ["Status"] = "Done", ["HoursWorked"] = "81" });
        Assert.Equal(["Hours worked must be 80 or fewer"], Assertions.ErrorSummary(await PortalClient.ParseAsync(tooMany)));

        Assert.Equal(1, await app.WithDbAsync(db => db.WeeklyDeliverables.CountAsync()));
        Assert.Null((await app.StoredWeekAsync(week.Id)).UpdatedAt);
    }

    [Fact]
    public async Task Weeks_cannot_be_planned_before_the_mentor_agrees_the_assignment()
    {
        var network = await app.SupportNetworkAsync();
        var draft = await app.AssignmentAsync(network, agree: false);
        using var mentee = await app.SignedInAsync(network.Mentee.Email!);
        const string NotYet = "Weekly deliverables can be planned and updated once the mentor has agreed the assignment.";

        var index = await mentee.GetPageAsync($"/Weeks?assignmentId={draft.Id}");
        Assert.Contains(NotYet, index.QuerySelector("#not-taking-updates")!.TextContent, StringComparison.Ordinal);
        Assert.Empty(index.QuerySelectorAll("#weeks a"));

        using var response = await mentee.PostFormAsync($"/Weeks/Plan?assignmentId={draft.Id}&week={Iso(Week(0))}", new()
        {
            ["Plan"] = "Start early",
            ["LinkToAim"] = "Gets ahead",
        });
        var page = await PortalClient.ParseAsync(response);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(NotYet, Assertions.ErrorSummary(page));
        Assert.Equal("Start early", Assertions.FieldValue(page, "Plan"));
        Assert.Equal(0, await app.WithDbAsync(db => db.WeeklyDeliverables.CountAsync()));
    }

    private static AngleSharp.Dom.IElement Row(IHtmlDocument page, DateOnly week) =>
        page.QuerySelector($"#weeks tr[data-week='{Iso(week)}']") ?? throw new InvalidOperationException($"No row for the week of {Iso(week)}");

    private static string Summary(IHtmlDocument page) =>
        string.Join(' ', page.QuerySelector("#weeks-summary")!.TextContent.Split((char[])[' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries));

    private static string Flash(IHtmlDocument page) =>
        page.QuerySelector(".nhsuk-notification-banner__heading")?.TextContent ?? "";
}
