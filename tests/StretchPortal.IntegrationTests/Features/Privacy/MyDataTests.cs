using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using StretchPortal.IntegrationTests.Infrastructure;

namespace StretchPortal.IntegrationTests.Features.Privacy;

public sealed class MyDataTests : IDisposable
{
    private static readonly string[] Sections =
    [
        "profile", "roles", "programmesLed", "enrolments", "assignments", "assignmentEvents", "weeks", "checkIns", "checkInActions",
        "pdrObjectives", "expressionsOfInterest", "selectionDecisions", "equalityDeclaration", "coachApplications",
        "coachingWorkshopBookings", "coachingRelationships", "coachingSessions", "coachSupervisions", "resourceRecommendations",
        "sessionAttendance", "alumniProfile", "alumniPosts", "leaverRecord", "notifications", "auditEntries",
    ];

    private readonly PortalApp app = new();

    [Fact]
    public async Task A_mentee_downloads_every_section_of_their_own_data_and_nobody_elses()
    {
        var alice = await app.SubjectAsync("ALICE");
        var bob = await app.SubjectAsync("BOB");
        using var client = await app.SignedInAsync(alice.Mentee.Email!);

        using var response = await client.GetAsync("/Privacy/Download");
        var text = await response.Content.ReadAsStringAsync();
        using var json = JsonDocument.Parse(text);
        var root = json.RootElement;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("attachment", response.Content.Headers.ContentDisposition?.ToString(), StringComparison.Ordinal);
        Assert.All(Sections, s => Assert.True(root.TryGetProperty(s, out _), $"missing section {s}"));
        Assert.Equal(alice.Mentee.Email, root.GetProperty("profile").GetProperty("Email").GetString());
        Assert.Contains("Mentee", root.GetProperty("roles").EnumerateArray().Select(r => r.GetString()));
        Assert.Equal(alice.Assignment.Id, Assert.Single(root.GetProperty("assignments").EnumerateArray()).GetProperty("Id").GetGuid());
        Assert.NotEmpty(root.GetProperty("assignmentEvents").EnumerateArray());
        Assert.Single(root.GetProperty("weeks").EnumerateArray());
        Assert.Equal(2, root.GetProperty("checkIns").GetArrayLength());
        Assert.Contains(alice.OwnPrivateNote, text, StringComparison.Ordinal);
        Assert.DoesNotContain(alice.MentorPrivateNote, text, StringComparison.Ordinal);
        Assert.Contains("ALICE objective", text, StringComparison.Ordinal);
        Assert.Equal(alice.ExpressionOfInterestId, Assert.Single(root.GetProperty("expressionsOfInterest").EnumerateArray()).GetProperty("Id").GetGuid());
        Assert.Equal("Shortlisted", Assert.Single(root.GetProperty("selectionDecisions").EnumerateArray()).GetProperty("Decision").GetString());
        Assert.Equal("WhiteBritish", root.GetProperty("equalityDeclaration").GetProperty("EthnicGroup").GetString());
        Assert.Single(root.GetProperty("coachingRelationships").EnumerateArray());
        var session = Assert.Single(root.GetProperty("coachingSessions").EnumerateArray());
        Assert.Equal(JsonValueKind.Null, session.GetProperty("PrivateNotes").ValueKind);
        Assert.DoesNotContain(alice.CoachPrivateNote, text, StringComparison.Ordinal);
        Assert.Contains("ALICE your assignment was agreed", text, StringComparison.Ordinal);
        Assert.Contains(root.GetProperty("auditEntries").EnumerateArray(), a => a.GetProperty("Action").GetString() == "SignIn.Succeeded");
        Assert.EndsWith("Z", root.GetProperty("exportedAtUtc").GetString(), StringComparison.Ordinal);
        Assert.DoesNotContain("PasswordHash", text, StringComparison.Ordinal);
        Assert.DoesNotContain("SecurityStamp", text, StringComparison.Ordinal);
        Assert.DoesNotContain("BOB", text, StringComparison.Ordinal);
        Assert.DoesNotContain(bob.Mentee.Id, text, StringComparison.Ordinal);
        Assert.DoesNotContain(bob.Mentee.Email!, text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_coach_download_carries_their_private_session_notes_and_is_audited()
    {
        var alice = await app.SubjectAsync("ALICE");
        using var client = await app.SignedInAsync(alice.Network.Coach.Email!);

        var text = await (await client.GetAsync("/Privacy/Download")).Content.ReadAsStringAsync();

        Assert.Contains(alice.CoachPrivateNote, text, StringComparison.Ordinal);
        Assert.DoesNotContain(alice.OwnPrivateNote, text, StringComparison.Ordinal);
        var audited = await app.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.Action == "Person.DataDownloaded" && a.EntityId == alice.Network.Coach.Id && a.ActorId == alice.Network.Coach.Id));
        Assert.Equal(1, audited);
    }

    [Fact]
    public async Task The_page_explains_the_download_and_links_to_it()
    {
        var person = await app.PersonAsync();
        using var client = await app.SignedInAsync(person.Email!);

        var page = await client.GetPageAsync("/Privacy/MyData");

        Assert.Equal("Download your data", page.QuerySelector("h1")?.TextContent.Trim());
        Assert.NotNull(page.QuerySelector("a[href='/Privacy/Download']"));
    }

    [Theory]
    [InlineData("/Privacy/MyData")]
    [InlineData("/Privacy/Download")]
    public async Task An_anonymous_visitor_is_sent_to_sign_in(string url)
    {
        using var client = app.NewClient();

        using var response = await client.GetAsync(url);

        Assertions.IsRedirectToSignIn(response);
    }

    [Fact]
    public async Task The_privacy_notice_is_open_to_everyone_linked_from_the_footer_and_names_the_contact()
    {
        app.Settings["Privacy:Contact"] = "dpo@trust.example.org";
        using var client = app.NewClient();

        var page = await client.GetPageAsync("/Privacy");

        Assert.Equal("Privacy notice", page.QuerySelector("h1")?.TextContent.Trim());
        Assert.Contains("public task", page.Body!.TextContent, StringComparison.Ordinal);
        Assert.Contains("explicit consent", page.Body.TextContent, StringComparison.Ordinal);
        Assert.Contains("dpo@trust.example.org", page.Body.TextContent, StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector("footer a[href='/Privacy']"));
    }

    public void Dispose() => app.Dispose();
}
