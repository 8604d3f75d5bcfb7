using System.Text.Json;
using Microsoft.Playwright;
using StretchPortal.BrowserTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace StretchPortal.BrowserTests.Features.Privacy;

/// <summary>
/// A person's own data, end to end: a newly registered person reads the privacy notice from the footer, downloads
/// everything held about them as JSON (which names them), changes their email address with their password and confirms
/// it from the emailed link, signs in with the new address, and chooses which emails they get. Every page is checked
/// with axe. The person is new in each run.
/// </summary>
public sealed class PrivacyJourneyTests(BrowserFixture fixture) : FreshPersonTest(fixture)
{
    private const string WeekUpdateDue = "A week's update is due";

    [Fact]
    public async Task A_person_reads_the_privacy_notice_downloads_their_data_changes_their_email_and_chooses_their_emails()
    {
        var person = NewPerson("privacy");
        await RegisterConfirmAndSignInAsync(person);

        // The privacy notice from the footer, then "Your data".
        await Page.GetByRole(AriaRole.Contentinfo).GetByRole(AriaRole.Link, new() { Name = "Privacy notice", Exact = true }).ClickAsync();
        await WaitForPathAsync("/Privacy");
        await Expect(MainHeading).ToHaveTextAsync("Privacy notice");
        await ExpectNoAxeViolationsAsync();
        await ClickLinkAsync("download all the data held about you");
        await WaitForPathAsync("/Privacy/MyData");
        await Expect(MainHeading).ToHaveTextAsync("Download your data");
        await ExpectNoAxeViolationsAsync();

        // The JSON file holds their profile.
        var (fileName, json) = await DownloadAsync(Link("Download your data"));
        Assert.Equal("my-stretchportal-data.json", fileName);
        using (var data = JsonDocument.Parse(json))
        {
            var profile = Property(data.RootElement, "profile");
            Assert.Equal(person.FullName, Property(profile, "fullName").GetString());
            Assert.Equal(person.Email, Property(profile, "email").GetString());
        }

        // They change their email address, with their password; a wrong password is refused first.
        var newEmail = person.Email.Replace("@example.org", "-new@example.org", StringComparison.Ordinal);
        await GotoAsync("/Profile");
        await Expect(Page.Locator("#profile-email")).ToHaveTextAsync(person.Email);
        await ClickLinkAsync("Change email address");
        await WaitForPathAsync("/Profile/ChangeEmail");
        await Expect(MainHeading).ToHaveTextAsync("Change your email address");
        await ExpectNoAxeViolationsAsync();
        await FillAsync("New email address", newEmail);
        await FillAsync("Your password", "not-the-password-at-all");
        await ClickButtonAsync("Send confirmation link");
        await Expect(ErrorSummary).ToContainTextAsync("Your password is not correct");
        await Expect(Field("New email address")).ToHaveValueAsync(newEmail);
        await ExpectNoAxeViolationsAsync();
        await FillAsync("Your password", DemoAccount.Password);
        await ClickButtonAsync("Send confirmation link");
        await WaitForPathAsync("/Profile");
        await Expect(FlashBanner).ToContainTextAsync($"We have sent a link to {newEmail}.");
        await Expect(Page.Locator("#profile-email")).ToHaveTextAsync(person.Email);

        // The link in the email to the new address confirms the change.
        await GotoAsync(LinkEmailedTo(newEmail));
        await Expect(MainHeading).ToHaveTextAsync("Confirm your new email address");
        await Expect(Page.Locator("#new-email")).ToHaveTextAsync(newEmail);
        await ExpectNoAxeViolationsAsync();
        await ClickButtonAsync("Confirm new email address");
        await WaitForPathAsync("/Profile");
        await Expect(FlashBanner).ToContainTextAsync("Your email address has been changed.");
        await Expect(Page.Locator("#profile-email")).ToHaveTextAsync(newEmail);
        await ExpectNoAxeViolationsAsync();

        // The link cannot be used twice; the page saying so passes axe.
        await GotoAsync(LinkEmailedTo(newEmail));
        await ClickButtonAsync("Confirm new email address");
        await Expect(MainHeading).ToHaveTextAsync("The link has expired or was used already");
        await ExpectNoAxeViolationsAsync();

        // The new address signs in; the old one no longer does.
        await SignOutAsync();
        await SubmitSignInFormAsync(person.Email, DemoAccount.Password);
        await Expect(ErrorSummary).ToBeVisibleAsync();
        await SignInAsync(person with { Email = newEmail });

        // They stop the emails about weekly updates being due; the choice is kept.
        await GotoAsync("/Notifications");
        await ClickLinkAsync("Choose which emails you get");
        await WaitForPathAsync("/Notifications/Preferences");
        await Expect(MainHeading).ToHaveTextAsync("Choose which emails you get");
        await Expect(Field(WeekUpdateDue)).ToBeCheckedAsync();
        await ExpectNoAxeViolationsAsync();
        await Field(WeekUpdateDue).UncheckAsync();
        await ClickButtonAsync("Save email preferences");
        await Expect(FlashBanner).ToContainTextAsync("Your email preferences have been saved.");
        await ExpectNoAxeViolationsAsync();
        await Page.ReloadAsync();
        await Expect(Field(WeekUpdateDue)).Not.ToBeCheckedAsync();
        await Expect(Field("A week is overdue")).ToBeCheckedAsync();
    }

    /// <summary>A JSON property by name, whatever its case (the file's sections are camelCase, its fields PascalCase).</summary>
    private static JsonElement Property(JsonElement element, string name)
    {
        foreach (var property in element.EnumerateObject())
        {
            if (string.Equals(property.Name, name, StringComparison.OrdinalIgnoreCase))
            {
                return property.Value;
            }
        }

        Assert.Fail($"The downloaded data has no \"{name}\" in: {element}");
        return default;
    }
}
