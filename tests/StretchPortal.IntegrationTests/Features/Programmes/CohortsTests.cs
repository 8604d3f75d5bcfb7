using System.Net;
using Microsoft.EntityFrameworkCore;
using StretchPortal.IntegrationTests.Infrastructure;
using StretchPortal.Web.Domain;
using StretchPortal.Web.Security;

namespace StretchPortal.IntegrationTests.Features.Programmes;

public sealed class CohortsTests : IDisposable
{
    private readonly PortalApp app = new();

    [Fact]
    public async Task Adding_a_cohort_with_bad_input_shows_the_errors_keeps_the_input_and_saves_nothing()
    {
        var lead = await app.PersonAsync(roles: Roles.ProgrammeLead);
        var (programme, _) = await app.ProgrammeAsync(lead.Id);
        using var client = await app.SignedInAsync(lead.Email!);

        using var response = await client.PostFormAsync($"/Cohorts/Create?programmeId={programme.Id}", new()
        {
            ["Name"] = "",
            ["StartDate"] = "2026-09-01",
            ["EndDate"] = "2026-08-31",
        });
        var page = await PortalClient.ParseAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var errors = Assertions.ErrorSummary(page);
        Assert.Contains("Enter the cohort's name", errors);
        Assert.Contains("The cohort must end after it starts", errors);
        Assert.Equal("The cohort must end after it starts", ProgrammeSetUp.InlineError(page, "EndDate"));
        Assert.Equal("2026-09-01", Assertions.FieldValue(page, "StartDate"));
        Assert.Equal("2026-08-31", Assertions.FieldValue(page, "EndDate"));
        Assert.Equal(1, await app.WithDbAsync(db => db.Cohorts.CountAsync()));
    }

    [Fact]
    public async Task Missing_cohort_dates_are_asked_for()
    {
        var lead = await app.PersonAsync(roles: Roles.ProgrammeLead);
        var (programme, _) = await app.ProgrammeAsync(lead.Id);
        using var client = await app.SignedInAsync(lead.Email!);

        using var response = await client.PostFormAsync($"/Cohorts/Create?programmeId={programme.Id}", new() { ["Name"] = "Cohort B" });
        var page = await PortalClient.ParseAsync(response);

        var errors = Assertions.ErrorSummary(page);
        Assert.Contains("Enter the date the cohort starts", errors);
        Assert.Contains("Enter the date the cohort ends", errors);
        Assert.Equal("Cohort B", Assertions.FieldValue(page, "Name"));
        Assert.Equal(1, await app.WithDbAsync(db => db.Cohorts.CountAsync()));
    }

    [Fact]
    public async Task A_lead_edits_a_cohort_and_a_stale_version_is_refused()
    {
        var lead = await app.PersonAsync(roles: Roles.ProgrammeLead);
        var (_, cohort) = await app.ProgrammeAsync(lead.Id);
        using var client = await app.SignedInAsync(lead.Email!);

        using var saved = await client.PostFormAsync($"/Cohorts/Edit/{cohort.Id}", new() { ["Name"] = "Cohort A (spring)", ["EndDate"] = "2027-04-30" });
        using var stale = await client.PostFormAsync($"/Cohorts/Edit/{cohort.Id}", new() { ["Name"] = "Lost edit", ["Version"] = cohort.Version.ToString() });
        var stalePage = await PortalClient.ParseAsync(stale);

        Assertions.IsRedirectTo(saved, $"/Cohorts/Details/{cohort.Id}");
        Assert.Equal(HttpStatusCode.OK, stale.StatusCode);
        Assert.Contains(
            "Someone else changed this cohort while you were editing. Check the values below and save again.",
            Assertions.ErrorSummary(stalePage));
        Assert.Equal("Lost edit", Assertions.FieldValue(stalePage, "Name"));
        var stored = await app.WithDbAsync(db => db.Cohorts.AsNoTracking().SingleAsync(c => c.Id == cohort.Id));
        Assert.Equal("Cohort A (spring)", stored.Name);
        Assert.Equal(new DateOnly(2027, 4, 30), stored.EndDate);
    }

    [Fact]
    public async Task The_cohort_page_lists_enrolments_and_offers_withdrawal_only_for_active_ones()
    {
        var lead = await app.PersonAsync(roles: Roles.ProgrammeLead);
        var (_, cohort) = await app.ProgrammeAsync(lead.Id);
        var mentor = await app.PersonAsync(roles: Roles.Mentor);
        var active = await app.EnrolmentAsync(cohort.Id, (await app.PersonAsync(roles: Roles.Mentee)).Id, mentor.Id);
        var withdrawn = await app.EnrolmentAsync(cohort.Id, (await app.PersonAsync(roles: Roles.Mentee)).Id, mentor.Id);
        await app.WithDbAsync(async db =>
        {
            (await db.Enrolments.SingleAsync(e => e.Id == withdrawn.Id)).Withdraw("Moved to another trust", DateTime.UtcNow);
            await db.SaveChangesAsync();
        });
        using var client = await app.SignedInAsync(lead.Email!);

        var page = await client.GetPageAsync($"/Cohorts/Details/{cohort.Id}");

        Assert.Equal(2, page.QuerySelectorAll("tbody tr").Length);
        Assert.NotNull(page.QuerySelector($"a[href='/Enrolments/Withdraw/{active.Id}']"));
        Assert.Null(page.QuerySelector($"a[href='/Enrolments/Withdraw/{withdrawn.Id}']"));
        Assert.Contains("Moved to another trust", page.Body!.TextContent, StringComparison.Ordinal);
        Assert.Contains(page.QuerySelectorAll(".nhsuk-tag"), t => t.TextContent == EnrolmentStatus.Withdrawn.ToString());
        Assert.NotNull(page.QuerySelector($"a[href='/Enrolments/Create?cohortId={cohort.Id}']"));
    }

    public void Dispose() => app.Dispose();
}
