using System.Net;
using Microsoft.EntityFrameworkCore;
using StretchPortal.IntegrationTests.Infrastructure;
using StretchPortal.Web.Domain;
using StretchPortal.Web.Security;

namespace StretchPortal.IntegrationTests.Features.Programmes;

public sealed class EnrolmentsTests : IDisposable
{
    private readonly PortalApp app = new();

    [Fact]
    public async Task Unknown_or_deactivated_email_addresses_are_refused_beside_each_field_and_nothing_is_saved()
    {
        var lead = await app.PersonAsync(roles: Roles.ProgrammeLead);
        var (_, cohort) = await app.ProgrammeAsync(lead.Id);
        var mentor = await app.PersonAsync("mentor@example.org");
        var deactivated = await app.PersonAsync("left.the.nhs@example.org");
        await app.WithDbAsync(async db =>
        {
            (await db.Users.SingleAsync(p => p.Id == deactivated.Id)).IsActive = false;
            await db.SaveChangesAsync();
        });
        using var client = await app.SignedInAsync(lead.Email!);

        using var response = await client.PostFormAsync($"/Enrolments/Create?cohortId={cohort.Id}", new()
        {
            ["MenteeEmail"] = "no.such.mentee@example.org",
            ["MentorEmail"] = mentor.Email,
            ["SponsorEmail"] = "left.the.nhs@example.org",
            ["CoachEmail"] = "no.such.coach@example.org",
        });
        var page = await PortalClient.ParseAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(3, Assertions.ErrorSummary(page).Count(e => e == ProgrammeSetUp.NoAccount));
        Assert.Equal(ProgrammeSetUp.NoAccount, ProgrammeSetUp.InlineError(page, "MenteeEmail"));
        Assert.Null(ProgrammeSetUp.InlineError(page, "MentorEmail"));
        Assert.Equal(ProgrammeSetUp.NoAccount, ProgrammeSetUp.InlineError(page, "SponsorEmail"));
        Assert.Equal(ProgrammeSetUp.NoAccount, ProgrammeSetUp.InlineError(page, "CoachEmail"));
        Assert.Equal("no.such.mentee@example.org", Assertions.FieldValue(page, "MenteeEmail"));
        Assert.Equal("mentor@example.org", Assertions.FieldValue(page, "MentorEmail"));
        Assert.Equal("left.the.nhs@example.org", Assertions.FieldValue(page, "SponsorEmail"));
        Assert.Equal(0, await app.WithDbAsync(db => db.Enrolments.CountAsync()));
        Assert.Empty(await app.RolesOfAsync(mentor.Id));
        Assert.Empty(await app.AuditAsync("Person.RoleGranted"));
    }

    [Fact]
    public async Task The_mentor_is_required_and_the_sponsor_and_coach_are_optional()
    {
        var lead = await app.PersonAsync(roles: Roles.ProgrammeLead);
        var (_, cohort) = await app.ProgrammeAsync(lead.Id);
        var mentee = await app.PersonAsync();
        var mentor = await app.PersonAsync();
        using var client = await app.SignedInAsync(lead.Email!);

        using var missingMentor = await client.PostFormAsync($"/Enrolments/Create?cohortId={cohort.Id}", new() { ["MenteeEmail"] = mentee.Email });
        var page = await PortalClient.ParseAsync(missingMentor);
        Assert.Contains("Enter the mentor's email address", Assertions.ErrorSummary(page));
        Assert.Equal(0, await app.WithDbAsync(db => db.Enrolments.CountAsync()));

        using var enrolled = await client.PostFormAsync($"/Enrolments/Create?cohortId={cohort.Id}", new()
        {
            ["MenteeEmail"] = mentee.Email,
            ["MentorEmail"] = mentor.Email,
        });
        Assertions.IsRedirectTo(enrolled, $"/Cohorts/Details/{cohort.Id}");
        var enrolment = await app.WithDbAsync(db => db.Enrolments.AsNoTracking().SingleAsync());
        Assert.Equal(mentor.Id, enrolment.MentorId);
        Assert.Null(enrolment.SponsorId);
        Assert.Null(enrolment.CoachId);
    }

    [Fact]
    public async Task A_mentee_already_actively_enrolled_in_the_cohort_is_refused_but_a_withdrawn_one_can_return()
    {
        var lead = await app.PersonAsync(roles: Roles.ProgrammeLead);
        var (_, cohort) = await app.ProgrammeAsync(lead.Id);
        var mentee = await app.PersonAsync(roles: Roles.Mentee);
        var mentor = await app.PersonAsync(roles: Roles.Mentor);
        var first = await app.EnrolmentAsync(cohort.Id, mentee.Id, mentor.Id);
        using var client = await app.SignedInAsync(lead.Email!);
        var form = new Dictionary<string, object?> { ["MenteeEmail"] = mentee.Email, ["MentorEmail"] = mentor.Email };

        using var twice = await client.PostFormAsync($"/Enrolments/Create?cohortId={cohort.Id}", form);
        var page = await PortalClient.ParseAsync(twice);
        Assert.Equal(HttpStatusCode.OK, twice.StatusCode);
        Assert.Equal("This person is already enrolled in this cohort", ProgrammeSetUp.InlineError(page, "MenteeEmail"));
        Assert.Equal(1, await app.WithDbAsync(db => db.Enrolments.CountAsync()));

        await app.WithDbAsync(async db =>
        {
            (await db.Enrolments.SingleAsync(e => e.Id == first.Id)).Withdraw("Paused for parental leave", DateTime.UtcNow);
            await db.SaveChangesAsync();
        });
        using var again = await client.PostFormAsync($"/Enrolments/Create?cohortId={cohort.Id}", form);
        Assertions.IsRedirectTo(again, $"/Cohorts/Details/{cohort.Id}");
        Assert.Equal(2, await app.WithDbAsync(db => db.Enrolments.CountAsync()));
    }

    [Fact]
    public async Task A_mentee_cannot_be_their_own_mentor_sponsor_or_coach()
    {
        var lead = await app.PersonAsync(roles: Roles.ProgrammeLead);
        var (_, cohort) = await app.ProgrammeAsync(lead.Id);
        var mentee = await app.PersonAsync();
        using var client = await app.SignedInAsync(lead.Email!);

        using var response = await client.PostFormAsync($"/Enrolments/Create?cohortId={cohort.Id}", new()
        {
            ["MenteeEmail"] = mentee.Email,
            ["MentorEmail"] = mentee.Email,
            ["SponsorEmail"] = mentee.Email,
            ["CoachEmail"] = mentee.Email,
        });
        var page = await PortalClient.ParseAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("The mentee cannot be their own mentor", ProgrammeSetUp.InlineError(page, "MentorEmail"));
        Assert.Equal("The mentee cannot be their own sponsor", ProgrammeSetUp.InlineError(page, "SponsorEmail"));
        Assert.Equal("The mentee cannot be their own coach", ProgrammeSetUp.InlineError(page, "CoachEmail"));
        Assert.Equal(0, await app.WithDbAsync(db => db.Enrolments.CountAsync()));
        Assert.Empty(await app.RolesOfAsync(mentee.Id));
    }

    [Fact]
    public async Task Withdrawing_needs_a_reason_and_records_it()
    {
        var lead = await app.PersonAsync(roles: Roles.ProgrammeLead);
        var (_, cohort) = await app.ProgrammeAsync(lead.Id);
        var mentee = await app.PersonAsync(roles: Roles.Mentee);
        var enrolment = await app.EnrolmentAsync(cohort.Id, mentee.Id, (await app.PersonAsync(roles: Roles.Mentor)).Id);
        using var client = await app.SignedInAsync(lead.Email!);

        var confirm = await client.GetPageAsync($"/Enrolments/Withdraw/{enrolment.Id}");
        Assert.Contains(mentee.FullName, confirm.QuerySelector("h1")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(confirm.QuerySelector("textarea[name='Reason']"));

        using var noReason = await client.PostFormAsync($"/Enrolments/Withdraw/{enrolment.Id}", new() { ["Reason"] = "  " });
        var page = await PortalClient.ParseAsync(noReason);
        Assert.Equal(HttpStatusCode.OK, noReason.StatusCode);
        Assert.Contains("Enter the reason for the withdrawal", Assertions.ErrorSummary(page));
        Assert.Equal(EnrolmentStatus.Active, (await app.StoredEnrolmentAsync(enrolment.Id)).Status);

        var before = DateTime.UtcNow;
        using var withdrawn = await client.PostFormAsync($"/Enrolments/Withdraw/{enrolment.Id}", new() { ["Reason"] = "Took up a secondment abroad" });

        Assertions.IsRedirectTo(withdrawn, $"/Cohorts/Details/{cohort.Id}");
        var stored = await app.StoredEnrolmentAsync(enrolment.Id);
        Assert.Equal(EnrolmentStatus.Withdrawn, stored.Status);
        Assert.Equal("Took up a secondment abroad", stored.WithdrawalReason);
        Assert.InRange(stored.EndedAt!.Value, before.AddSeconds(-1), DateTime.UtcNow.AddSeconds(1));
        Assert.Contains(await app.AuditAsync("Enrolment.Modified"), a => a.EntityId == enrolment.Id.ToString() && a.ActorId == lead.Id);
    }

    [Fact]
    public async Task Withdrawing_with_a_stale_version_or_twice_is_refused()
    {
        var lead = await app.PersonAsync(roles: Roles.ProgrammeLead);
        var (_, cohort) = await app.ProgrammeAsync(lead.Id);
        var enrolment = await app.EnrolmentAsync(cohort.Id, (await app.PersonAsync(roles: Roles.Mentee)).Id);
        var mentor = await app.PersonAsync(roles: Roles.Mentor);
        await app.WithDbAsync(async db =>
        {
            (await db.Enrolments.SingleAsync(e => e.Id == enrolment.Id)).MentorId = mentor.Id;
            await db.SaveChangesAsync();
        });
        using var client = await app.SignedInAsync(lead.Email!);

        using var stale = await client.PostFormAsync($"/Enrolments/Withdraw/{enrolment.Id}", new()
        {
            ["Reason"] = "Stale reason",
            ["Version"] = enrolment.Version.ToString(),
        });
        var stalePage = await PortalClient.ParseAsync(stale);
        Assert.Equal(HttpStatusCode.OK, stale.StatusCode);
        Assert.Contains(
            "Someone else changed this enrolment while you were editing. Check the values below and save again.",
            Assertions.ErrorSummary(stalePage));
        Assert.Equal("Stale reason", Assertions.FieldValue(stalePage, "Reason"));
        Assert.Equal(EnrolmentStatus.Active, (await app.StoredEnrolmentAsync(enrolment.Id)).Status);

        using var withdrawn = await client.PostFormAsync($"/Enrolments/Withdraw/{enrolment.Id}", new() { ["Reason"] = "First reason" });
        using var twice = await client.PostFormAsync($"/Enrolments/Withdraw/{enrolment.Id}", new() { ["Reason"] = "Second reason" });

        Assertions.IsRedirectTo(withdrawn, $"/Cohorts/Details/{cohort.Id}");
        Assert.Equal(HttpStatusCode.OK, twice.StatusCode);
        Assert.Contains("Only an active enrolment can be withdrawn.", Assertions.ErrorSummary(await PortalClient.ParseAsync(twice)));
        var stored = await app.StoredEnrolmentAsync(enrolment.Id);
        Assert.Equal(EnrolmentStatus.Withdrawn, stored.Status);
        Assert.Equal("First reason", stored.WithdrawalReason);
    }

    [Fact]
    public async Task A_lead_changes_the_mentor_and_removes_the_sponsor_of_an_active_enrolment()
    {
        var lead = await app.PersonAsync(roles: Roles.ProgrammeLead);
        var (_, cohort) = await app.ProgrammeAsync(lead.Id);
        var oldMentor = await app.PersonAsync(roles: Roles.Mentor);
        var sponsor = await app.PersonAsync(roles: Roles.Sponsor);
        var newMentor = await app.PersonAsync("new.mentor@example.org");
        var enrolment = await app.EnrolmentAsync(cohort.Id, (await app.PersonAsync(roles: Roles.Mentee)).Id, oldMentor.Id, sponsor.Id);
        using var client = await app.SignedInAsync(lead.Email!);

        var form = await client.GetPageAsync($"/Enrolments/Edit/{enrolment.Id}");
        Assert.Equal(oldMentor.Email, Assertions.FieldValue(form, "MentorEmail"));
        Assert.Equal(sponsor.Email, Assertions.FieldValue(form, "SponsorEmail"));

        using var response = await client.PostFormAsync($"/Enrolments/Edit/{enrolment.Id}", new()
        {
            ["MentorEmail"] = "new.mentor@example.org",
            ["SponsorEmail"] = "",
        });

        Assertions.IsRedirectTo(response, $"/Cohorts/Details/{cohort.Id}");
        var stored = await app.StoredEnrolmentAsync(enrolment.Id);
        Assert.Equal(newMentor.Id, stored.MentorId);
        Assert.Null(stored.SponsorId);
        Assert.Contains(Roles.Mentor, await app.RolesOfAsync(newMentor.Id));
        Assert.Contains(await app.AuditAsync("Person.RoleGranted"), a => a.EntityId == newMentor.Id);
    }

    [Fact]
    public async Task Changing_the_support_network_follows_the_same_email_rules_and_version_check()
    {
        var lead = await app.PersonAsync(roles: Roles.ProgrammeLead);
        var (_, cohort) = await app.ProgrammeAsync(lead.Id);
        var mentor = await app.PersonAsync(roles: Roles.Mentor);
        var other = await app.PersonAsync(roles: Roles.Mentor);
        var mentee = await app.PersonAsync(roles: Roles.Mentee);
        var enrolment = await app.EnrolmentAsync(cohort.Id, mentee.Id, mentor.Id);
        using var client = await app.SignedInAsync(lead.Email!);

        using var unknown = await client.PostFormAsync($"/Enrolments/Edit/{enrolment.Id}", new() { ["MentorEmail"] = "nobody@example.org" });
        using var self = await client.PostFormAsync($"/Enrolments/Edit/{enrolment.Id}", new() { ["CoachEmail"] = mentee.Email });
        using var stale = await client.PostFormAsync($"/Enrolments/Edit/{enrolment.Id}", new()
        {
            ["MentorEmail"] = other.Email,
            ["Version"] = Guid.NewGuid().ToString(),
        });

        Assert.Equal(ProgrammeSetUp.NoAccount, ProgrammeSetUp.InlineError(await PortalClient.ParseAsync(unknown), "MentorEmail"));
        Assert.Equal("The mentee cannot be their own coach", ProgrammeSetUp.InlineError(await PortalClient.ParseAsync(self), "CoachEmail"));
        var stalePage = await PortalClient.ParseAsync(stale);
        Assert.Contains(
            "Someone else changed this enrolment while you were editing. Check the values below and save again.",
            Assertions.ErrorSummary(stalePage));
        Assert.Equal(other.Email, Assertions.FieldValue(stalePage, "MentorEmail"));
        var stored = await app.StoredEnrolmentAsync(enrolment.Id);
        Assert.Equal(mentor.Id, stored.MentorId);
        Assert.Null(stored.CoachId);
        Assert.Equal(enrolment.Version, stored.Version);
    }

    public void Dispose() => app.Dispose();
}
