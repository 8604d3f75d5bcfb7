using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using MimeKit;
using StretchPortal.BrowserTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace StretchPortal.BrowserTests.Features.Coaching;

/// <summary>
/// The coaching service end to end: a member of staff registers and applies to coach, their line manager confirms
/// from the emailed link without an account, the lead approves, the coach trains (books both workshops the lead added,
/// the lead records attendance, the coach confirms the recorded session), the lead matches a coachee, and the coach
/// logs a first session and sees "1 of 4", then ends the coaching. Every page is checked with axe. The applicant, line manager and workshop
/// dates are new in each run; the coachee is a demo mentee no other browser test coaches.
/// </summary>
public sealed partial class CoachingJourneyTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    private const string Coachee = "Kwame Asante";
    private const string CoacheeEmail = "kwame.asante@example.org";

    [Fact]
    public async Task A_member_of_staff_applies_is_confirmed_approved_trained_matched_logs_a_first_session_and_ends_the_coaching()
    {
        var run = Guid.NewGuid().ToString("N")[..8];
        var coach = new DemoAccount(DemoRole.Coach, $"journey-coach-{run}@example.org", $"Journey Coach {run}", "");
        var managerEmail = $"journey-manager-{run}@example.org";

        // A member of staff registers and confirms their email address.
        await GotoAsync("/Account/Register");
        await FillAsync("Full name", coach.FullName);
        await FillAsync("Email address", coach.Email);
        await FillAsync("Password", DemoAccount.Password);
        await FillAsync("Confirm password", DemoAccount.Password);
        await ClickButtonAsync("Create account");
        await WaitForPathAsync("/Account/RegisterConfirmation");
        await GotoAsync(await LinkEmailedToAsync(coach.Email));
        await ClickButtonAsync("Confirm my email address");
        await WaitForPathAsync("/Account/Login");
        await SignInAsync(coach);

        // They apply to coach from the Coaching menu item.
        await Page.GetByRole(AriaRole.Navigation, new() { Name = "Menu" }).GetByRole(AriaRole.Link, new() { Name = "Coaching", Exact = true }).ClickAsync();
        await WaitForPathAsync("/Coaching");
        await Expect(MainHeading).ToHaveTextAsync("Coaching");
        await ExpectNoAxeViolationsAsync();
        await ClickLinkAsync("Apply to coach");
        await WaitForPathAsync("/Coaching/Apply");
        await Expect(MainHeading).ToHaveTextAsync("Apply to coach");
        await Expect(Page.GetByText("Corporate Records Retention Schedule", new() { Exact = false })).ToBeVisibleAsync();
        await ExpectNoAxeViolationsAsync();

        await FillAsync("Qualification", "ILM Level 5 Certificate in Coaching and Mentoring");
        await FillAsync("Where you trained or the name of the provider", "Institute of Leadership and Management");
        await SelectAsync("Qualification level", "Level 5");
        await FillAsync("Summary of your coaching experience", "Five years coaching nurses and allied health professionals into senior roles.");
        await FillAsync("Roughly how many people you have coached", "30");
        await FillAsync("The seniority of the people you have coached", "Band 8a to director");
        await Group("Your local coaching register").GetByLabel("Midlands", new() { Exact = true }).CheckAsync();
        await Group("Regions where you can offer coaching").GetByLabel("Any region", new() { Exact = true }).CheckAsync();
        await CheckAsync("I am an active member of an NHS local or national coaching register, or commit to signing up to one");
        await CheckAsync("I have access to supervision and will take part in supervision as part of the scheme");
        await CheckAsync("I have permission from my line manager and organisation to be released to support the service");
        await FillAsync("Line manager's name", "Morag Ellis");
        await FillAsync("Line manager's email address", managerEmail);
        await CheckAsync("I agree to the terms and conditions above");
        await CheckAsync("I agree to the use of my data as described above (only in connection with this programme; it will not be shared with third parties)");
        await ClickButtonAsync("Send application");

        await WaitForPathAsync("/Coaching/MyApplication");
        await Expect(FlashBanner).ToContainTextAsync("Application sent.");
        await Expect(MainHeading).ToHaveTextAsync("Your application to coach");
        await ExpectNoAxeViolationsAsync();
        await SignOutAsync();

        // The line manager confirms from the emailed link, without an account.
        await GotoAsync(await LinkEmailedToAsync(managerEmail));
        await Expect(MainHeading).ToHaveTextAsync($"Confirm your support for {coach.FullName}");
        await ExpectNoAxeViolationsAsync();
        await ClickButtonAsync("Confirm my support");
        await Expect(MainHeading).ToHaveTextAsync("Thank you for confirming your support");
        await ExpectNoAxeViolationsAsync();

        // The lead approves, then adds a date for each workshop.
        await SignInAsync(DemoRole.Lead);
        await GotoAsync("/Coaching");
        await ExpectNoAxeViolationsAsync();
        await ClickLinkAsync("Applications to coach");
        await WaitForPathAsync("/Coaching/Applications");
        await ExpectNoAxeViolationsAsync();
        await ClickLinkAsync(coach.FullName);
        await Expect(MainHeading).ToHaveTextAsync(coach.FullName);
        await ExpectNoAxeViolationsAsync();
        await ClickButtonAsync("Approve application");
        await Expect(FlashBanner).ToContainTextAsync("Application approved.");
        await Expect(Page.Locator(".nhsuk-summary-list .nhsuk-tag").First).ToHaveTextAsync("Approved");

        var places = new[] { $"Journey room A {run}", $"Journey room B {run}" };
        await GotoAsync("/Coaching/Workshops");
        await ExpectNoAxeViolationsAsync();
        for (var part = 1; part <= 2; part++)
        {
            await CheckAsync($"Workshop {part}");
            await FillAsync("Date", DateTime.UtcNow.AddDays(part + 1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            await FillAsync("Start time (UK time)", "09:45");
            await FillAsync("Where, or the link to join", places[part - 1]);
            await FillAsync("Places", "10");
            await ClickButtonAsync("Add workshop date");
            await Expect(Page.GetByText($"{places[part - 1]}.", new() { Exact = false })).ToBeVisibleAsync();
            await Expect(FlashBanner).ToContainTextAsync("Workshop date added.");
        }

        await SignOutAsync();

        // The coach books both workshops and confirms the recorded session.
        await SignInAsync(coach);
        await GotoAsync("/Coaching");
        foreach (var place in places)
        {
            var row = Page.GetByRole(AriaRole.Row).Filter(new() { HasText = place });
            await row.GetByRole(AriaRole.Button).ClickAsync();
            await Expect(row).ToHaveCountAsync(0);
            await Expect(FlashBanner).ToContainTextAsync("Workshop booked.");
        }

        await ClickButtonAsync("I have watched the recorded session");
        await Expect(FlashBanner).ToContainTextAsync("you have confirmed you watched the recorded session");
        await ExpectNoAxeViolationsAsync();
        await SignOutAsync();

        // The lead records attendance at both workshops.
        await SignInAsync(DemoRole.Lead);
        await GotoAsync("/Coaching/Workshops");
        var markAttended = Page.GetByRole(AriaRole.Row).Filter(new() { HasText = coach.FullName })
            .GetByRole(AriaRole.Button, new() { Name = "Mark as attended" });
        await Expect(markAttended).ToHaveCountAsync(2);
        await markAttended.First.ClickAsync();
        await Expect(markAttended).ToHaveCountAsync(1);
        await markAttended.ClickAsync();
        await Expect(markAttended).ToHaveCountAsync(0);
        await ExpectNoAxeViolationsAsync();

        // The lead matches a coachee with the newly trained coach.
        await GotoAsync("/Coaching/Match");
        await ExpectNoAxeViolationsAsync();
        await FillAsync("Coachee's email address", CoacheeEmail);
        await ClickButtonAsync("Find coaches");
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = $"Coaches for {Coachee}" })).ToBeVisibleAsync();
        await ExpectNoAxeViolationsAsync();
        await Page.GetByRole(AriaRole.Row).Filter(new() { HasText = coach.FullName }).GetByRole(AriaRole.Button, new() { Name = "Match" }).ClickAsync();
        await WaitForPathAsync("/Coaching/Relationships");
        await Expect(FlashBanner).ToContainTextAsync("Coach and coachee matched.");
        await Expect(Page.GetByRole(AriaRole.Row).Filter(new() { HasText = coach.FullName })).ToContainTextAsync("0 of 4");
        await ExpectNoAxeViolationsAsync();
        await SignOutAsync();

        // The coach logs the first session and sees "1 of 4".
        await SignInAsync(coach);
        await GotoAsync("/Coaching");
        await Expect(Page.GetByText("Trained", new() { Exact = true })).ToBeVisibleAsync();
        await ClickLinkAsync(Coachee);
        await Expect(MainHeading).ToHaveTextAsync("Coaching sessions");
        await Expect(Page.Locator("#standing")).ToContainTextAsync("0 of 4");
        await ExpectNoAxeViolationsAsync();
        await FillAsync("Length in minutes", "60");
        await CheckAsync("Virtual");
        await FillAsync("Your notes (optional)", "Talked through Kwame's next step towards a head of nursing role.");
        await ClickButtonAsync("Log session");
        await Expect(FlashBanner).ToContainTextAsync("Session logged.");
        await Expect(Page.Locator("#standing")).ToContainTextAsync("1 of 4");
        await Expect(Page.GetByText("Talked through Kwame's next step towards a head of nursing role.")).ToBeVisibleAsync();
        await ExpectNoAxeViolationsAsync();

        // Kwame's coaching finishes early: the coach ends it, and no more sessions can be logged.
        await Expect(Page.GetByLabel("Date the coaching ended")).ToHaveValueAsync(
            TimeZoneInfo.ConvertTimeBySystemTimeZoneId(DateTime.UtcNow, "Europe/London").ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await ClickButtonAsync("End coaching");
        await Expect(FlashBanner).ToContainTextAsync("Coaching ended.");
        await Expect(Page.Locator("#ended-on")).ToBeVisibleAsync();
        await Expect(Page.GetByRole(AriaRole.Button, new() { Name = "Log session" })).ToHaveCountAsync(0);
        await Expect(Page.GetByRole(AriaRole.Button, new() { Name = "End coaching" })).ToHaveCountAsync(0);
        await ExpectNoAxeViolationsAsync();
    }

    private ILocator Group(string legend) => Page.GetByRole(AriaRole.Group, new() { Name = legend, Exact = true });

    /// <summary>
    /// The path of the link in the latest email the portal wrote to this address. The portal writes the email to its
    /// pickup folder before it answers the request that sent it, so it is there once the next page shows.
    /// </summary>
    private Task<string> LinkEmailedToAsync(string address)
    {
        var message = Directory.GetFiles(Portal.MailFolder, "*.eml")
            .Select(file => MimeMessage.Load(file))
            .Where(m => m.To.Mailboxes.Any(b => string.Equals(b.Address, address, StringComparison.OrdinalIgnoreCase)))
            .OrderBy(m => m.Date)
            .LastOrDefault();
        Assert.True(message is not null, $"No email was written to {address}.");
        var match = LinkPattern().Match(message.TextBody ?? "");
        Assert.True(match.Success, "No link in the email: " + message.TextBody);
        return Task.FromResult(new Uri(match.Value).PathAndQuery);
    }

    [GeneratedRegex(@"https?://\S+")]
    private static partial Regex LinkPattern();
}
