using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using StretchPortal.BrowserTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace StretchPortal.BrowserTests.Features.Audit;

/// <summary>
/// The administrator's side of a person's data: a person registers for this run and signs in once; the demo administrator finds them,
/// browses the audit trail for them with a date filter, downloads the filtered trail as CSV, erases the person with a
/// reason, and sees them listed as erased. Every page is checked with axe. Only the journey's own person changes.
/// </summary>
public sealed class AuditExportAndErasureJourneyTests(BrowserFixture fixture) : FreshPersonTest(fixture)
{
    private const string CsvHeader = "When (UTC),Who,Who (id),What,Record type,Record id,Changes,From";

    [Fact]
    public async Task The_administrator_filters_the_audit_trail_by_date_exports_it_and_erases_a_person()
    {
        var person = NewPerson("erasure");
        await RegisterConfirmAndSignInAsync(person);
        await SignOutAsync();
        await SignInAsync(DemoRole.Admin);

        // The administrator finds the person and reads their id from the address of their page.
        await Menu.GetByRole(AriaRole.Link, new() { Name = "People", Exact = true }).ClickAsync();
        await WaitForPathAsync("/People");
        await FillAsync("Search by name or email address", person.Email);
        await ClickButtonAsync("Search");
        await ClickLinkAsync(person.FullName);
        await Page.WaitForURLAsync(url => new Uri(url).AbsolutePath.StartsWith("/People/Details/", StringComparison.Ordinal));
        var personId = new Uri(Page.Url).AbsolutePath["/People/Details/".Length..];
        await Expect(MainHeading).ToHaveTextAsync(person.FullName);
        await ExpectNoAxeViolationsAsync();

        // The audit trail for that record, today (UK): their sign-in is there; from tomorrow, nothing is.
        var today = Today();
        await Menu.GetByRole(AriaRole.Link, new() { Name = "Audit trail", Exact = true }).ClickAsync();
        await WaitForPathAsync("/Audit");
        await FillAsync("Record id", personId);
        await FillAsync("From (date)", Iso(today.AddDays(1)));
        await FillAsync("To (date)", Iso(today.AddDays(1)));
        await ClickButtonAsync("Filter");
        await Expect(Page.GetByText("0 entries", new() { Exact = true })).ToBeVisibleAsync();
        await Expect(Page.Locator("tbody tr")).ToHaveCountAsync(0);
        await ExpectNoAxeViolationsAsync();

        await FillAsync("From (date)", Iso(today));
        await FillAsync("To (date)", Iso(today));
        await ClickButtonAsync("Filter");
        var rows = Page.Locator("tbody tr");
        await Expect(rows.First).ToBeVisibleAsync();
        await Expect(rows.Filter(new() { HasText = "SignIn.Succeeded" }).First).ToContainTextAsync(personId);
        await Expect(Field("From (date)")).ToHaveValueAsync(Iso(today));
        await ExpectNoAxeViolationsAsync();

        // The CSV export of the same filter: the header row, then a row about the person.
        var (fileName, csv) = await DownloadAsync(Link("CSV file of the audit trail"));
        Assert.Equal("audit-trail.csv", fileName);
        var lines = csv.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r')).ToList();
        Assert.Equal(CsvHeader, lines[0]);
        Assert.Contains(lines.Skip(1), line => line.Contains($",SignIn.Succeeded,Person,{personId},", StringComparison.Ordinal));

        // The administrator erases the person, giving a reason (none is refused first).
        await GotoAsync($"/People/Details/{personId}");
        await ClickLinkAsync("Erase this person");
        await WaitForPathAsync($"/People/Erase/{personId}");
        await Expect(MainHeading).ToHaveTextAsync($"Erase {person.FullName}");
        await ExpectNoAxeViolationsAsync();
        await ClickButtonAsync("Erase this person");
        await Expect(ErrorSummary).ToContainTextAsync("Enter the reason for erasing this person");
        await ExpectNoAxeViolationsAsync();
        await FillAsync("Reason for erasing", "Erasure request ER-2026-001 received by the data protection officer.");
        await ClickButtonAsync("Erase this person");
        await WaitForPathAsync($"/People/Details/{personId}");
        await Expect(FlashBanner).ToContainTextAsync("The person has been erased.");
        await Expect(MainHeading).ToHaveTextAsync("Erased person");
        await Expect(Page.Locator("#person-status")).ToHaveTextAsync("Erased");
        await Expect(Page.GetByRole(AriaRole.Button, new() { Name = "Reactivate account" })).ToHaveCountAsync(0);
        await ExpectNoAxeViolationsAsync();

        // The list shows them erased: no name, no email address; their old address finds nobody.
        await GotoAsync("/People?search=" + Uri.EscapeDataString(personId));
        var row = Page.GetByRole(AriaRole.Row).Filter(new() { Has = Page.Locator($"a[href='/People/Details/{personId}']") });
        await Expect(row).ToHaveCountAsync(1);
        await Expect(row.GetByRole(AriaRole.Link)).ToHaveTextAsync("Erased person");
        await Expect(row).ToContainTextAsync("None (erased)");
        await Expect(row.Locator(".nhsuk-tag")).ToHaveTextAsync("Erased");
        await ExpectNoAxeViolationsAsync();
        await FillAsync("Search by name or email address", person.Email);
        await ClickButtonAsync("Search");
        await Expect(Page.Locator("#people-results")).ToHaveTextAsync("No people match your search.");
    }

    private ILocator Menu => Page.GetByRole(AriaRole.Navigation, new() { Name = "Menu" });

    private DateOnly Today()
    {
        var now = Portal.Services.GetRequiredService<TimeProvider>().GetUtcNow();
        var uk = TimeZoneInfo.ConvertTime(now, TimeZoneInfo.FindSystemTimeZoneById("Europe/London"));
        return DateOnly.FromDateTime(uk.DateTime);
    }

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
