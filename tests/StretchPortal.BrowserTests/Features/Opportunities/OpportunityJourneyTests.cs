using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using StretchPortal.BrowserTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace StretchPortal.BrowserTests.Features.Opportunities;

/// <summary>
/// A lead publishes a stretch opportunity, two demo staff express interest, and the lead shortlists both and appoints
/// one, every decision with its reason, then marks it filled and reads take-up against the staff pool. Every page is
/// checked with axe. The opportunity each run
/// creates has a title of its own, so the journey neither depends on nor disturbs other journeys' data.
/// </summary>
public sealed class OpportunityJourneyTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    [Fact]
    public async Task A_lead_publishes_two_staff_express_interest_and_the_lead_selects_fairly_with_reasons()
    {
        var title = $"Browser journey stretch project {Guid.NewGuid().ToString("N")[..8]}";
        var closingDate = DateOnly.FromDateTime(DateTime.UtcNow.AddDays(20));
        var mentee = DemoAccount.For(DemoRole.Mentee);
        var mentor = DemoAccount.For(DemoRole.Mentor);

        // The lead finds opportunities in the menu and creates one.
        await SignInAsync(DemoRole.Lead);
        await OpenOpportunitiesAsync();
        await ClickLinkAsync("Manage opportunities");
        await WaitForPathAsync("/Opportunities/Manage");
        await Expect(MainHeading).ToHaveTextAsync("Manage opportunities");
        await ExpectNoAxeViolationsAsync();
        await ClickLinkAsync("Create an opportunity");
        await WaitForPathAsync("/Opportunities/Create");
        await ExpectNoAxeViolationsAsync();

        // Saved with nothing filled in, the form lists what is missing.
        await Field("Number of places").FillAsync("");
        await ClickButtonAsync("Save draft");
        await Expect(ErrorSummary).ToBeVisibleAsync();
        await Expect(ErrorSummary.GetByRole(AriaRole.Link, new() { Name = "Enter the title" })).ToBeVisibleAsync();
        await ExpectNoAxeViolationsAsync();

        await SelectAsync("Type of opportunity", "Stretch project");
        await FillAsync("Title", title);
        await FillAsync("Description", "Lead a quality improvement project on discharge letters, one day a week.");
        await SelectAsync("Organisation", "Leicestershire Partnership NHS Trust");
        await FillAsync("Team", "Quality Improvement");
        await SelectAsync("Band", "Band 7");
        await FillAsync("Hours per week", "7.5");
        await FillAsync("Duration", "3 months");
        await FillAsync("Number of places", "1");
        await FillAsync("Closing date", closingDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await FillAsync("Closing time", "17:00");
        await CheckAsync("Staff groups");
        await CheckAsync("Team meetings");
        await CheckAsync("Yes");
        await ClickButtonAsync("Save draft");

        await WaitForPathPrefixAsync("/Opportunities/Details/");
        await Expect(MainHeading).ToHaveTextAsync(title);
        await Expect(FlashBanner).ToContainTextAsync("Draft opportunity saved.");
        await Expect(Page.Locator("#opportunity-status")).ToContainTextAsync("Draft");
        await Expect(SummaryValue("Closing date")).ToHaveTextAsync($"{closingDate.ToString("d MMMM yyyy", CultureInfo.GetCultureInfo("en-GB"))} at 5pm (UK time)");
        await ExpectNoAxeViolationsAsync();

        await ClickButtonAsync("Publish");
        await Expect(FlashBanner).ToContainTextAsync("Opportunity published.");
        await Expect(Page.Locator("#opportunity-status")).ToContainTextAsync("Open");
        await Expect(Page.Locator("#opportunity-status")).ToContainTextAsync("Positive action");
        await ExpectNoAxeViolationsAsync();
        await SignOutAsync();

        // Two members of staff express interest.
        await ExpressInterestAsync(DemoRole.Mentee, title, "I redesigned our team's referral letters and want to apply QI methods at scale.");
        await OpenOpportunitiesAsync();
        await ClickLinkAsync("Your expressions of interest");
        await WaitForPathAsync("/Opportunities/Mine");
        await Expect(Page.Locator("#my-interests tr", new() { HasText = title })).ToContainTextAsync("Submitted");
        await ExpectNoAxeViolationsAsync();
        await SignOutAsync();
        await ExpressInterestAsync(DemoRole.Mentor, title, "I have led two QI collaboratives and would mentor the project team.");
        await SignOutAsync();

        // The lead shortlists both and appoints one, each decision with its reason.
        await SignInAsync(DemoRole.Lead);
        await OpenOpportunitiesAsync();
        await ClickLinkAsync("Manage opportunities");
        await ClickLinkAsync(title);
        await WaitForPathPrefixAsync("/Opportunities/Details/");
        await ClickLinkAsync("Candidates (2)");
        await WaitForPathPrefixAsync("/Opportunities/Candidates/");
        await Expect(MainHeading).ToHaveTextAsync("Candidates");
        await Expect(Candidate(mentee.FullName)).ToContainTextAsync("I redesigned our team's referral letters");
        await ExpectNoAxeViolationsAsync();

        // A decision without a reason is refused.
        await Candidate(mentee.FullName).GetByLabel("Shortlisted", new() { Exact = true }).CheckAsync();
        await Candidate(mentee.FullName).GetByRole(AriaRole.Button, new() { Name = $"Record decision on {mentee.FullName}" }).ClickAsync();
        await Expect(ErrorSummary.GetByRole(AriaRole.Link, new() { Name = "Enter the reason for the decision" })).ToBeVisibleAsync();
        await ExpectNoAxeViolationsAsync();

        await DecideAsync(mentee.FullName, "Shortlisted", "Clear evidence of leading improvement work.");
        await DecideAsync(mentor.FullName, "Shortlisted", "Experienced in quality improvement collaboratives.");
        await DecideAsync(mentee.FullName, "Appointed", "Strongest presentation of the project plan at interview.");
        await DecideAsync(mentor.FullName, "Not appointed", "Strong, but the other candidate's plan fitted the project better.");
        await Expect(Page.Locator("#places-summary")).ToContainTextAsync("1 of 1 place appointed");
        await Expect(Candidate(mentee.FullName).Locator(".app-candidate-stage")).ToHaveTextAsync("Appointed");
        await Expect(Candidate(mentor.FullName).Locator(".app-candidate-stage")).ToHaveTextAsync("Not appointed");
        await Expect(Candidate(mentee.FullName).GetByRole(AriaRole.Table)).ToContainTextAsync("Strongest presentation of the project plan at interview.");
        await ExpectNoAxeViolationsAsync();

        // Advertised openly with two candidates: filled without an "explain or comply" explanation.
        await ClickLinkAsync("Mark as filled");
        await WaitForPathPrefixAsync("/Opportunities/MarkFilled/");
        await Expect(Page.GetByText("no explanation is needed")).ToBeVisibleAsync();
        await ExpectNoAxeViolationsAsync();
        await ClickButtonAsync("Mark as filled");
        await WaitForPathPrefixAsync("/Opportunities/Details/");
        await Expect(FlashBanner).ToContainTextAsync("Opportunity marked as filled.");
        await Expect(Page.Locator("#opportunity-status")).ToContainTextAsync("Filled");
        await Expect(SummaryValue("Places")).ToHaveTextAsync("1 (1 appointed)");
        await ExpectNoAxeViolationsAsync();

        // The take-up report counts every stage against each group's share of the staff pool.
        await Page.GetByRole(AriaRole.Navigation, new() { Name = "Menu" }).GetByRole(AriaRole.Link, new() { Name = "Reports", Exact = true }).ClickAsync();
        await ClickLinkAsync("Take-up by protected characteristic");
        await Expect(MainHeading).ToHaveTextAsync("Take-up by protected characteristic");
        var white = Page.Locator("#takeup-EthnicGroup tr[data-group=White]");
        await Expect(white.Locator("[data-column=pool]")).ToContainTextAsync("%");
        await Expect(white.Locator("[data-column=interested]")).ToContainTextAsync("%");
        await Expect(white.Locator("[data-column=appointed]")).ToBeVisibleAsync();
        await ExpectNoAxeViolationsAsync();
        await SignOutAsync();

        // The appointed person sees the outcome on their own page.
        await SignInAsync(DemoRole.Mentee);
        await GotoAsync("/Opportunities/Mine");
        await Expect(Page.Locator("#my-interests tr", new() { HasText = title })).ToContainTextAsync("Appointed");
    }

    private async Task OpenOpportunitiesAsync()
    {
        await Page.GetByRole(AriaRole.Navigation, new() { Name = "Menu" }).GetByRole(AriaRole.Link, new() { Name = "Opportunities", Exact = true }).ClickAsync();
        await WaitForPathAsync("/Opportunities");
        await Expect(MainHeading).ToHaveTextAsync("Stretch opportunities");
        await ExpectNoAxeViolationsAsync();
    }

    private async Task ExpressInterestAsync(DemoRole role, string title, string statement)
    {
        await SignInAsync(role);
        await OpenOpportunitiesAsync();
        var row = Page.Locator("#opportunities tbody tr", new() { HasText = title });
        await Expect(row).ToContainTextAsync("Positive action");
        await row.GetByRole(AriaRole.Link, new() { Name = title }).ClickAsync();
        await WaitForPathPrefixAsync("/Opportunities/Details/");
        await Expect(MainHeading).ToHaveTextAsync(title);
        await ExpectNoAxeViolationsAsync();
        await FillAsync("Supporting statement", statement);
        await ClickButtonAsync("Express interest");
        await Expect(FlashBanner).ToContainTextAsync("Your expression of interest has been sent.");
        await Expect(Page.Locator("#my-interest")).ToContainTextAsync(statement);
        await Expect(Button("Express interest")).ToHaveCountAsync(0);
        await ExpectNoAxeViolationsAsync();
    }

    private async Task DecideAsync(string candidate, string decision, string reason)
    {
        var section = Candidate(candidate);
        await section.GetByLabel(decision, new() { Exact = true }).CheckAsync();
        await section.GetByRole(AriaRole.Textbox).FillAsync(reason);
        await section.GetByRole(AriaRole.Button, new() { Name = $"Record decision on {candidate}" }).ClickAsync();
        await Expect(FlashBanner).ToContainTextAsync($"Decision recorded: {decision.ToLowerInvariant()}.");
    }

    private ILocator Candidate(string name) =>
        Page.Locator("section.app-candidate").Filter(new() { Has = Page.GetByRole(AriaRole.Heading, new() { Name = name, Exact = true }) });

    private ILocator SummaryValue(string key) =>
        Page.Locator(".nhsuk-summary-list__row")
            .Filter(new() { Has = Page.Locator(".nhsuk-summary-list__key", new() { HasTextRegex = new Regex("^" + Regex.Escape(key) + "$") }) })
            .Locator(".nhsuk-summary-list__value");

    private Task WaitForPathPrefixAsync(string prefix) =>
        Page.WaitForURLAsync(url => new Uri(url).AbsolutePath.StartsWith(prefix, StringComparison.Ordinal));
}
