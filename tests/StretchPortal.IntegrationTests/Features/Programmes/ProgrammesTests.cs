using System.Net;
using Microsoft.EntityFrameworkCore;
using StretchPortal.IntegrationTests.Infrastructure;
using StretchPortal.Web.Domain;
using StretchPortal.Web.Security;

namespace StretchPortal.IntegrationTests.Features.Programmes;

public sealed class ProgrammesTests : IDisposable
{
    private readonly PortalApp app = new();

    [Fact]
    public async Task A_lead_creates_a_programme_then_a_cohort_then_enrols_a_mentee_with_mentor_sponsor_and_coach()
    {
        var lead = await app.PersonAsync("priya.shah@example.org", Roles.ProgrammeLead);
        var icb = await app.OrganisationAsync("Leicester, Leicestershire and Rutland ICB");
        var mentee = await app.PersonAsync("amara.okafor@example.org");
        var mentor = await app.PersonAsync("rajesh.patel@example.org");
        var sponsor = await app.PersonAsync("helen.carter@example.org", Roles.Sponsor);
        var coach = await app.PersonAsync("grace.mensah@example.org");
        using var client = await app.SignedInAsync(lead.Email!);

        using var programmeCreated = await client.PostFormAsync("/Programmes/Create", new()
        {
            ["Name"] = "LLR Developing Diverse Senior Leaders Programme 2025/2026",
            ["Description"] = "A positive action programme for aspiring senior leaders.",
            ["OrganisationId"] = icb.Id.ToString(),
            ["Year"] = "2025/2026",
            ["PracticalElementStart"] = "2025-10-01",
            ["PracticalElementEnd"] = "2025-12-31",
        });
        Assertions.IsRedirectTo(programmeCreated, "/Programmes/Details/");
        var programme = await app.WithDbAsync(db => db.Programmes.AsNoTracking().Include(p => p.Leads).SingleAsync());
        Assert.Equal("LLR Developing Diverse Senior Leaders Programme 2025/2026", programme.Name);
        Assert.Equal(icb.Id, programme.OrganisationId);
        Assert.Equal("2025/2026", programme.Year);
        Assert.Equal(new DateOnly(2025, 10, 1), programme.PracticalElementStart);
        Assert.Equal(new DateOnly(2025, 12, 31), programme.PracticalElementEnd);
        Assert.Equal(new[] { lead.Id }, programme.Leads.Select(l => l.PersonId));

        using var cohortCreated = await client.PostFormAsync($"/Cohorts/Create?programmeId={programme.Id}", new()
        {
            ["Name"] = "Cohort 1",
            ["StartDate"] = "2025-09-01",
            ["EndDate"] = "2026-03-31",
        });
        Assertions.IsRedirectTo(cohortCreated, "/Cohorts/Details/");
        var cohort = await app.WithDbAsync(db => db.Cohorts.AsNoTracking().SingleAsync());
        Assert.Equal(programme.Id, cohort.ProgrammeId);
        Assert.Equal("Cohort 1", cohort.Name);
        Assert.Equal(new DateOnly(2025, 9, 1), cohort.StartDate);
        Assert.Equal(new DateOnly(2026, 3, 31), cohort.EndDate);

        using var enrolled = await client.PostFormAsync($"/Enrolments/Create?cohortId={cohort.Id}", new()
        {
            ["MenteeEmail"] = "Amara.Okafor@example.org",
            ["MentorEmail"] = mentor.Email,
            ["SponsorEmail"] = sponsor.Email,
            ["CoachEmail"] = coach.Email,
        });
        Assertions.IsRedirectTo(enrolled, $"/Cohorts/Details/{cohort.Id}");
        var enrolment = await app.WithDbAsync(db => db.Enrolments.AsNoTracking().SingleAsync());
        Assert.Equal(cohort.Id, enrolment.CohortId);
        Assert.Equal(mentee.Id, enrolment.MenteeId);
        Assert.Equal(mentor.Id, enrolment.MentorId);
        Assert.Equal(sponsor.Id, enrolment.SponsorId);
        Assert.Equal(coach.Id, enrolment.CoachId);
        Assert.Equal(EnrolmentStatus.Active, enrolment.Status);

        Assert.Equal(new[] { Roles.Mentee }, await app.RolesOfAsync(mentee.Id));
        Assert.Equal(new[] { Roles.Mentor }, await app.RolesOfAsync(mentor.Id));
        Assert.Equal(new[] { Roles.Sponsor }, await app.RolesOfAsync(sponsor.Id));
        Assert.Equal(new[] { Roles.Coach }, await app.RolesOfAsync(coach.Id));
        var grants = await app.AuditAsync("Person.RoleGranted");
        Assert.Equal(
            new[] { mentee.Id, mentor.Id, coach.Id }.Order(StringComparer.Ordinal),
            grants.Select(g => g.EntityId).Order(StringComparer.Ordinal));
        Assert.All(grants, g => Assert.Equal(lead.Id, g.ActorId));
        Assert.Contains(grants, g => g.EntityId == mentor.Id && g.Changes!.Contains(Roles.Mentor, StringComparison.Ordinal));
        Assert.Single(await app.AuditAsync("Programme.Added"), a => a.EntityId == programme.Id.ToString() && a.ActorId == lead.Id);
        Assert.Single(await app.AuditAsync("Enrolment.Added"), a => a.EntityId == enrolment.Id.ToString());

        var cohortPage = await client.GetPageAsync($"/Cohorts/Details/{cohort.Id}");
        var row = cohortPage.QuerySelector("tbody tr")!.TextContent;
        Assert.Contains(mentee.FullName, row, StringComparison.Ordinal);
        Assert.Contains(mentor.FullName, row, StringComparison.Ordinal);
        Assert.Contains(sponsor.FullName, row, StringComparison.Ordinal);
        Assert.Contains(coach.FullName, row, StringComparison.Ordinal);
        Assert.NotNull(cohortPage.QuerySelector($"a[href='/Enrolments/Withdraw/{enrolment.Id}']"));
    }

    [Fact]
    public async Task The_index_lists_only_the_programmes_the_person_leads_with_their_figures()
    {
        var lead = await app.PersonAsync(roles: Roles.ProgrammeLead);
        var otherLead = await app.PersonAsync(roles: Roles.ProgrammeLead);
        var (mine, cohort) = await app.ProgrammeAsync(lead.Id, "Aspiring Leaders 2026");
        await app.ProgrammeAsync(otherLead.Id, "Someone Else's Programme");
        await app.EnrolmentAsync(cohort.Id, (await app.PersonAsync()).Id);
        await app.EnrolmentAsync(cohort.Id, (await app.PersonAsync()).Id);
        using var client = await app.SignedInAsync(lead.Email!);

        var page = await client.GetPageAsync("/Programmes");

        var rows = page.QuerySelectorAll("tbody tr");
        var cells = Assert.Single(rows).QuerySelectorAll("td").Select(c => c.TextContent.Trim()).ToList();
        Assert.Equal("Aspiring Leaders 2026", cells[0]);
        Assert.Equal("2026/2027", cells[1]);
        Assert.StartsWith("ICB ", cells[2], StringComparison.Ordinal);
        Assert.Equal("1", cells[3]);
        Assert.Equal("2", cells[4]);
        Assert.NotNull(page.QuerySelector($"a[href='/Programmes/Details/{mine.Id}']"));
        Assert.DoesNotContain("Someone Else's Programme", page.Body!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector("a[href='/Programmes/Create']"));
    }

    [Fact]
    public async Task The_details_page_shows_the_practical_element_cohorts_and_leads()
    {
        var lead = await app.PersonAsync(roles: Roles.ProgrammeLead);
        var (programme, cohort) = await app.ProgrammeAsync(lead.Id);
        using var client = await app.SignedInAsync(lead.Email!);

        var page = await client.GetPageAsync($"/Programmes/Details/{programme.Id}");

        Assert.Equal(programme.Name, page.QuerySelector("h1")?.TextContent.Trim());
        Assert.Contains("1 September 2026 to 30 November 2026", page.QuerySelector(".nhsuk-summary-list")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector($"a[href='/Cohorts/Details/{cohort.Id}']"));
        Assert.Contains(lead.FullName, page.Body!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector($"a[href='/Programmes/Edit/{programme.Id}']"));
        Assert.NotNull(page.QuerySelector($"a[href='/Cohorts/Create?programmeId={programme.Id}']"));
        Assert.NotNull(page.QuerySelector($"a[href='/Programmes/AddLead/{programme.Id}']"));
    }

    [Fact]
    public async Task Creating_a_programme_with_bad_input_shows_the_errors_keeps_the_input_and_saves_nothing()
    {
        var lead = await app.PersonAsync(roles: Roles.ProgrammeLead);
        var organisation = await app.OrganisationAsync();
        using var client = await app.SignedInAsync(lead.Email!);

        using var response = await client.PostFormAsync("/Programmes/Create", new()
        {
            ["Name"] = "",
            ["Description"] = "Kept description",
            ["OrganisationId"] = organisation.Id.ToString(),
            ["Year"] = "2025/2026",
            ["PracticalElementStart"] = "2026-03-01",
            ["PracticalElementEnd"] = "2026-01-31",
        });
        var page = await PortalClient.ParseAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var errors = Assertions.ErrorSummary(page);
        Assert.Contains("Enter the programme's name", errors);
        Assert.Contains("The practical element must end after it starts", errors);
        Assert.Equal("Enter the programme's name", ProgrammeSetUp.InlineError(page, "Name"));
        Assert.Equal("Kept description", Assertions.FieldValue(page, "Description"));
        Assert.Equal(organisation.Id.ToString(), Assertions.FieldValue(page, "OrganisationId"));
        Assert.Equal("2026-03-01", Assertions.FieldValue(page, "PracticalElementStart"));
        Assert.Equal("2026-01-31", Assertions.FieldValue(page, "PracticalElementEnd"));
        Assert.Equal(0, await app.WithDbAsync(db => db.Programmes.CountAsync()));
    }

    [Fact]
    public async Task Archived_organisations_are_not_offered_and_cannot_own_a_new_programme()
    {
        var lead = await app.PersonAsync(roles: Roles.ProgrammeLead);
        var open = await app.OrganisationAsync("Open Trust");
        var archived = await app.OrganisationAsync("Archived Trust");
        await app.WithDbAsync(async db =>
        {
            (await db.Organisations.SingleAsync(o => o.Id == archived.Id)).IsArchived = true;
            await db.SaveChangesAsync();
        });
        using var client = await app.SignedInAsync(lead.Email!);

        var form = await client.GetPageAsync("/Programmes/Create");
        using var response = await client.PostFormAsync("/Programmes/Create", new()
        {
            ["Name"] = "Forged organisation",
            ["OrganisationId"] = archived.Id.ToString(),
            ["Year"] = "2026",
            ["PracticalElementStart"] = "2026-01-01",
            ["PracticalElementEnd"] = "2026-03-31",
        });
        var page = await PortalClient.ParseAsync(response);

        var offered = form.QuerySelectorAll("#OrganisationId option").Select(o => o.TextContent).ToList();
        Assert.Contains(open.Name, offered);
        Assert.DoesNotContain(archived.Name, offered);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Choose an organisation from the list", Assertions.ErrorSummary(page));
        Assert.Equal(0, await app.WithDbAsync(db => db.Programmes.CountAsync()));
    }

    [Fact]
    public async Task A_lead_edits_their_programme()
    {
        var lead = await app.PersonAsync(roles: Roles.ProgrammeLead);
        var (programme, _) = await app.ProgrammeAsync(lead.Id);
        using var client = await app.SignedInAsync(lead.Email!);

        using var response = await client.PostFormAsync($"/Programmes/Edit/{programme.Id}", new()
        {
            ["Name"] = "Aspiring Leaders 2026 (renamed)",
            ["PracticalElementEnd"] = "2026-12-15",
        });

        Assertions.IsRedirectTo(response, $"/Programmes/Details/{programme.Id}");
        var stored = await app.StoredProgrammeAsync(programme.Id);
        Assert.Equal("Aspiring Leaders 2026 (renamed)", stored.Name);
        Assert.Equal(new DateOnly(2026, 12, 15), stored.PracticalElementEnd);
        Assert.NotEqual(programme.Version, stored.Version);
        Assert.Contains(await app.AuditAsync("Programme.Modified"), a => a.EntityId == programme.Id.ToString() && a.ActorId == lead.Id);
    }

    [Fact]
    public async Task Editing_with_a_stale_version_is_refused_with_the_input_kept_and_nothing_changed()
    {
        var lead = await app.PersonAsync(roles: Roles.ProgrammeLead);
        var (programme, _) = await app.ProgrammeAsync(lead.Id);
        var versionSeen = programme.Version;
        await app.WithDbAsync(async db =>
        {
            (await db.Programmes.SingleAsync(p => p.Id == programme.Id)).Description = "Changed by a co-lead";
            await db.SaveChangesAsync();
        });
        var current = await app.StoredProgrammeAsync(programme.Id);
        using var client = await app.SignedInAsync(lead.Email!);

        using var response = await client.PostFormAsync($"/Programmes/Edit/{programme.Id}", new()
        {
            ["Name"] = "My rename",
            ["Version"] = versionSeen.ToString(),
        });
        var page = await PortalClient.ParseAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(
            "Someone else changed this programme while you were editing. Check the values below and save again.",
            Assertions.ErrorSummary(page));
        Assert.Equal("My rename", Assertions.FieldValue(page, "Name"));
        Assert.Equal(current.Version.ToString(), Assertions.FieldValue(page, "Version"));
        var stored = await app.StoredProgrammeAsync(programme.Id);
        Assert.Equal(programme.Name, stored.Name);
        Assert.Equal("Changed by a co-lead", stored.Description);
        Assert.Equal(current.Version, stored.Version);

        using var secondSave = await client.PostFormAsync($"/Programmes/Edit/{programme.Id}", new()
        {
            ["Name"] = "My rename",
            ["Version"] = Assertions.FieldValue(page, "Version"),
        });
        Assertions.IsRedirectTo(secondSave, $"/Programmes/Details/{programme.Id}");
        Assert.Equal("My rename", (await app.StoredProgrammeAsync(programme.Id)).Name);
    }

    [Fact]
    public async Task Adding_a_co_lead_makes_them_a_lead_and_grants_the_role_with_an_audit_entry()
    {
        var lead = await app.PersonAsync(roles: Roles.ProgrammeLead);
        var colleague = await app.PersonAsync("co.lead@example.org", Roles.Mentor);
        var (programme, _) = await app.ProgrammeAsync(lead.Id);
        using var client = await app.SignedInAsync(lead.Email!);

        using var response = await client.PostFormAsync($"/Programmes/AddLead/{programme.Id}", new() { ["Email"] = "co.lead@example.org" });

        Assertions.IsRedirectTo(response, $"/Programmes/Details/{programme.Id}");
        var stored = await app.StoredProgrammeAsync(programme.Id);
        Assert.Equal(new[] { lead.Id, colleague.Id }.Order(StringComparer.Ordinal), stored.Leads.Select(l => l.PersonId).Order(StringComparer.Ordinal));
        Assert.Contains(Roles.ProgrammeLead, await app.RolesOfAsync(colleague.Id));
        var grant = Assert.Single(await app.AuditAsync("Person.RoleGranted"));
        Assert.Equal(colleague.Id, grant.EntityId);
        Assert.Equal(lead.Id, grant.ActorId);
        Assert.Contains(Roles.ProgrammeLead, grant.Changes, StringComparison.Ordinal);

        using var coLead = await app.SignedInAsync(colleague.Email!);
        var details = await coLead.GetPageAsync($"/Programmes/Details/{programme.Id}");
        Assert.Equal(programme.Name, details.QuerySelector("h1")?.TextContent.Trim());
    }

    [Fact]
    public async Task Adding_a_co_lead_without_an_account_shows_the_error_beside_the_field()
    {
        var lead = await app.PersonAsync(roles: Roles.ProgrammeLead);
        var (programme, _) = await app.ProgrammeAsync(lead.Id);
        using var client = await app.SignedInAsync(lead.Email!);

        using var response = await client.PostFormAsync($"/Programmes/AddLead/{programme.Id}", new() { ["Email"] = "nobody@example.org" });
        var page = await PortalClient.ParseAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(ProgrammeSetUp.NoAccount, Assertions.ErrorSummary(page));
        Assert.Equal(ProgrammeSetUp.NoAccount, ProgrammeSetUp.InlineError(page, "Email"));
        Assert.Equal("nobody@example.org", Assertions.FieldValue(page, "Email"));
        Assert.Single((await app.StoredProgrammeAsync(programme.Id)).Leads);
    }

    public void Dispose() => app.Dispose();
}
