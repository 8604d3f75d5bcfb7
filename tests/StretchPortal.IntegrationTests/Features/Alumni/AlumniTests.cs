using System.Net;
using Microsoft.EntityFrameworkCore;
using StretchPortal.IntegrationTests.Features.Events;
using StretchPortal.IntegrationTests.Features.Weeks;
using StretchPortal.IntegrationTests.Infrastructure;
using StretchPortal.Web.Domain;
using StretchPortal.Web.Security;

namespace StretchPortal.IntegrationTests.Features.Alumni;

public sealed class AlumniTests : IDisposable
{
    private readonly PortalApp app = new();

    public void Dispose() => app.Dispose();

    [Fact]
    public async Task Anonymous_visitors_are_sent_to_sign_in()
    {
        using var client = app.NewClient();

        foreach (var url in new[] { "/Alumni", "/Alumni/Profile", "/Alumni/Post", $"/Alumni/Members/{Guid.NewGuid()}" })
        {
            using var response = await client.GetAsync(url);
            Assertions.IsRedirectToSignIn(response);
        }
    }

    [Fact]
    public async Task A_mentee_who_is_not_alumni_gets_403_and_no_alumni_link()
    {
        var network = await app.SupportNetworkAsync();
        using var mentee = await app.SignedInAsync(network.Mentee.Email!);

        using var index = await mentee.GetAsync("/Alumni");
        using var profile = await mentee.GetAsync("/Alumni/Profile");
        using var optIn = await mentee.PostAsync("/Alumni/Profile", new() { ["Role"] = "Director", ["Organisation"] = "Trust" });

        Assert.All(new[] { index, profile, optIn }, r => Assert.Equal(HttpStatusCode.Forbidden, r.StatusCode));
        Assert.Equal(0, await app.WithDbAsync(db => db.AlumniProfiles.CountAsync()));
        Assert.Null((await mentee.GetPageAsync("/")).QuerySelector("nav a[href='/Alumni']"));
    }

    [Fact]
    public async Task A_lead_welcomes_a_completed_mentee_to_the_alumni()
    {
        var network = await app.SupportNetworkAsync();
        await CompleteAsync(network.Enrolment.Id);
        using var lead = await app.SignedInAsync(network.Lead.Email!);
        var members = $"/Alumni/Members/{await app.ProgrammeIdAsync(network)}";

        using var response = await lead.PostFormAsync(members, new(), action: $"/Alumni/Join/{network.Enrolment.Id}");

        Assertions.IsRedirectTo(response, members);
        Assert.Equal(EnrolmentStatus.Alumni, await StatusAsync(network.Enrolment.Id));
        using var mentee = await app.SignedInAsync(network.Mentee.Email!);
        Assert.NotNull((await mentee.GetPageAsync("/")).QuerySelector("main a[href='/Alumni']"));
    }

    [Fact]
    public async Task An_active_enrolment_cannot_join_the_alumni()
    {
        var network = await app.SupportNetworkAsync();
        using var lead = await app.SignedInAsync(network.Lead.Email!);
        var members = $"/Alumni/Members/{await app.ProgrammeIdAsync(network)}";
        var version = await app.WithDbAsync(db => db.Enrolments.Where(e => e.Id == network.Enrolment.Id).Select(e => e.Version).SingleAsync());

        using var response = await lead.PostAsync($"/Alumni/Join/{network.Enrolment.Id}", new() { ["Version"] = version.ToString() }, members);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(["Only a completed enrolment can join the alumni."], Assertions.ErrorSummary(await PortalClient.ParseAsync(response)));
        Assert.Equal(EnrolmentStatus.Active, await StatusAsync(network.Enrolment.Id));
    }

    [Fact]
    public async Task A_lead_of_another_programme_and_a_mentor_cannot_welcome_anyone_to_the_alumni()
    {
        var network = await app.SupportNetworkAsync();
        await CompleteAsync(network.Enrolment.Id);
        var otherLead = await app.PersonAsync(roles: Roles.ProgrammeLead);
        await app.ProgrammeAsync(otherLead.Id, "Another programme");
        var version = await app.WithDbAsync(db => db.Enrolments.Where(e => e.Id == network.Enrolment.Id).Select(e => e.Version).SingleAsync());

        using var lead = await app.SignedInAsync(otherLead.Email!);
        using var leadMembers = await lead.GetAsync($"/Alumni/Members/{await app.ProgrammeIdAsync(network)}");
        using var leadJoin = await lead.PostAsync($"/Alumni/Join/{network.Enrolment.Id}", new() { ["Version"] = version.ToString() });
        using var mentor = await app.SignedInAsync(network.Mentor.Email!);
        using var mentorJoin = await mentor.PostAsync($"/Alumni/Join/{network.Enrolment.Id}", new() { ["Version"] = version.ToString() });

        Assert.All(new[] { leadMembers, leadJoin, mentorJoin }, r => Assert.Equal(HttpStatusCode.Forbidden, r.StatusCode));
        Assert.Equal(EnrolmentStatus.Completed, await StatusAsync(network.Enrolment.Id));
    }

    [Fact]
    public async Task An_alum_opts_in_and_other_alumni_of_the_programme_and_its_lead_see_them_in_the_directory()
    {
        var network = await app.SupportNetworkAsync();
        var assignment = await app.CompletedAssignmentAsync(network, "Falls prevention collaborative", AssignmentStatus.Presented);
        var classmate = await app.AnotherMenteeAsync(network);
        var elsewhere = await app.SupportNetworkAsync();
        foreach (var enrolment in new[] { network.Enrolment, classmate.Enrolment, elsewhere.Enrolment })
        {
            await CompleteAsync(enrolment.Id, joinAlumni: true);
        }

        using var alum = await app.SignedInAsync(network.Mentee.Email!);
        using var response = await alum.PostFormAsync("/Alumni/Profile", new()
        {
            ["Role"] = "Deputy Director of Nursing",
            ["Organisation"] = "University Hospitals of Leicester",
            ["AssignmentId"] = assignment.Id.ToString(),
        });

        Assertions.IsRedirectTo(response, "/Alumni");
        var profile = await app.WithDbAsync(db => db.AlumniProfiles.AsNoTracking().SingleAsync());
        Assert.True(profile.IsListed);
        Assert.Equal((network.Mentee.Id, network.Enrolment.Id, "Deputy Director of Nursing", "University Hospitals of Leicester", assignment.Id),
            (profile.PersonId, profile.EnrolmentId, profile.Role!, profile.Organisation!, profile.AssignmentId!.Value));
        foreach (var person in new[] { classmate.Mentee, network.Lead })
        {
            using var client = await app.SignedInAsync(person.Email!);
            var directory = (await client.GetPageAsync("/Alumni")).QuerySelector("#directory")!.TextContent;
            Assert.Contains(network.Mentee.FullName, directory, StringComparison.Ordinal);
            Assert.Contains("Deputy Director of Nursing, University Hospitals of Leicester", directory, StringComparison.Ordinal);
            Assert.Contains("Falls prevention collaborative", directory, StringComparison.Ordinal);
        }

        using var outsider = await app.SignedInAsync(elsewhere.Mentee.Email!);
        Assert.Null((await outsider.GetPageAsync("/Alumni")).QuerySelector("#directory"));
    }

    [Fact]
    public async Task Opting_in_without_a_role_shows_the_message_and_keeps_the_input()
    {
        var network = await app.SupportNetworkAsync();
        await CompleteAsync(network.Enrolment.Id, joinAlumni: true);
        using var alum = await app.SignedInAsync(network.Mentee.Email!);

        using var response = await alum.PostFormAsync("/Alumni/Profile", new() { ["Role"] = "", ["Organisation"] = "Leicester City Council" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await PortalClient.ParseAsync(response);
        Assert.Equal(["Enter your role, as the directory should show it"], Assertions.ErrorSummary(page));
        Assert.Equal("Leicester City Council", Assertions.FieldValue(page, "Organisation"));
        Assert.Equal(0, await app.WithDbAsync(db => db.AlumniProfiles.CountAsync()));
    }

    [Fact]
    public async Task An_alum_cannot_show_someone_elses_assignment()
    {
        var network = await app.SupportNetworkAsync();
        var classmate = await app.AnotherMenteeAsync(network);
        var theirs = await app.CompletedAssignmentAsync(classmate, "Not mine");
        await CompleteAsync(network.Enrolment.Id, joinAlumni: true);
        using var alum = await app.SignedInAsync(network.Mentee.Email!);

        using var response = await alum.PostFormAsync("/Alumni/Profile", new()
        {
            ["Role"] = "Director", ["Organisation"] = "Trust", ["AssignmentId"] = theirs.Id.ToString(),
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(["Choose one of your completed assignments from the list"], Assertions.ErrorSummary(await PortalClient.ParseAsync(response)));
        Assert.Equal(0, await app.WithDbAsync(db => db.AlumniProfiles.CountAsync()));
    }

    [Fact]
    public async Task An_alum_leaves_the_directory()
    {
        var network = await app.SupportNetworkAsync();
        await CompleteAsync(network.Enrolment.Id, joinAlumni: true);
        using var alum = await app.SignedInAsync(network.Mentee.Email!);
        using var joined = await alum.PostFormAsync("/Alumni/Profile", new() { ["Role"] = "Director", ["Organisation"] = "Trust" });
        Assertions.IsRedirectTo(joined, "/Alumni");

        using var left = await alum.PostFormAsync("/Alumni/Profile", new(), action: "/Alumni/OptOut");

        Assertions.IsRedirectTo(left, "/Alumni");
        Assert.False(await app.WithDbAsync(db => db.AlumniProfiles.Select(p => p.IsListed).SingleAsync()));
        Assert.Null((await alum.GetPageAsync("/Alumni")).QuerySelector("#directory"));
    }

    [Fact]
    public async Task A_lead_posts_an_event_for_the_programmes_alumni_in_UK_time()
    {
        var network = await app.SupportNetworkAsync();
        await CompleteAsync(network.Enrolment.Id, joinAlumni: true);
        var programmeId = await app.ProgrammeIdAsync(network);
        using var lead = await app.SignedInAsync(network.Lead.Email!);

        using var response = await lead.PostFormAsync("/Alumni/Post", new()
        {
            ["ProgrammeId"] = programmeId.ToString(),
            ["Kind"] = "Event",
            ["Title"] = "Networking evening",
            ["Body"] = "Join us for an evening with this year's cohort.",
            ["EventDate"] = "2027-06-10",
            ["EventTime"] = "18:00",
        });

        Assertions.IsRedirectTo(response, "/Alumni");
        var post = await app.WithDbAsync(db => db.AlumniPosts.AsNoTracking().SingleAsync());
        Assert.Equal((programmeId, AlumniPostKind.Event, "Networking evening", network.Lead.Id), (post.ProgrammeId, post.Kind, post.Title, post.AuthorId));
        Assert.Equal(new DateTime(2027, 6, 10, 17, 0, 0), post.EventStartsAt);
        using var alum = await app.SignedInAsync(network.Mentee.Email!);
        var card = (await alum.GetPageAsync("/Alumni")).QuerySelector($"[data-post='{post.Id}']")!.TextContent;
        Assert.Contains("10 June 2027 at 6pm", card, StringComparison.Ordinal);
        var outsider = await app.SupportNetworkAsync();
        await CompleteAsync(outsider.Enrolment.Id, joinAlumni: true);
        using var other = await app.SignedInAsync(outsider.Mentee.Email!);
        Assert.Null((await other.GetPageAsync("/Alumni")).QuerySelector($"[data-post='{post.Id}']"));
    }

    [Fact]
    public async Task Posting_an_event_without_its_date_shows_the_message_and_keeps_the_input()
    {
        var network = await app.SupportNetworkAsync();
        using var lead = await app.SignedInAsync(network.Lead.Email!);

        using var response = await lead.PostFormAsync("/Alumni/Post", new()
        {
            ["ProgrammeId"] = (await app.ProgrammeIdAsync(network)).ToString(),
            ["Kind"] = "Event",
            ["Title"] = "Networking evening",
            ["Body"] = "Join us.",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await PortalClient.ParseAsync(response);
        Assert.Equal(["Enter the date of the event", "Enter the start time of the event, like 18:00"], Assertions.ErrorSummary(page));
        Assert.Equal("Networking evening", Assertions.FieldValue(page, "Title"));
        Assert.Equal("Join us.", Assertions.FieldValue(page, "Body"));
        Assert.Equal(0, await app.WithDbAsync(db => db.AlumniPosts.CountAsync()));
    }

    [Fact]
    public async Task Only_a_lead_of_the_programme_posts_to_its_alumni()
    {
        var network = await app.SupportNetworkAsync();
        var otherLead = await app.PersonAsync(roles: Roles.ProgrammeLead);
        await app.ProgrammeAsync(otherLead.Id, "Another programme");
        var fields = new Dictionary<string, string>
        {
            ["ProgrammeId"] = (await app.ProgrammeIdAsync(network)).ToString(), ["Kind"] = "News", ["Title"] = "Forged", ["Body"] = "Forged",
        };

        using var lead = await app.SignedInAsync(otherLead.Email!);
        using var wrongProgramme = await lead.PostAsync("/Alumni/Post", fields);
        using var mentee = await app.SignedInAsync(network.Mentee.Email!);
        using var wrongRole = await mentee.PostAsync("/Alumni/Post", fields);

        Assert.Equal(HttpStatusCode.Forbidden, wrongProgramme.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, wrongRole.StatusCode);
        Assert.Equal(0, await app.WithDbAsync(db => db.AlumniPosts.CountAsync()));
    }

    private Task CompleteAsync(Guid enrolmentId, bool joinAlumni = false) =>
        app.WithDbAsync(async db =>
        {
            var enrolment = await db.Enrolments.SingleAsync(e => e.Id == enrolmentId);
            Assert.True(enrolment.Complete(DateTime.UtcNow).Succeeded);
            if (joinAlumni)
            {
                Assert.True(enrolment.JoinAlumni().Succeeded);
            }

            await db.SaveChangesAsync();
        });

    private Task<EnrolmentStatus> StatusAsync(Guid enrolmentId) =>
        app.WithDbAsync(db => db.Enrolments.Where(e => e.Id == enrolmentId).Select(e => e.Status).SingleAsync());
}
