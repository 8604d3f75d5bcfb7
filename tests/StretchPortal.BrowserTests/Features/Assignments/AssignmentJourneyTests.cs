using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using StretchPortal.BrowserTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace StretchPortal.BrowserTests.Features.Assignments;

/// <summary>
/// A stretch assignment from first draft to its first signed-off week, in the browser: the demo mentee drafts it (a
/// first try is refused), submits it; their mentor asks for changes; the mentee changes the aim and resubmits; the
/// mentor agrees it; the mentee plans and updates the two weeks already past, one of them over the agreed hours; the
/// mentor signs off the first; the timeline tells the whole story. Every page on the way is checked with axe. The
/// assignment has a title of its own, and the journey finds it by that title, never by what else the demo holds.
/// </summary>
public sealed class AssignmentJourneyTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    private const string TypeName = "Service redesign";
    private const string Priority = "Tackling inequalities in outcomes, experience and access";
    private const string FirstAim = "Cut the wait for a first outpatient appointment in diabetes care by a quarter.";
    private const string RevisedAim = "Cut the wait for a first outpatient appointment in diabetes care by a quarter, measured over three months.";
    private const string DescriptionText = "Redesign referral triage with the diabetes team and primary care.";
    private const string RoleText = "Lead the redesign group and present the options to the divisional board.";
    private const string Outcomes = "A shorter wait and a triage process the team owns.";
    private const string HostTeam = "Diabetes and endocrinology, Leicester Royal Infirmary";
    private const string ChangesComment = "Say how you will measure the shorter wait, and over what period.";
    private const string AgreeComment = "Agreed. We will go through the figures at each check-in.";
    private const string SignOffComment = "A good start: the triage workshop is booked.";

    private static readonly CultureInfo EnGb = CultureInfo.GetCultureInfo("en-GB");

    private static readonly DemoAccount Mentee = DemoAccount.For(DemoRole.Mentee);
    private static readonly DemoAccount Mentor = DemoAccount.For(DemoRole.Mentor);

    [Fact]
    public async Task A_mentee_and_their_mentor_take_an_assignment_from_draft_through_changes_and_agreement_to_signed_off_weeks()
    {
        var title = $"Diabetes referral triage {Guid.NewGuid().ToString("N")[..8]}";
        var today = DateOnly.FromDateTime(Portal.Services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime);
        var week1 = MondayOf(today).AddDays(-14);
        var week2 = week1.AddDays(7);
        var end = today.AddDays(56);

        // 1. The mentee drafts the assignment: a first try without an ICS priority and ending before it starts.
        await SignInAsync(DemoRole.Mentee);
        await GotoAsync("/Assignments");
        await Expect(MainHeading).ToHaveTextAsync("Stretch assignments");
        await ClickLinkAsync("Draft a stretch assignment");
        await WaitForPathAsync("/Assignments/Create");
        await Expect(MainHeading).ToHaveTextAsync("Draft a stretch assignment");
        await ExpectNoAxeViolationsAsync();

        await FillAsync("Title", title);
        await CheckAsync(TypeName);
        await FillAsync("Aim", FirstAim);
        await FillAsync("Description (optional)", DescriptionText);
        await FillAsync("Your role", RoleText);
        await FillAsync("Anticipated outcomes", Outcomes);
        await FillAsync("Start date", Iso(week1));
        await FillAsync("End date", Iso(week1.AddDays(-1)));
        await FillAsync("Agreed working hours per week", "7.5");
        await FillAsync("Host organisation or team (optional)", HostTeam);
        await ClickButtonAsync("Save draft");

        await Expect(ErrorSummary).ToBeVisibleAsync();
        await WaitForPathAsync("/Assignments/Create");
        await Expect(Page).ToHaveTitleAsync("Error: Draft a stretch assignment – StretchPortal");
        await Expect(ErrorSummary.GetByRole(AriaRole.Heading)).ToHaveTextAsync("There is a problem");
        await Expect(ErrorSummary.GetByRole(AriaRole.Link)).ToHaveCountAsync(2);
        await Expect(ErrorSummary.GetByRole(AriaRole.Link, new() { Name = "The end date must be after the start date", Exact = true })).ToBeVisibleAsync();
        await Expect(ErrorSummary.GetByRole(AriaRole.Link, new() { Name = "Select at least one ICS priority", Exact = true })).ToBeVisibleAsync();
        await Expect(Field("Title")).ToHaveValueAsync(title);
        await Expect(Field(TypeName)).ToBeCheckedAsync();
        await Expect(Field("Aim")).ToHaveValueAsync(FirstAim);
        await Expect(Field("Description (optional)")).ToHaveValueAsync(DescriptionText);
        await Expect(Field("Your role")).ToHaveValueAsync(RoleText);
        await Expect(Field("Anticipated outcomes")).ToHaveValueAsync(Outcomes);
        await Expect(Field("Start date")).ToHaveValueAsync(Iso(week1));
        await Expect(Field("End date")).ToHaveValueAsync(Iso(week1.AddDays(-1)));
        await Expect(Field("Agreed working hours per week")).ToHaveValueAsync("7.5");
        await Expect(Field("Host organisation or team (optional)")).ToHaveValueAsync(HostTeam);
        await Expect(Field(Priority)).Not.ToBeCheckedAsync();
        await ExpectNoAxeViolationsAsync();

        // Corrected, and saved.
        await FillAsync("End date", Iso(end));
        await CheckAsync(Priority);
        await ClickButtonAsync("Save draft");

        await WaitForPathPrefixAsync("/Assignments/Details/");
        var detailsPath = new Uri(Page.Url).AbsolutePath;
        await Expect(MainHeading).ToHaveTextAsync(title);
        await Expect(FlashBanner).ToContainTextAsync("Assignment drafted. Submit it to your mentor for agreement when it is ready.");
        await Expect(Status).ToHaveTextAsync("Draft");
        await Expect(SummaryValue("Mentor")).ToHaveTextAsync(Mentor.FullName);
        await Expect(SummaryValue("Type")).ToHaveTextAsync(TypeName);
        await Expect(SummaryValue("Aim")).ToHaveTextAsync(FirstAim);
        await Expect(SummaryValue("Dates")).ToHaveTextAsync($"{Display(week1)} to {Display(end)}");
        await Expect(SummaryValue("Agreed working hours per week")).ToHaveTextAsync("7.5");
        await Expect(SummaryValue("Host organisation or team")).ToHaveTextAsync(HostTeam);
        await Expect(SummaryValue("ICS priorities")).ToHaveTextAsync(Priority);
        await ExpectNoAxeViolationsAsync();

        await ClickButtonAsync("Submit for agreement");
        await WaitForPathAsync(detailsPath);
        await Expect(FlashBanner).ToContainTextAsync("Assignment submitted to your mentor for agreement.");
        await Expect(Status).ToHaveTextAsync("Submitted for agreement");
        await Expect(Button("Submit for agreement")).ToHaveCountAsync(0);
        await SignOutAsync();

        // 2. The mentor finds it among the assignments they support and asks for changes.
        await SignInAsync(DemoRole.Mentor);
        await GotoAsync("/Assignments");
        var row = Page.GetByRole(AriaRole.Row).Filter(new() { Has = Link(title) });
        await Expect(row).ToHaveCountAsync(1);
        await Expect(row.GetByRole(AriaRole.Cell).Nth(1)).ToHaveTextAsync(Mentee.FullName);
        await Expect(row.GetByRole(AriaRole.Cell).Nth(3)).ToHaveTextAsync("Submitted for agreement");
        await ClickLinkAsync(title);
        await WaitForPathAsync(detailsPath);
        await Expect(Link("Edit")).ToHaveCountAsync(0);

        await ClickLinkAsync("Request changes");
        await WaitForPathPrefixAsync("/Assignments/RequestChanges/");
        await Expect(MainHeading).ToHaveTextAsync("Request changes");
        await Expect(Page.Locator(".nhsuk-caption-l")).ToHaveTextAsync($"{Mentee.FullName}, {title}");
        await ExpectNoAxeViolationsAsync();

        await FillAsync("What needs to change", ChangesComment);
        await ClickButtonAsync("Request changes");
        await WaitForPathAsync(detailsPath);
        await Expect(FlashBanner).ToContainTextAsync("Changes requested. The mentee can now revise the assignment and submit it again.");
        await Expect(Status).ToHaveTextAsync("Changes requested");
        await Expect(Link("Agree")).ToHaveCountAsync(0);
        await SignOutAsync();

        // 3. The mentee changes the aim and submits it again.
        await SignInAsync(DemoRole.Mentee);
        await OpenFromAssignmentsAsync(title, detailsPath);
        await Expect(Status).ToHaveTextAsync("Changes requested");
        await ClickLinkAsync("Edit");
        await WaitForPathPrefixAsync("/Assignments/Edit/");
        await Expect(MainHeading).ToHaveTextAsync("Edit the assignment");
        await Expect(Field("Aim")).ToHaveValueAsync(FirstAim);
        await Expect(Field(Priority)).ToBeCheckedAsync();
        await ExpectNoAxeViolationsAsync();

        await FillAsync("Aim", RevisedAim);
        await ClickButtonAsync("Save changes");
        await WaitForPathAsync(detailsPath);
        await Expect(FlashBanner).ToContainTextAsync("Assignment saved.");
        await Expect(SummaryValue("Aim")).ToHaveTextAsync(RevisedAim);
        await Expect(Status).ToHaveTextAsync("Changes requested");

        await ClickButtonAsync("Submit for agreement");
        await WaitForPathAsync(detailsPath);
        await Expect(FlashBanner).ToContainTextAsync("Assignment submitted to your mentor for agreement.");
        await Expect(Status).ToHaveTextAsync("Submitted for agreement");
        await SignOutAsync();

        // 4. The mentor agrees it.
        await SignInAsync(DemoRole.Mentor);
        await OpenFromAssignmentsAsync(title, detailsPath);
        await ClickLinkAsync("Agree");
        await WaitForPathPrefixAsync("/Assignments/Agree/");
        await Expect(MainHeading).ToHaveTextAsync("Agree the assignment");
        await Expect(SummaryValue("Aim")).ToHaveTextAsync(RevisedAim);
        await ExpectNoAxeViolationsAsync();

        await FillAsync("Comment (optional)", AgreeComment);
        await ClickButtonAsync("Agree assignment");
        await WaitForPathAsync(detailsPath);
        await Expect(FlashBanner).ToContainTextAsync("Assignment agreed. The mentee can now start it and plan their weeks.");
        await Expect(Status).ToHaveTextAsync("Agreed");
        await SignOutAsync();

        // 5. The mentee plans and updates the two weeks already past; the second took more than the agreed hours.
        await SignInAsync(DemoRole.Mentee);
        await OpenFromAssignmentsAsync(title, detailsPath);
        await ClickLinkAsync("Weekly deliverables");
        await WaitForPathAsync("/Weeks");
        await Expect(MainHeading).ToHaveTextAsync("Weekly deliverables");
        await Expect(WeekRow(week1).GetByRole(AriaRole.Cell).Nth(1)).ToHaveTextAsync("Not planned");
        await Expect(WeekRow(week1).Locator(".nhsuk-tag")).ToHaveTextAsync("Overdue");
        await ExpectNoAxeViolationsAsync();

        await PlanAndUpdateWeekAsync(week1, "Book the triage workshop with the diabetes team.", "6", checkPages: true);
        await Expect(FlashBanner).ToContainTextAsync($"Week starting {Display(week1)} updated.");
        await Expect(FlashBanner).Not.ToContainTextAsync("more than the");

        await PlanAndUpdateWeekAsync(week2, "Run the workshop and map today's referral pathway.", "10", checkPages: false);
        await Expect(FlashBanner).ToContainTextAsync(
            $"Week starting {Display(week2)} updated. You worked 10 hours, more than the 7.5 hours a week agreed for this assignment.");

        await Expect(HoursCell(week1)).ToHaveTextAsync("6");
        await Expect(HoursCell(week1).GetByText("Over agreed hours")).ToHaveCountAsync(0);
        await Expect(HoursCell(week2)).ToContainTextAsync("10");
        await Expect(HoursCell(week2).Locator(".nhsuk-tag--red")).ToHaveTextAsync("Over agreed hours");
        await Expect(WeekRow(week1).GetByRole(AriaRole.Cell).Nth(2)).ToContainTextAsync("Done");
        await Expect(WeekRow(week2).GetByRole(AriaRole.Cell).Nth(2)).ToContainTextAsync("Done");
        await Expect(Page.Locator("#weeks-summary")).ToHaveTextAsync(
            "Weeks: 2 done, 0 slipped, 0 blocked, 0 overdue, 1 over agreed hours");
        await ExpectNoAxeViolationsAsync();
        await SignOutAsync();

        // 6. The mentor sees the over-hours flag and signs off the first week with a comment.
        await SignInAsync(DemoRole.Mentor);
        await OpenFromAssignmentsAsync(title, detailsPath);
        await ClickLinkAsync("Weekly deliverables");
        await WaitForPathAsync("/Weeks");
        await Expect(HoursCell(week2).Locator(".nhsuk-tag--red")).ToHaveTextAsync("Over agreed hours");
        await Expect(Page.Locator("#weeks-summary")).ToContainTextAsync("1 over agreed hours");
        await Expect(WeekRow(week1).GetByRole(AriaRole.Cell).Nth(5)).ToHaveTextAsync("Not yet");
        await ExpectNoAxeViolationsAsync();

        await WeekRow(week1).GetByRole(AriaRole.Link, new() { Name = $"Sign off {WeekName(week1)}", Exact = true }).ClickAsync();
        await WaitForPathPrefixAsync("/Weeks/Review/");
        await Expect(MainHeading).ToHaveTextAsync("Review this week");
        await Expect(Page.Locator(".nhsuk-caption-l")).ToHaveTextAsync($"{Mentee.FullName}, {title}, week starting {Display(week1)}");
        await Expect(SummaryValue("Hours worked")).ToHaveTextAsync("6 of 7.5 agreed");
        await ExpectNoAxeViolationsAsync();

        await FillAsync("Your comment", SignOffComment);
        await ClickButtonAsync("Sign off this week");
        await WaitForPathAsync("/Weeks");
        await Expect(FlashBanner).ToContainTextAsync($"Week starting {Display(week1)} signed off.");
        await Expect(WeekRow(week1).GetByRole(AriaRole.Cell).Nth(4)).ToHaveTextAsync(SignOffComment);
        await Expect(WeekRow(week1).GetByRole(AriaRole.Cell).Nth(5).Locator(".nhsuk-tag--green")).ToHaveTextAsync("Signed off");
        await Expect(WeekRow(week1).GetByRole(AriaRole.Link, new() { Name = $"Sign off {WeekName(week1)}", Exact = true })).ToHaveCountAsync(0);
        await Expect(WeekRow(week2).GetByRole(AriaRole.Cell).Nth(5)).ToHaveTextAsync("Not yet");
        await ExpectNoAxeViolationsAsync();

        // 7. The timeline, oldest first: who did what, with the mentor's comments and the aim's old and new text.
        await GotoAsync(detailsPath);
        await Expect(MainHeading).ToHaveTextAsync(title);
        var steps = Page.Locator("#timeline tbody tr");
        await Expect(steps.Locator("td:nth-child(3)")).ToHaveTextAsync(
        [
            "Drafted",
            "Submitted for agreement",
            "Changes requested",
            "Changed",
            "Submitted for agreement",
            "Agreed",
        ]);
        await Expect(steps.Locator("td:nth-child(2)")).ToHaveTextAsync(
        [
            Mentee.FullName,
            Mentee.FullName,
            Mentor.FullName,
            Mentee.FullName,
            Mentee.FullName,
            Mentor.FullName,
        ]);
        await Expect(steps.Nth(2).Locator(".app-timeline-comment")).ToHaveTextAsync(ChangesComment);
        await Expect(steps.Nth(3).Locator(".app-timeline-changes li")).ToHaveTextAsync([$"Aim: {FirstAim} → {RevisedAim}"]);
        await Expect(steps.Nth(5).Locator(".app-timeline-comment")).ToHaveTextAsync(AgreeComment);
        await Expect(Status).ToHaveTextAsync("Agreed");
        await ExpectNoAxeViolationsAsync();
    }

    /// <summary>From the weeks page: plans the week, then says it is done with these hours; ends back on the weeks page.</summary>
    private async Task PlanAndUpdateWeekAsync(DateOnly week, string plan, string hours, bool checkPages)
    {
        await WeekRow(week).GetByRole(AriaRole.Link, new() { Name = $"Plan this week ({WeekName(week)})", Exact = true }).ClickAsync();
        await WaitForPathAsync("/Weeks/Plan");
        await Expect(MainHeading).ToHaveTextAsync("Plan this week");
        await Expect(Page.Locator(".nhsuk-inset-text")).ToContainTextAsync(RevisedAim);
        if (checkPages)
        {
            await ExpectNoAxeViolationsAsync();
        }

        await FillAsync("What do you plan to deliver this week?", plan);
        await FillAsync("How does this serve the assignment's aim?", "It starts the redesign that shortens the wait.");
        await ClickButtonAsync("Save plan");
        await WaitForPathAsync("/Weeks");
        await Expect(FlashBanner).ToContainTextAsync($"Week starting {Display(week)} planned.");
        await Expect(WeekRow(week).GetByRole(AriaRole.Cell).Nth(1)).ToContainTextAsync(plan);

        await WeekRow(week).GetByRole(AriaRole.Link, new() { Name = $"Update {WeekName(week)}", Exact = true }).ClickAsync();
        await WaitForPathPrefixAsync("/Weeks/Update/");
        await Expect(MainHeading).ToHaveTextAsync("Update this week");
        await Expect(SummaryValue("Plan")).ToHaveTextAsync(plan);
        if (checkPages)
        {
            await ExpectNoAxeViolationsAsync();
        }

        await CheckAsync("Done");
        await FillAsync("Hours worked on the assignment this week", hours);
        await ClickButtonAsync("Save update");
        await WaitForPathAsync("/Weeks");
    }

    /// <summary>Opens the assignment from the list of assignments by its title.</summary>
    private async Task OpenFromAssignmentsAsync(string title, string detailsPath)
    {
        await GotoAsync("/Assignments");
        await ClickLinkAsync(title);
        await WaitForPathAsync(detailsPath);
        await Expect(MainHeading).ToHaveTextAsync(title);
    }

    /// <summary>The assignment's status tag, just under its heading.</summary>
    private ILocator Status => Page.Locator("h1 + p .nhsuk-tag");

    /// <summary>The weeks table's row for the week starting on this Monday.</summary>
    private ILocator WeekRow(DateOnly monday) => Page.Locator($"#weeks tr[data-week='{Iso(monday)}']");

    private ILocator HoursCell(DateOnly monday) => WeekRow(monday).GetByRole(AriaRole.Cell).Nth(3);

    /// <summary>The value beside exactly this key in the page's first summary list with such a key.</summary>
    private ILocator SummaryValue(string key) =>
        Page.Locator(".nhsuk-summary-list__row")
            .Filter(new() { Has = Page.Locator(".nhsuk-summary-list__key", new() { HasTextRegex = new Regex("^" + Regex.Escape(key) + "$") }) })
            .Locator(".nhsuk-summary-list__value")
            .First;

    private Task WaitForPathPrefixAsync(string prefix) =>
        Page.WaitForURLAsync(url => new Uri(url).AbsolutePath.StartsWith(prefix, StringComparison.Ordinal));

    private static DateOnly MondayOf(DateOnly day) => day.AddDays(-(((int)day.DayOfWeek + 6) % 7));

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Display(DateOnly date) => date.ToString("d MMMM yyyy", EnGb);

    private static string WeekName(DateOnly monday) => $"week starting {Display(monday)}";
}
