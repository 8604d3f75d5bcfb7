using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using StretchPortal.IntegrationTests.Infrastructure;
using StretchPortal.Web.Domain;
using StretchPortal.Web.Security;

namespace StretchPortal.IntegrationTests.Features.Profile;

public sealed class ProfileTests : IDisposable
{
    private const string NewPassword = "a brand new passphrase";

    private readonly PortalApp app = new();

    [Theory]
    [InlineData("/Profile")]
    [InlineData("/Profile/Edit")]
    [InlineData("/Profile/ChangePassword")]
    public async Task Anonymous_visits_to_profile_pages_are_sent_to_sign_in(string url)
    {
        using var client = app.NewClient();

        using var response = await client.GetAsync(url);

        Assertions.IsRedirectToSignIn(response);
    }

    [Fact]
    public async Task A_person_sees_their_own_profile_and_roles()
    {
        var organisation = await app.OrganisationAsync("Leicester Royal Infirmary");
        var person = await app.PersonAsync("sam.jones@example.org", Roles.Mentor, Roles.ProgrammeLead);
        await app.WithDbAsync(async db =>
        {
            var stored = await db.Users.SingleAsync(p => p.Id == person.Id);
            stored.JobTitle = "Ward Manager";
            stored.OrganisationId = organisation.Id;
            stored.Region = NhsRegion.EastOfEngland;
            await db.SaveChangesAsync();
        });
        using var client = await app.SignedInAsync(person.Email!);

        var page = await client.GetPageAsync("/Profile");

        Assert.Equal(person.FullName, Text(page, "#profile-name"));
        Assert.Equal("sam.jones@example.org", Text(page, "#profile-email"));
        Assert.Equal("Ward Manager", Text(page, "#profile-job-title"));
        Assert.Equal("Leicester Royal Infirmary", Text(page, "#profile-organisation"));
        Assert.Equal("East of England", Text(page, "#profile-region"));
        Assert.Equal("Mentor, Programme lead", Text(page, "#profile-roles"));
        Assert.NotNull(page.QuerySelector("a[href='/Profile/ChangePassword']"));
        Assert.NotNull(page.QuerySelector("a[href^='/Profile/Edit']"));
    }

    [Fact]
    public async Task A_person_changes_their_profile_and_the_header_shows_their_new_name()
    {
        var organisation = await app.OrganisationAsync("Northamptonshire ICB");
        var person = await app.PersonAsync();
        using var client = await app.SignedInAsync(person.Email!);

        using var response = await client.PostFormAsync("/Profile/Edit", new()
        {
            ["FullName"] = "  Alex Morgan  ",
            ["JobTitle"] = "Service Manager",
            ["OrganisationId"] = organisation.Id.ToString(),
            ["Region"] = nameof(NhsRegion.Midlands),
        });
        var profile = await client.GetPageAsync("/Profile");

        Assertions.IsRedirectTo(response, "/Profile");
        var stored = await StoredAsync(person.Id);
        Assert.Equal("Alex Morgan", stored.FullName);
        Assert.Equal("Service Manager", stored.JobTitle);
        Assert.Equal(organisation.Id, stored.OrganisationId);
        Assert.Equal(NhsRegion.Midlands, stored.Region);
        Assert.Equal("Alex Morgan", Text(profile, ".app-header-account-name"));
        Assert.Contains("Your profile has been updated.", profile.QuerySelector(".nhsuk-notification-banner")?.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Clearing_the_optional_fields_removes_them()
    {
        var organisation = await app.OrganisationAsync();
        var person = await app.PersonAsync();
        await app.WithDbAsync(async db =>
        {
            var stored = await db.Users.SingleAsync(p => p.Id == person.Id);
            (stored.JobTitle, stored.OrganisationId, stored.Region) = ("Analyst", organisation.Id, NhsRegion.London);
            await db.SaveChangesAsync();
        });
        using var client = await app.SignedInAsync(person.Email!);

        using var response = await client.PostFormAsync("/Profile/Edit", new() { ["JobTitle"] = " ", ["OrganisationId"] = "", ["Region"] = "" });

        Assertions.IsRedirectTo(response, "/Profile");
        var after = await StoredAsync(person.Id);
        Assert.Null(after.JobTitle);
        Assert.Null(after.OrganisationId);
        Assert.Null(after.Region);
        Assert.Equal(person.FullName, after.FullName);
    }

    [Fact]
    public async Task The_edit_form_offers_the_seven_regions_and_only_organisations_in_use()
    {
        var open = await app.OrganisationAsync("Open Trust");
        var archived = await app.OrganisationAsync("Closed Trust");
        await ArchiveAsync(archived.Id);
        var person = await app.PersonAsync();
        using var client = await app.SignedInAsync(person.Email!);

        var page = await client.GetPageAsync("/Profile/Edit");

        var regions = page.QuerySelectorAll("select[name=Region] option").Select(o => o.TextContent.Trim()).ToList();
        Assert.Equal(
            ["Not given", "London", "East of England", "Midlands", "North West", "South East", "South West", "North East and Yorkshire"],
            regions);
        var organisations = page.QuerySelectorAll("select[name=OrganisationId] option").Select(o => o.GetAttribute("value")).ToList();
        Assert.Contains(open.Id.ToString(), organisations);
        Assert.DoesNotContain(archived.Id.ToString(), organisations);
    }

    [Fact]
    public async Task An_archived_organisation_cannot_be_chosen()
    {
        var archived = await app.OrganisationAsync("Closed Trust");
        await ArchiveAsync(archived.Id);
        var person = await app.PersonAsync();
        using var client = await app.SignedInAsync(person.Email!);

        using var response = await client.PostFormAsync("/Profile/Edit", new() { ["FullName"] = "Kept Name", ["OrganisationId"] = archived.Id.ToString() });
        var page = await PortalClient.ParseAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Choose an organisation from the list", Assertions.ErrorSummary(page));
        Assert.Equal("Kept Name", Assertions.FieldValue(page, "FullName"));
        var stored = await StoredAsync(person.Id);
        Assert.Null(stored.OrganisationId);
        Assert.Equal(person.FullName, stored.FullName);
    }

    [Fact]
    public async Task A_person_keeps_their_organisation_after_it_is_archived()
    {
        var organisation = await app.OrganisationAsync("Merged Trust");
        var person = await app.PersonAsync();
        await app.WithDbAsync(async db =>
        {
            var stored = await db.Users.SingleAsync(p => p.Id == person.Id);
            stored.OrganisationId = organisation.Id;
            await db.SaveChangesAsync();
        });
        await ArchiveAsync(organisation.Id);
        using var client = await app.SignedInAsync(person.Email!);

        using var response = await client.PostFormAsync("/Profile/Edit", new() { ["JobTitle"] = "Matron" });

        Assertions.IsRedirectTo(response, "/Profile");
        var after = await StoredAsync(person.Id);
        Assert.Equal(organisation.Id, after.OrganisationId);
        Assert.Equal("Matron", after.JobTitle);
    }

    [Fact]
    public async Task An_empty_name_shows_the_error_keeps_the_input_and_saves_nothing()
    {
        var person = await app.PersonAsync();
        using var client = await app.SignedInAsync(person.Email!);

        using var response = await client.PostFormAsync("/Profile/Edit", new()
        {
            ["FullName"] = "",
            ["JobTitle"] = "Typed job title",
            ["Region"] = nameof(NhsRegion.SouthWest),
        });
        var page = await PortalClient.ParseAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Enter your full name", Assertions.ErrorSummary(page));
        Assert.Equal("Typed job title", Assertions.FieldValue(page, "JobTitle"));
        Assert.Equal(nameof(NhsRegion.SouthWest), Assertions.FieldValue(page, "Region"));
        var stored = await StoredAsync(person.Id);
        Assert.Equal(person.FullName, stored.FullName);
        Assert.Null(stored.JobTitle);
        Assert.Null(stored.Region);
    }

    [Fact]
    public async Task A_name_over_200_characters_is_refused()
    {
        var person = await app.PersonAsync();
        using var client = await app.SignedInAsync(person.Email!);

        using var response = await client.PostFormAsync("/Profile/Edit", new() { ["FullName"] = new string('a', 201) });
        var page = await PortalClient.ParseAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Full name must be 200 characters or fewer", Assertions.ErrorSummary(page));
        Assert.Equal(person.FullName, (await StoredAsync(person.Id)).FullName);
    }

    [Fact]
    public async Task A_stale_profile_form_is_refused_with_the_input_kept_and_a_second_save_goes_through()
    {
        var person = await app.PersonAsync();
        using var client = await app.SignedInAsync(person.Email!);
        var form = await client.GetPageAsync("/Profile/Edit");
        var seen = Assertions.FieldValue(form, "ConcurrencyStamp");
        await app.WithScopeAsync(async services =>
        {
            var people = services.GetRequiredService<UserManager<Person>>();
            var elsewhere = await people.FindByIdAsync(person.Id);
            elsewhere!.JobTitle = "Changed in another tab";
            return await people.UpdateAsync(elsewhere);
        });

        using var response = await client.PostFormAsync("/Profile/Edit", new()
        {
            ["FullName"] = "Name typed meanwhile",
            ["JobTitle"] = "Job typed meanwhile",
            ["ConcurrencyStamp"] = seen,
        });
        var page = await PortalClient.ParseAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(Assertions.ErrorSummary(page), e => e.StartsWith("Someone else changed your profile", StringComparison.Ordinal));
        Assert.Equal("Name typed meanwhile", Assertions.FieldValue(page, "FullName"));
        Assert.Equal("Job typed meanwhile", Assertions.FieldValue(page, "JobTitle"));
        var stored = await StoredAsync(person.Id);
        Assert.Equal(person.FullName, stored.FullName);
        Assert.Equal("Changed in another tab", stored.JobTitle);
        Assert.Equal(stored.ConcurrencyStamp, Assertions.FieldValue(page, "ConcurrencyStamp"));

        using var again = await client.PostFormAsync("/Profile/Edit", new()
        {
            ["FullName"] = "Name typed meanwhile",
            ["ConcurrencyStamp"] = Assertions.FieldValue(page, "ConcurrencyStamp"),
        });

        Assertions.IsRedirectTo(again, "/Profile");
        Assert.Equal("Name typed meanwhile", (await StoredAsync(person.Id)).FullName);
    }

    [Fact]
    public async Task A_person_only_ever_edits_their_own_profile()
    {
        var me = await app.PersonAsync("me@example.org");
        var other = await app.PersonAsync("other@example.org");
        using var client = await app.SignedInAsync(me.Email!);

        var otherPage = await client.GetPageAsync("/Profile/Edit/" + other.Id);
        using var response = await client.PostFormAsync("/Profile/Edit", new()
        {
            ["FullName"] = "Taken Over",
            ["Id"] = other.Id,
            ["PersonId"] = other.Id,
        });

        Assert.Equal(me.FullName, Assertions.FieldValue(otherPage, "FullName"));
        Assertions.IsRedirectTo(response, "/Profile");
        Assert.Equal("Taken Over", (await StoredAsync(me.Id)).FullName);
        Assert.Equal(other.FullName, (await StoredAsync(other.Id)).FullName);
    }

    [Fact]
    public async Task Changing_the_password_keeps_the_person_signed_in_and_the_new_password_works()
    {
        var person = await app.PersonAsync();
        using var client = await app.SignedInAsync(person.Email!);

        using var response = await client.PostFormAsync("/Profile/ChangePassword", new()
        {
            ["CurrentPassword"] = TestData.Password,
            ["NewPassword"] = NewPassword,
            ["ConfirmPassword"] = NewPassword,
        });
        using var stillSignedIn = await client.GetAsync("/Profile");

        Assertions.IsRedirectTo(response, "/Profile");
        Assert.Equal(HttpStatusCode.OK, stillSignedIn.StatusCode);
        using var fresh = app.NewClient();
        using var oldPassword = await fresh.PostFormAsync("/Account/Login", new() { ["Email"] = person.Email, ["Password"] = TestData.Password });
        Assert.Equal(HttpStatusCode.OK, oldPassword.StatusCode);
        using var newPassword = await fresh.PostFormAsync("/Account/Login", new() { ["Email"] = person.Email, ["Password"] = NewPassword });
        Assertions.IsRedirectTo(newPassword, "/");
        var audited = await app.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.Action == "Person.PasswordChanged" && a.EntityId == person.Id));
        Assert.True(audited);
    }

    [Fact]
    public async Task A_wrong_current_password_is_shown_inline_and_the_password_is_unchanged()
    {
        var person = await app.PersonAsync();
        using var client = await app.SignedInAsync(person.Email!);

        using var response = await client.PostFormAsync("/Profile/ChangePassword", new()
        {
            ["CurrentPassword"] = "not my password at all",
            ["NewPassword"] = NewPassword,
            ["ConfirmPassword"] = NewPassword,
        });
        var page = await PortalClient.ParseAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Your current password is not correct", Assertions.ErrorSummary(page));
        Assert.Contains("Your current password is not correct", page.QuerySelector("#CurrentPassword-error")?.TextContent, StringComparison.Ordinal);
        Assert.Equal("", Assertions.FieldValue(page, "NewPassword"));
        using var fresh = app.NewClient();
        using var oldPassword = await fresh.PostFormAsync("/Account/Login", new() { ["Email"] = person.Email, ["Password"] = TestData.Password });
        Assertions.IsRedirectTo(oldPassword, "/");
    }

    [Fact]
    public async Task A_short_or_mismatched_new_password_is_refused()
    {
        var person = await app.PersonAsync();
        using var client = await app.SignedInAsync(person.Email!);

        using var response = await client.PostFormAsync("/Profile/ChangePassword", new()
        {
            ["CurrentPassword"] = TestData.Password,
            ["NewPassword"] = "short",
            ["ConfirmPassword"] = "different",
        });
        var page = await PortalClient.ParseAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Password must be 12 characters or more", Assertions.ErrorSummary(page));
        Assert.Contains("The passwords do not match", Assertions.ErrorSummary(page));
        using var fresh = app.NewClient();
        using var oldPassword = await fresh.PostFormAsync("/Account/Login", new() { ["Email"] = person.Email, ["Password"] = TestData.Password });
        Assertions.IsRedirectTo(oldPassword, "/");
    }

    public void Dispose() => app.Dispose();

    private static string? Text(AngleSharp.Html.Dom.IHtmlDocument page, string selector) => page.QuerySelector(selector)?.TextContent.Trim();

    private Task<Person> StoredAsync(string personId) =>
        app.WithDbAsync(db => db.Users.AsNoTracking().SingleAsync(p => p.Id == personId));

    private Task ArchiveAsync(Guid organisationId) =>
        app.WithDbAsync(async db =>
        {
            var organisation = await db.Organisations.SingleAsync(o => o.Id == organisationId);
            organisation.IsArchived = true;
            await db.SaveChangesAsync();
        });
}
