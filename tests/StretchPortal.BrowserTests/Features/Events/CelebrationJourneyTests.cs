using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using StretchPortal.BrowserTests.Infrastructure;
using StretchPortal.Web.Data;
using StretchPortal.Web.Data.Seeding;
using StretchPortal.Web.Domain;
using static Microsoft.Playwright.Assertions;

namespace StretchPortal.BrowserTests.Features.Events;

/// <summary>
/// The celebration event in the browser: the demo lead schedules an event held yesterday (a first try is refused),
/// adds the two completed assignments of the demo's pilot cohort that only this journey touches, so each is recorded
/// as presented; then the demo mentee finds both in the showcase, by words and by ICS priority, and reads one entry.
/// Every page on the way is checked with axe.
/// </summary>
public sealed class CelebrationJourneyTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    private const string Venue = "Leicester Marriott, Grand Union Suite";
    private const string FirstPresenter = "Ngozi Obi";
    private const string SecondPresenter = "Hamid Qureshi";
    private const string FirstPriority = "Improving outcomes in population health";

    private static readonly CultureInfo EnGb = CultureInfo.GetCultureInfo("en-GB");

    [Fact]
    public async Task A_lead_schedules_a_celebration_event_adds_two_completed_assignments_and_a_mentee_finds_them_in_the_showcase()
    {
        // The journey's own assignments are in the demo, completed and in no running order.
        Assert.Equal(
            [AssignmentStatus.Completed, AssignmentStatus.Completed],
            await JourneyAssignmentStatusesAsync());
        var title = $"Celebration of the pilot cohort {Guid.NewGuid().ToString("N")[..8]}";
        var yesterday = UkToday().AddDays(-1);

        // 1. The lead schedules the event: first without a title or a valid time.
        await SignInAsync(DemoRole.Lead);
        await Expect(Menu.Locator("a[href='/Events']")).ToHaveCountAsync(1);
        await GotoAsync("/Events");
        await Expect(MainHeading).ToHaveTextAsync("Events");
        await ExpectNoAxeViolationsAsync();

        await ClickLinkAsync("Schedule a celebration event");
        await WaitForPathAsync("/Events/ScheduleCelebration");
        await Expect(MainHeading).ToHaveTextAsync("Schedule a celebration event");
        await ExpectNoAxeViolationsAsync();

        await SelectAsync("Programme", DemoDataSeeder.ProgrammeName);
        await FillAsync("Date", Iso(yesterday));
        await FillAsync("Venue (optional)", Venue);
        await ClickButtonAsync("Schedule event");

        await Expect(ErrorSummary).ToBeVisibleAsync();
        await Expect(Page).ToHaveTitleAsync("Error: Schedule a celebration event – StretchPortal");
        await Expect(ErrorSummary.GetByRole(AriaRole.Link)).ToHaveTextAsync(["Enter a title for the celebration event", "Enter the start time, like 14:30"]);
        await Expect(Field("Date")).ToHaveValueAsync(Iso(yesterday));
        await Expect(Field("Venue (optional)")).ToHaveValueAsync(Venue);
        await ExpectNoAxeViolationsAsync();

        await FillAsync("Title", title);
        await FillAsync("Start time", "14:00");
        await ClickButtonAsync("Schedule event");

        await WaitForPathPrefixAsync("/Events/Celebration/");
        var eventPath = new Uri(Page.Url).AbsolutePath;
        await Expect(MainHeading).ToHaveTextAsync(title);
        await Expect(FlashBanner).ToContainTextAsync("Celebration event scheduled.");
        await Expect(Page.Locator("#when")).ToHaveTextAsync($"{yesterday.ToString("d MMMM yyyy", EnGb)} at 2pm (UK time)");
        await Expect(Page.GetByText("No presentations have been added yet.")).ToBeVisibleAsync();
        await ExpectNoAxeViolationsAsync();

        // 2. The lead adds the two completed assignments; the event has been held, so each is presented at once.
        var choices = Field("Completed assignment");
        await Expect(choices.Locator("option", new() { HasText = $"{DemoEvents.JourneyAssignmentOne} ({FirstPresenter})" })).ToHaveCountAsync(1);
        await Expect(choices.Locator("option", new() { HasText = $"{DemoEvents.JourneyAssignmentTwo} ({SecondPresenter})" })).ToHaveCountAsync(1);

        await ClickButtonAsync("Add to the running order");
        await Expect(ErrorSummary.GetByRole(AriaRole.Link)).ToHaveTextAsync(["Choose the completed assignment to add"]);
        await ExpectNoAxeViolationsAsync();

        await SelectAsync("Completed assignment", $"{DemoEvents.JourneyAssignmentOne} ({FirstPresenter})");
        await ClickButtonAsync("Add to the running order");
        await WaitForPathAsync(eventPath);
        await Expect(FlashBanner).ToContainTextAsync("Presentation added to the running order.");

        await SelectAsync("Completed assignment", $"{DemoEvents.JourneyAssignmentTwo} ({SecondPresenter})");
        await ClickButtonAsync("Add to the running order");
        await WaitForPathAsync(eventPath);

        var rows = Page.Locator("#running-order tbody tr");
        await Expect(rows).ToHaveCountAsync(2);
        await Expect(rows.Nth(0).GetByRole(AriaRole.Cell).Nth(0)).ToHaveTextAsync("1");
        await Expect(rows.Nth(0).GetByRole(AriaRole.Cell).Nth(1)).ToHaveTextAsync(DemoEvents.JourneyAssignmentOne);
        await Expect(rows.Nth(0).GetByRole(AriaRole.Cell).Nth(2)).ToHaveTextAsync(FirstPresenter);
        await Expect(rows.Nth(0).GetByRole(AriaRole.Cell).Nth(3)).ToHaveTextAsync("Presented");
        await Expect(rows.Nth(1).GetByRole(AriaRole.Cell).Nth(1)).ToHaveTextAsync(DemoEvents.JourneyAssignmentTwo);
        await Expect(rows.Nth(1).GetByRole(AriaRole.Cell).Nth(3)).ToHaveTextAsync("Presented");
        await ExpectNoAxeViolationsAsync();
        await SignOutAsync();

        // 3. A mentee finds them in the showcase, by words and by ICS priority, and reads one.
        await SignInAsync(DemoRole.Mentee);
        await Expect(Menu.Locator("a[href='/Events/Showcase']")).ToHaveCountAsync(1);
        await GotoAsync("/Events/Showcase");
        await Expect(MainHeading).ToHaveTextAsync("Showcase");
        await Expect(Link(DemoEvents.JourneyAssignmentOne)).ToBeVisibleAsync();
        await Expect(Link(DemoEvents.JourneyAssignmentTwo)).ToBeVisibleAsync();
        await ExpectNoAxeViolationsAsync();

        await FillAsync("Search", "same-day emergency");
        await ClickButtonAsync("Search");
        await Expect(Page.Locator("#total")).ToHaveTextAsync("1 entry");
        await Expect(Link(DemoEvents.JourneyAssignmentOne)).ToBeVisibleAsync();
        await Expect(Link(DemoEvents.JourneyAssignmentTwo)).ToHaveCountAsync(0);
        await ExpectNoAxeViolationsAsync();

        await FillAsync("Search", "");
        await SelectAsync("ICS priority", "Enhancing productivity and value for money");
        await ClickButtonAsync("Search");
        await Expect(Link(DemoEvents.JourneyAssignmentOne)).ToBeVisibleAsync();
        await Expect(Link(DemoEvents.JourneyAssignmentTwo)).ToHaveCountAsync(0);

        await SelectAsync("ICS priority", "Tackling inequalities in outcomes, experience and access");
        await ClickButtonAsync("Search");
        await Expect(Link(DemoEvents.JourneyAssignmentTwo)).ToBeVisibleAsync();
        await Expect(Link(DemoEvents.JourneyAssignmentOne)).ToHaveCountAsync(0);
        await ExpectNoAxeViolationsAsync();

        await ClickLinkAsync(DemoEvents.JourneyAssignmentTwo);
        await WaitForPathPrefixAsync("/Events/Showcase/");
        await Expect(MainHeading).ToHaveTextAsync(DemoEvents.JourneyAssignmentTwo);
        await Expect(Page.Locator(".nhsuk-lede-text")).ToContainTextAsync(SecondPresenter);
        await Expect(Page.Locator("#outcomes")).ToContainTextAsync("uptake of the annual health check");
        await Expect(Page.Locator("#lessons")).ToContainTextAsync("Easy-read invitations");
        await Expect(Page.Locator("#improvements")).ToContainTextAsync("shared care record");
        await Expect(SummaryValue("ICS priorities")).ToContainTextAsync(FirstPriority);
        await Expect(SummaryValue("Presented")).ToHaveTextAsync($"{title}, {yesterday.ToString("d MMMM yyyy", EnGb)}");
        await ExpectNoAxeViolationsAsync();
    }

    private ILocator Menu => Page.GetByRole(AriaRole.Navigation, new() { Name = "Menu" });

    private ILocator SummaryValue(string key) =>
        Page.Locator(".nhsuk-summary-list__row").Filter(new() { Has = Page.Locator(".nhsuk-summary-list__key", new() { HasText = key }) })
            .Locator(".nhsuk-summary-list__value");

    private Task WaitForPathPrefixAsync(string prefix) =>
        Page.WaitForURLAsync(url => new Uri(url).AbsolutePath.StartsWith(prefix, StringComparison.Ordinal));

    private async Task<List<AssignmentStatus>> JourneyAssignmentStatusesAsync()
    {
        await using var scope = Portal.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<StretchPortalDbContext>();
        return await db.StretchAssignments
            .Where(a => a.Title == DemoEvents.JourneyAssignmentOne || a.Title == DemoEvents.JourneyAssignmentTwo)
            .OrderBy(a => a.Title == DemoEvents.JourneyAssignmentTwo)
            .Select(a => a.Status)
            .ToListAsync();
    }

    private DateOnly UkToday() =>
        DateOnly.FromDateTime(UkTime.FromUtc(Portal.Services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime));

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
