using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using StretchPortal.BrowserTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace StretchPortal.BrowserTests.Features.Notifications;

/// <summary>
/// A notification from event to page, in the browser: the demo mentee drafts and submits an assignment of their own;
/// the demo mentor sees the unread count in the header, opens the notification list, opens the notification and lands
/// on the assignment's page, and the notification is read. Every page on the way is checked with axe. The journey
/// finds its assignment and notification by a title of its own, never by what else the demo holds.
/// </summary>
public sealed partial class NotificationJourneyTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    private static readonly DemoAccount Mentee = DemoAccount.For(DemoRole.Mentee);

    [Fact]
    public async Task A_mentor_is_told_of_a_submitted_assignment_and_opens_it_from_the_notification()
    {
        var title = $"Notified triage review {Guid.NewGuid().ToString("N")[..8]}";
        var today = DateOnly.FromDateTime(Portal.Services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime);
        var start = today.AddDays(7);

        // 1. The mentee drafts an assignment of their own and submits it.
        await SignInAsync(DemoRole.Mentee);
        await GotoAsync("/Assignments/Create");
        await FillAsync("Title", title);
        await CheckAsync("Service redesign");
        await FillAsync("Aim", "Shorten the wait for a first appointment.");
        await FillAsync("Your role", "Lead the review group.");
        await FillAsync("Anticipated outcomes", "A shorter wait.");
        await FillAsync("Start date", Iso(start));
        await FillAsync("End date", Iso(start.AddDays(56)));
        await FillAsync("Agreed working hours per week", "7.5");
        await CheckAsync("Tackling inequalities in outcomes, experience and access");
        await ClickButtonAsync("Save draft");
        await Page.WaitForURLAsync(url => new Uri(url).AbsolutePath.StartsWith("/Assignments/Details/", StringComparison.Ordinal));
        var detailsPath = new Uri(Page.Url).AbsolutePath;
        await ClickButtonAsync("Submit for agreement");
        await Expect(FlashBanner).ToContainTextAsync("Assignment submitted to your mentor for agreement.");
        await SignOutAsync();

        // 2. The mentor sees the unread count in the header and opens the list.
        await SignInAsync(DemoRole.Mentor);
        var headerLink = Page.Locator("header").GetByRole(AriaRole.Link, new() { NameRegex = UnreadCount() });
        await Expect(headerLink).ToBeVisibleAsync();
        await ExpectNoAxeViolationsAsync();
        await headerLink.ClickAsync();
        await WaitForPathAsync("/Notifications");
        await Expect(MainHeading).ToHaveTextAsync("Notifications");
        var subject = $"{Mentee.FullName} submitted \"{title}\" for your agreement";
        var item = Page.Locator("li.app-notification").Filter(new() { HasText = subject });
        await Expect(item).ToHaveCountAsync(1);
        await Expect(item.Locator(".nhsuk-tag")).ToHaveTextAsync("Unread");
        await ExpectNoAxeViolationsAsync();

        // 3. Opening it lands on the assignment's page; back in the list it is read.
        await item.GetByRole(AriaRole.Button, new() { Name = $"Open {subject}", Exact = true }).ClickAsync();
        await WaitForPathAsync(detailsPath);
        await Expect(MainHeading).ToHaveTextAsync(title);
        await ExpectNoAxeViolationsAsync();

        await GotoAsync("/Notifications");
        await Expect(item.Locator(".nhsuk-tag")).ToHaveCountAsync(0);
        await ClickLinkAsync("Choose which emails you get");
        await WaitForPathAsync("/Notifications/Preferences");
        await Expect(MainHeading).ToHaveTextAsync("Choose which emails you get");
        await ExpectNoAxeViolationsAsync();
    }

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^Notifications \(\d+ unread\)$")]
    private static partial Regex UnreadCount();
}
