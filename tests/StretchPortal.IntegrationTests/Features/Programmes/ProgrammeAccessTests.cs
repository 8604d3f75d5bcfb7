using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using StretchPortal.IntegrationTests.Infrastructure;
using StretchPortal.Web.Domain;
using StretchPortal.Web.Security;

namespace StretchPortal.IntegrationTests.Features.Programmes;

public sealed class ProgrammeAccessTests : IDisposable
{
    private readonly PortalApp app = new();

    [Theory]
    [InlineData(Roles.Mentee)]
    [InlineData(Roles.Mentor)]
    public async Task People_who_do_not_lead_programmes_get_403_on_the_create_pages_and_create_nothing(string role)
    {
        var lead = await app.PersonAsync(roles: Roles.ProgrammeLead);
        var (programme, cohort) = await app.ProgrammeAsync(lead.Id);
        var organisation = await app.OrganisationAsync();
        var person = await app.PersonAsync(roles: role);
        var mentee = await app.PersonAsync(roles: Roles.Mentee);
        using var client = await app.SignedInAsync(person.Email!);

        var pages = new (string Url, Dictionary<string, string> Form)[]
        {
            ("/Programmes/Create", new()
            {
                ["Name"] = "Forged", ["OrganisationId"] = organisation.Id.ToString(), ["Year"] = "2026",
                ["PracticalElementStart"] = "2026-01-01", ["PracticalElementEnd"] = "2026-03-31",
            }),
            ($"/Cohorts/Create?programmeId={programme.Id}", new() { ["Name"] = "Forged", ["StartDate"] = "2026-01-01", ["EndDate"] = "2026-06-30" }),
            ($"/Enrolments/Create?cohortId={cohort.Id}", new() { ["MenteeEmail"] = mentee.Email!, ["MentorEmail"] = person.Email! }),
        };
        foreach (var (url, form) in pages)
        {
            using var get = await client.GetAsync(url);
            using var post = await client.PostAsync(url, form);
            Assert.Equal(HttpStatusCode.Forbidden, get.StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, post.StatusCode);
        }

        Assert.Equal(1, await app.WithDbAsync(db => db.Programmes.CountAsync()));
        Assert.Equal(1, await app.WithDbAsync(db => db.Cohorts.CountAsync()));
        Assert.Equal(0, await app.WithDbAsync(db => db.Enrolments.CountAsync()));
        using var index = await client.GetAsync("/Programmes");
        Assert.Equal(HttpStatusCode.Forbidden, index.StatusCode);
    }

    [Fact]
    public async Task Anonymous_visitors_are_sent_to_sign_in()
    {
        var lead = await app.PersonAsync(roles: Roles.ProgrammeLead);
        var (programme, cohort) = await app.ProgrammeAsync(lead.Id);
        var enrolment = await app.EnrolmentAsync(cohort.Id, (await app.PersonAsync(roles: Roles.Mentee)).Id);
        using var client = app.NewClient();

        foreach (var url in new[]
                 {
                     "/Programmes", "/Programmes/Create", $"/Programmes/Details/{programme.Id}", $"/Programmes/Edit/{programme.Id}",
                     $"/Programmes/AddLead/{programme.Id}", $"/Cohorts/Create?programmeId={programme.Id}", $"/Cohorts/Details/{cohort.Id}",
                     $"/Cohorts/Edit/{cohort.Id}", $"/Enrolments/Create?cohortId={cohort.Id}", $"/Enrolments/Edit/{enrolment.Id}",
                     $"/Enrolments/Withdraw/{enrolment.Id}",
                 })
        {
            using var response = await client.GetAsync(url);
            Assertions.IsRedirectToSignIn(response);
        }

        using var content = new FormUrlEncodedContent(new Dictionary<string, string> { ["Reason"] = "Anonymous" });
        using var post = await client.Http.PostAsync(new Uri($"/Enrolments/Withdraw/{enrolment.Id}", UriKind.Relative), content);
        Assertions.IsRedirectToSignIn(post);
        Assert.Equal(EnrolmentStatus.Active, (await app.StoredEnrolmentAsync(enrolment.Id)).Status);
    }

    [Fact]
    public async Task A_lead_of_another_programme_gets_403_on_its_pages_and_cannot_change_it()
    {
        var lead = await app.PersonAsync(roles: Roles.ProgrammeLead);
        var otherLead = await app.PersonAsync(roles: Roles.ProgrammeLead);
        var (programme, cohort) = await app.ProgrammeAsync(lead.Id, "Not Yours");
        await app.ProgrammeAsync(otherLead.Id, "Yours");
        var mentee = await app.PersonAsync(roles: Roles.Mentee);
        var mentor = await app.PersonAsync(roles: Roles.Mentor);
        var enrolment = await app.EnrolmentAsync(cohort.Id, mentee.Id, mentor.Id);
        var newcomer = await app.PersonAsync(roles: Roles.Mentee);
        using var client = await app.SignedInAsync(otherLead.Email!);

        foreach (var url in new[]
                 {
                     $"/Programmes/Details/{programme.Id}", $"/Programmes/Edit/{programme.Id}", $"/Programmes/AddLead/{programme.Id}",
                     $"/Cohorts/Create?programmeId={programme.Id}", $"/Cohorts/Details/{cohort.Id}", $"/Cohorts/Edit/{cohort.Id}",
                     $"/Enrolments/Create?cohortId={cohort.Id}", $"/Enrolments/Edit/{enrolment.Id}", $"/Enrolments/Withdraw/{enrolment.Id}",
                 })
        {
            using var response = await client.GetAsync(url);
            Assert.True(response.StatusCode == HttpStatusCode.Forbidden, $"GET {url} answered {(int)response.StatusCode}");
        }

        var posts = new (string Url, Dictionary<string, string> Form)[]
        {
            ($"/Programmes/Edit/{programme.Id}", new()
            {
                ["Name"] = "Taken over", ["OrganisationId"] = programme.OrganisationId.ToString(), ["Year"] = "2026",
                ["PracticalElementStart"] = "2026-01-01", ["PracticalElementEnd"] = "2026-03-31", ["Version"] = programme.Version.ToString(),
            }),
            ($"/Programmes/AddLead/{programme.Id}", new() { ["Email"] = otherLead.Email! }),
            ($"/Cohorts/Create?programmeId={programme.Id}", new() { ["Name"] = "Sneaky", ["StartDate"] = "2026-01-01", ["EndDate"] = "2026-06-30" }),
            ($"/Cohorts/Edit/{cohort.Id}", new()
            {
                ["Name"] = "Renamed", ["StartDate"] = "2026-01-01", ["EndDate"] = "2026-06-30", ["Version"] = cohort.Version.ToString(),
            }),
            ($"/Enrolments/Create?cohortId={cohort.Id}", new() { ["MenteeEmail"] = newcomer.Email!, ["MentorEmail"] = mentor.Email! }),
            ($"/Enrolments/Edit/{enrolment.Id}", new() { ["MentorEmail"] = otherLead.Email!, ["Version"] = enrolment.Version.ToString() }),
            ($"/Enrolments/Withdraw/{enrolment.Id}", new() { ["Reason"] = "Sabotage", ["Version"] = enrolment.Version.ToString() }),
        };
        foreach (var (url, form) in posts)
        {
            using var response = await client.PostAsync(url, form);
            Assert.True(response.StatusCode == HttpStatusCode.Forbidden, $"POST {url} answered {(int)response.StatusCode}");
        }

        var stored = await app.StoredProgrammeAsync(programme.Id);
        Assert.Equal("Not Yours", stored.Name);
        Assert.Equal(new[] { lead.Id }, stored.Leads.Select(l => l.PersonId));
        var cohortNames = await app.WithDbAsync(db => db.Cohorts.Where(c => c.ProgrammeId == programme.Id).Select(c => c.Name).ToListAsync());
        Assert.Equal("Cohort A", Assert.Single(cohortNames));
        var storedEnrolment = Assert.Single(await app.WithDbAsync(db => db.Enrolments.AsNoTracking().ToListAsync()));
        Assert.Equal(EnrolmentStatus.Active, storedEnrolment.Status);
        Assert.Equal(mentor.Id, storedEnrolment.MentorId);

        var index = await client.GetPageAsync("/Programmes");
        Assert.DoesNotContain("Not Yours", index.Body!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Yours", index.Body!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_lead_who_no_longer_holds_the_role_cannot_manage_their_programme()
    {
        var lead = await app.PersonAsync(roles: Roles.ProgrammeLead);
        var (programme, _) = await app.ProgrammeAsync(lead.Id);
        await app.WithScopeAsync(async services =>
        {
            var people = services.GetRequiredService<UserManager<Person>>();
            return await people.RemoveFromRoleAsync((await people.FindByIdAsync(lead.Id))!, Roles.ProgrammeLead);
        });
        using var client = await app.SignedInAsync(lead.Email!);

        using var response = await client.GetAsync($"/Programmes/Details/{programme.Id}");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Unknown_ids_are_404()
    {
        var lead = await app.PersonAsync(roles: Roles.ProgrammeLead);
        await app.ProgrammeAsync(lead.Id);
        using var client = await app.SignedInAsync(lead.Email!);
        var missing = Guid.NewGuid();

        foreach (var url in new[]
                 {
                     $"/Programmes/Details/{missing}", $"/Programmes/Edit/{missing}", $"/Programmes/AddLead/{missing}",
                     $"/Cohorts/Create?programmeId={missing}", $"/Cohorts/Details/{missing}", $"/Cohorts/Edit/{missing}",
                     $"/Enrolments/Create?cohortId={missing}", $"/Enrolments/Edit/{missing}", $"/Enrolments/Withdraw/{missing}",
                     "/Programmes/Details/not-an-id",
                 })
        {
            using var response = await client.GetAsync(url);
            Assert.True(response.StatusCode == HttpStatusCode.NotFound, $"GET {url} answered {(int)response.StatusCode}");
        }

        using var post = await client.PostAsync($"/Enrolments/Withdraw/{missing}", new() { ["Reason"] = "Gone" });
        Assert.Equal(HttpStatusCode.NotFound, post.StatusCode);
    }

    public void Dispose() => app.Dispose();
}
