using System.Text.RegularExpressions;
using Microsoft.Playwright;
using StretchPortal.BrowserTests.Infrastructure;
using StretchPortal.Web.Data.Seeding;
using static Microsoft.Playwright.Assertions;

namespace StretchPortal.BrowserTests.Features.Programmes;

/// <summary>
/// A programme lead sets up a programme in the browser: programme, cohort, enrolment, and a withdrawal from the demo
/// cohort; a mentee is kept out. Every page the journeys visit is checked with axe. The programme each run creates has
/// a name of its own, and the withdrawal uses a demo enrolment no other browser test touches.
/// </summary>
public sealed class ProgrammeSetUpJourneyTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    private const string Organisation = "Leicester, Leicestershire and Rutland ICB";

    [Fact]
    public async Task A_lead_creates_a_programme_adds_a_cohort_and_enrols_a_mentee_with_their_support_network()
    {
        var programmeName = $"Browser journey programme {Guid.NewGuid().ToString("N")[..8]}";
        const string CohortName = "Autumn cohort";
        await SignInAsync(DemoRole.Lead);

        // The programmes the lead runs, from the menu.
        await Page.GetByRole(AriaRole.Navigation, new() { Name = "Menu" }).GetByRole(AriaRole.Link, new() { Name = "Programmes", Exact = true }).ClickAsync();
        await WaitForPathAsync("/Programmes");
        await Expect(MainHeading).ToHaveTextAsync("Programmes you lead");
        await Expect(Link(DemoDataSeeder.ProgrammeName)).ToBeVisibleAsync();
        await ExpectNoAxeViolationsAsync();

        // The create form.
        await ClickLinkAsync("Create a programme");
        await WaitForPathAsync("/Programmes/Create");
        await Expect(MainHeading).ToHaveTextAsync("Create a programme");
        await ExpectNoAxeViolationsAsync();

        // First try: no name, and the practical element ends before it starts.
        await FillAsync("Description (optional)", "Stretch assignments for aspiring senior leaders, set up in a browser test.");
        await SelectAsync("Owning organisation", Organisation);
        await FillAsync("Programme year", "2026/2027");
        await FillAsync("Practical element starts", "2026-09-01");
        await FillAsync("Practical element ends", "2026-06-01");
        await ClickButtonAsync("Create programme");

        await Expect(ErrorSummary).ToBeVisibleAsync();
        await Expect(Page).ToHaveTitleAsync("Error: Create a programme – StretchPortal");
        await WaitForPathAsync("/Programmes/Create");
        await Expect(ErrorSummary.GetByRole(AriaRole.Heading)).ToHaveTextAsync("There is a problem");
        await Expect(ErrorSummary.GetByRole(AriaRole.Link)).ToHaveTextAsync(
            ["Enter the programme's name", "The practical element must end after it starts"]);
        await Expect(Field("Name")).ToHaveValueAsync("");
        await Expect(Field("Description (optional)")).ToHaveValueAsync("Stretch assignments for aspiring senior leaders, set up in a browser test.");
        await Expect(Field("Owning organisation").Locator("option:checked")).ToHaveTextAsync(Organisation);
        await Expect(Field("Programme year")).ToHaveValueAsync("2026/2027");
        await Expect(Field("Practical element starts")).ToHaveValueAsync("2026-09-01");
        await Expect(Field("Practical element ends")).ToHaveValueAsync("2026-06-01");
        await ExpectNoAxeViolationsAsync();

        // The summary's link takes the person to the field at fault.
        await ErrorSummary.GetByRole(AriaRole.Link, new() { Name = "Enter the programme's name" }).ClickAsync();
        await Expect(Field("Name")).ToBeFocusedAsync();

        // Corrected.
        await FillAsync("Name", programmeName);
        await FillAsync("Practical element ends", "2026-12-01");
        await ClickButtonAsync("Create programme");

        await WaitForPathPrefixAsync("/Programmes/Details/");
        await Expect(MainHeading).ToHaveTextAsync(programmeName);
        await Expect(Page).ToHaveTitleAsync($"{programmeName} – StretchPortal");
        await Expect(FlashBanner).ToContainTextAsync("Programme created. Add its first cohort when you are ready.");
        await Expect(SummaryValue("Owning organisation")).ToHaveTextAsync(Organisation);
        await Expect(SummaryValue("Year")).ToHaveTextAsync("2026/2027");
        await Expect(SummaryValue("Practical element")).ToHaveTextAsync("1 September 2026 to 1 December 2026");
        await Expect(Page.GetByText("This programme has no cohorts yet.")).ToBeVisibleAsync();
        await Expect(Page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Listitem)).ToHaveTextAsync(["Priya Shah (lead@example.org)"]);
        await ExpectNoAxeViolationsAsync();

        // A cohort.
        await ClickLinkAsync("Add a cohort");
        await WaitForPathAsync("/Cohorts/Create");
        await Expect(MainHeading).ToHaveTextAsync("Add a cohort");
        await Expect(Page.Locator(".nhsuk-caption-l")).ToHaveTextAsync(programmeName);
        await ExpectNoAxeViolationsAsync();

        await FillAsync("Name", CohortName);
        await FillAsync("Start date", "2026-08-15");
        await FillAsync("End date", "2026-12-15");
        await ClickButtonAsync("Add cohort");

        await WaitForPathPrefixAsync("/Cohorts/Details/");
        var cohortPath = new Uri(Page.Url).AbsolutePath;
        await Expect(MainHeading).ToHaveTextAsync(CohortName);
        await Expect(FlashBanner).ToContainTextAsync("Cohort added. You can now enrol its mentees.");
        await Expect(Page.GetByText("No one is enrolled in this cohort yet.")).ToBeVisibleAsync();
        await ExpectNoAxeViolationsAsync();

        // Back on the programme, the cohort is listed; the lead opens it from there.
        await Page.GetByRole(AriaRole.Navigation, new() { Name = "Breadcrumb" }).GetByRole(AriaRole.Link, new() { Name = programmeName, Exact = true }).ClickAsync();
        await WaitForPathPrefixAsync("/Programmes/Details/");
        var cohortRow = Page.GetByRole(AriaRole.Row).Filter(new() { Has = Link(CohortName) });
        await Expect(cohortRow.GetByRole(AriaRole.Cell)).ToHaveTextAsync([CohortName, "15 August 2026", "15 December 2026", "0"]);
        await ExpectNoAxeViolationsAsync();

        await ClickLinkAsync(CohortName);
        await WaitForPathAsync(cohortPath);
        await Expect(MainHeading).ToHaveTextAsync(CohortName);
        await Expect(SummaryValue("Starts")).ToHaveTextAsync("15 August 2026");
        await Expect(SummaryValue("Ends")).ToHaveTextAsync("15 December 2026");
        await Expect(SummaryValue("Active mentees")).ToHaveTextAsync("0");

        // An enrolment, naming demo people by email address.
        await ClickLinkAsync("Enrol a mentee");
        await WaitForPathAsync("/Enrolments/Create");
        await Expect(MainHeading).ToHaveTextAsync("Enrol a mentee");
        await Expect(Page.Locator(".nhsuk-caption-l")).ToHaveTextAsync($"{programmeName}, {CohortName}");
        await ExpectNoAxeViolationsAsync();

        await FillAsync("Mentee's email address", "imran.ali@example.org");
        await FillAsync("Mentor's email address", "olivia.bennett@example.org");
        await FillAsync("Sponsor's email address (optional)", "andrew.clarke@example.org");
        await FillAsync("Coach's email address (optional)", "peter.osei@example.org");
        await ClickButtonAsync("Enrol mentee");

        await WaitForPathAsync(cohortPath);
        await Expect(FlashBanner).ToContainTextAsync("Mentee enrolled. They, their mentor, sponsor and coach can now see the enrolment.");
        var enrolment = EnrolmentRow("Imran Ali");
        await Expect(enrolment).ToHaveCountAsync(1);
        var cells = enrolment.GetByRole(AriaRole.Cell);
        await Expect(cells.Nth(0)).ToHaveTextAsync("Imran Ali");
        await Expect(cells.Nth(1)).ToHaveTextAsync("Dr Olivia Bennett");
        await Expect(cells.Nth(2)).ToHaveTextAsync("Andrew Clarke");
        await Expect(cells.Nth(3)).ToHaveTextAsync("Peter Osei");
        await Expect(cells.Nth(4)).ToHaveTextAsync("Active");
        await Expect(enrolment.GetByRole(AriaRole.Link, new() { Name = "Withdraw Imran Ali", Exact = true })).ToBeVisibleAsync();
        await Expect(SummaryValue("Active mentees")).ToHaveTextAsync("1");
        await ExpectNoAxeViolationsAsync();
    }

    [Fact]
    public async Task A_mentee_who_opens_the_create_programme_page_is_told_they_do_not_have_access()
    {
        await SignInAsync(DemoRole.Mentee);

        var response = await Page.GotoAsync("/Programmes/Create");

        Assert.NotNull(response);
        Assert.Equal(403, response.Status);
        await Expect(MainHeading).ToHaveTextAsync("You do not have access to this page");
        await Expect(Page).ToHaveTitleAsync("You do not have access to this page – StretchPortal");
        await Expect(Page.GetByRole(AriaRole.Button, new() { Name = "Create programme" })).ToHaveCountAsync(0);
        await Expect(Page.GetByRole(AriaRole.Navigation, new() { Name = "Menu" }).GetByRole(AriaRole.Link, new() { Name = "Programmes", Exact = true }))
            .ToHaveCountAsync(0);
        await ExpectNoAxeViolationsAsync();
    }

    [Fact]
    public async Task A_lead_withdraws_a_mentee_from_the_demo_cohort_giving_a_reason()
    {
        const string Mentee = "Chiamaka Eze";
        const string Reason = "Left the NHS for a role in the voluntary sector.";
        await SignInAsync(DemoRole.Lead);
        await GotoAsync("/Programmes");
        await ClickLinkAsync(DemoDataSeeder.ProgrammeName);
        await WaitForPathPrefixAsync("/Programmes/Details/");
        await ClickLinkAsync("Cohort 1");
        await WaitForPathPrefixAsync("/Cohorts/Details/");
        var cohortPath = new Uri(Page.Url).AbsolutePath;
        await Expect(MainHeading).ToHaveTextAsync("Cohort 1");
        await Expect(EnrolmentRow(Mentee).GetByRole(AriaRole.Cell).Nth(4)).ToHaveTextAsync("Active");
        await ExpectNoAxeViolationsAsync();

        await EnrolmentRow(Mentee).GetByRole(AriaRole.Link, new() { Name = $"Withdraw {Mentee}", Exact = true }).ClickAsync();
        await WaitForPathPrefixAsync("/Enrolments/Withdraw/");
        await Expect(MainHeading).ToHaveTextAsync($"Withdraw {Mentee} from the cohort?");
        await ExpectNoAxeViolationsAsync();

        // Without a reason.
        await ClickButtonAsync("Withdraw mentee");

        await Expect(ErrorSummary).ToBeVisibleAsync();
        await Expect(Page).ToHaveTitleAsync("Error: Withdraw a mentee – StretchPortal");
        await Expect(ErrorSummary.GetByRole(AriaRole.Link)).ToHaveTextAsync(["Enter the reason for the withdrawal"]);
        await Expect(MainHeading).ToHaveTextAsync($"Withdraw {Mentee} from the cohort?");
        await ExpectNoAxeViolationsAsync();

        // With one.
        await FillAsync("Reason for the withdrawal", Reason);
        await ClickButtonAsync("Withdraw mentee");

        await WaitForPathAsync(cohortPath);
        await Expect(FlashBanner).ToContainTextAsync("Mentee withdrawn from the cohort.");
        var row = EnrolmentRow(Mentee);
        await Expect(row.Locator(".nhsuk-tag")).ToHaveTextAsync("Withdrawn");
        await Expect(row.GetByRole(AriaRole.Cell).Nth(4)).ToContainTextAsync(Reason);
        await Expect(row.GetByRole(AriaRole.Link)).ToHaveCountAsync(0);
        await ExpectNoAxeViolationsAsync();
    }

    /// <summary>The value beside exactly this key in the page's summary list.</summary>
    private ILocator SummaryValue(string key) =>
        Page.Locator(".nhsuk-summary-list__row")
            .Filter(new() { Has = Page.Locator(".nhsuk-summary-list__key", new() { HasTextRegex = new Regex("^" + Regex.Escape(key) + "$") }) })
            .Locator(".nhsuk-summary-list__value");

    /// <summary>The row of the cohort's enrolments table whose mentee cell is exactly this name.</summary>
    private ILocator EnrolmentRow(string mentee) =>
        Page.GetByRole(AriaRole.Row).Filter(new() { Has = Page.GetByRole(AriaRole.Cell, new() { Name = mentee, Exact = true }) });

    private Task WaitForPathPrefixAsync(string prefix) =>
        Page.WaitForURLAsync(url => new Uri(url).AbsolutePath.StartsWith(prefix, StringComparison.Ordinal));
}
