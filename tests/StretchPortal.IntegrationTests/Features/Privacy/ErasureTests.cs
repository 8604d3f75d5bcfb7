using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using StretchPortal.IntegrationTests.Infrastructure;
using StretchPortal.Web.Domain;
using StretchPortal.Web.Features.People;
using StretchPortal.Web.Security;

namespace StretchPortal.IntegrationTests.Features.Privacy;

public sealed class ErasureTests : IDisposable
{
    private readonly PortalApp app = new();

    [Fact]
    public async Task An_administrator_erases_a_person_leaving_the_figures_and_other_peoples_records_intact()
    {
        var admin = await app.PersonAsync("eraser@example.org", Roles.Administrator);
        var alice = await app.SubjectAsync("ALICE");
        var bob = await app.SubjectAsync("BOB");
        var name = alice.Mentee.FullName;
        var email = alice.Mentee.Email!;
        await app.WithDbAsync(async db =>
        {
            // Her name in someone else's notification and in an earlier audit entry: both must lose it.
            db.Notifications.Add(new Notification
            {
                RecipientId = alice.Network.Mentor.Id, Kind = NotificationKind.AssignmentSubmitted, Subject = $"{name} submitted an assignment",
                Message = $"Please review {name}'s assignment", Link = "/Assignments", CreatedAt = DateTime.UtcNow,
            });
            db.AuditEntries.Add(new AuditEntry
            {
                OccurredAt = DateTime.UtcNow, ActorId = alice.Mentee.Id, Action = "Person.ProfileChanged", EntityType = nameof(Person),
                EntityId = alice.Mentee.Id, Changes = $$"""{"Email":["old@example.org","{{email}}"]}""",
            });
            await db.SaveChangesAsync();
        });
        var programmeId = await app.WithDbAsync(db => db.Cohorts.Where(c => c.Id == alice.Network.Cohort.Id).Select(c => c.ProgrammeId).SingleAsync());
        using var lead = await app.SignedInAsync(alice.Network.Lead.Email!);
        var figuresBefore = await (await lead.GetAsync($"/Reports/Programme/{programmeId}/Cohorts.csv")).Content.ReadAsStringAsync();
        using var client = await app.SignedInAsync(admin.Email!);

        using var response = await client.PostFormAsync($"/People/Erase/{alice.Mentee.Id}", new() { ["Reason"] = "Request ref DSR-42" });

        Assertions.IsRedirectTo(response, $"/People/Details/{alice.Mentee.Id}");
        var figuresAfter = await (await lead.GetAsync($"/Reports/Programme/{programmeId}/Cohorts.csv")).Content.ReadAsStringAsync();
        Assert.Equal(figuresBefore, figuresAfter);
        var person = await app.WithDbAsync(db => db.Users.AsNoTracking().SingleAsync(p => p.Id == alice.Mentee.Id));
        Assert.Equal(ErasureService.ErasedName, person.FullName);
        Assert.Equal(ErasureService.ErasedEmail(person.Id), person.Email);
        Assert.Null(person.PasswordHash);
        Assert.False(person.IsActive);
        Assert.Null(person.JobTitle);
        Assert.Equal(0, await app.WithDbAsync(db => db.Users.CountAsync(p => p.FullName == name || p.Email == email || p.UserName == email)));
        Assert.Equal(0, await app.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.Changes!.Contains(name) || a.Changes!.Contains(email))));
        Assert.Equal(0, await app.WithDbAsync(db => db.Notifications.CountAsync(n => n.Subject.Contains(name) || n.Message.Contains(name))));
        Assert.Equal(0, await app.WithDbAsync(db => db.UserRoles.CountAsync(r => r.UserId == alice.Mentee.Id)));
        Assert.False(await app.WithDbAsync(db => db.EqualityDeclarations.AnyAsync(d => d.PersonId == alice.Mentee.Id)));
        Assert.False(await app.WithDbAsync(db => db.Notifications.AnyAsync(n => n.RecipientId == alice.Mentee.Id)));
        Assert.False(await app.WithDbAsync(db => db.CheckIns.AnyAsync(c => c.Notes == alice.OwnPrivateNote)));
        Assert.False(await app.WithDbAsync(db => db.ExpressionsOfInterest.AnyAsync(e => e.Statement == alice.Statement)));

        // The rows others depend on stay: her assignment, her mentor's note, the decision, the coach's session.
        Assert.True(await app.WithDbAsync(db => db.StretchAssignments.AnyAsync(a => a.Id == alice.Assignment.Id)));
        Assert.True(await app.WithDbAsync(db => db.CheckIns.AnyAsync(c => c.Notes == alice.MentorPrivateNote)));
        Assert.True(await app.WithDbAsync(db => db.SelectionDecisions.AnyAsync(d => d.ExpressionOfInterestId == alice.ExpressionOfInterestId)));
        Assert.True(await app.WithDbAsync(db => db.CoachingSessions.AnyAsync(s => s.Id == alice.CoachingSessionId && s.PrivateNotes == alice.CoachPrivateNote)));

        // Bob is untouched.
        var stillBob = await app.WithDbAsync(db => db.Users.AsNoTracking().SingleAsync(p => p.Id == bob.Mentee.Id));
        Assert.Equal(bob.Mentee.FullName, stillBob.FullName);
        Assert.True(await app.WithDbAsync(db => db.EqualityDeclarations.AnyAsync(d => d.PersonId == bob.Mentee.Id)));
        Assert.True(await app.WithDbAsync(db => db.CheckIns.AnyAsync(c => c.Notes == bob.OwnPrivateNote)));
        Assert.True(await app.WithDbAsync(db => db.ExpressionsOfInterest.AnyAsync(e => e.Statement == bob.Statement)));

        // The erasure is audited, with the reason and without her details.
        var entry = await app.WithDbAsync(db => db.AuditEntries.SingleAsync(a => a.Action == "Person.Erased"));
        Assert.Equal(alice.Mentee.Id, entry.EntityId);
        Assert.Equal(admin.Id, entry.ActorId);
        Assert.Contains("DSR-42", entry.Changes, StringComparison.Ordinal);
        Assert.DoesNotContain(email, entry.Changes, StringComparison.Ordinal);

        // And she can no longer sign in.
        using var her = app.NewClient();
        await Assert.ThrowsAsync<InvalidOperationException>(() => her.SignInAsync(email, TestData.Password));
    }

    [Fact]
    public async Task An_erased_person_is_listed_as_erased_and_their_account_cannot_be_reactivated_deactivated_or_given_roles()
    {
        var admin = await app.PersonAsync("admin@example.org", Roles.Administrator);
        var person = await app.PersonAsync("leaving@example.org", Roles.Mentee);
        using var client = await app.SignedInAsync(admin.Email!);
        Assertions.IsRedirectTo(await client.PostFormAsync($"/People/Erase/{person.Id}", new() { ["Reason"] = "Request ref DSR-7" }), $"/People/Details/{person.Id}");

        var list = await client.GetPageAsync("/People");
        var row = list.QuerySelectorAll("tbody tr").Single(r => r.QuerySelector("a")!.GetAttribute("href") == $"/People/Details/{person.Id}");
        var details = await client.GetPageAsync($"/People/Details/{person.Id}");
        using var reactivate = await client.PostAsync($"/People/Reactivate/{person.Id}", new(), "/People");
        using var roles = await client.PostAsync($"/People/Roles/{person.Id}", new() { ["Roles"] = Roles.Mentee }, "/People");
        var auditBefore = await app.WithDbAsync(db => db.AuditEntries.CountAsync());
        using var deactivate = await client.PostAsync($"/People/Deactivate/{person.Id}", new(), "/People");

        Assert.Equal("Erased", row.QuerySelector(".nhsuk-tag")!.TextContent.Trim());
        Assert.Contains("None (erased)", row.TextContent, StringComparison.Ordinal);
        Assert.Equal("Erased", details.QuerySelector("#person-status")!.TextContent.Trim());
        Assert.NotNull(details.QuerySelector("#erased-account"));
        Assert.Empty(details.QuerySelectorAll("main form"));
        Assert.Equal([PeopleService.Erased], Assertions.ErrorSummary(await PortalClient.ParseAsync(reactivate)));
        Assert.Equal([PeopleService.Erased], Assertions.ErrorSummary(await PortalClient.ParseAsync(roles)));
        Assert.Equal([PeopleService.Erased], Assertions.ErrorSummary(await PortalClient.ParseAsync(deactivate)));
        Assert.Equal(auditBefore, await app.WithDbAsync(db => db.AuditEntries.CountAsync()));
        Assert.False(await app.WithDbAsync(db => db.Users.Where(p => p.Id == person.Id).Select(p => p.IsActive).SingleAsync()));
        Assert.Equal(0, await app.WithDbAsync(db => db.UserRoles.CountAsync(r => r.UserId == person.Id)));
    }

    [Fact]
    public async Task An_administrator_cannot_erase_themselves()
    {
        var admin = await app.PersonAsync("self@example.org", Roles.Administrator);
        await app.PersonAsync("other.admin@example.org", Roles.Administrator);
        using var client = await app.SignedInAsync(admin.Email!);

        using var response = await client.PostFormAsync($"/People/Erase/{admin.Id}", new() { ["Reason"] = "Testing" });
        var page = await PortalClient.ParseAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(ErasureService.OwnErasure, Assertions.ErrorSummary(page));
        Assert.Equal("self@example.org", await app.WithDbAsync(db => db.Users.Where(p => p.Id == admin.Id).Select(p => p.Email).SingleAsync()));
    }

    [Fact]
    public async Task The_last_active_administrator_cannot_be_erased()
    {
        var only = await app.PersonAsync("only.admin@example.org", Roles.Administrator);
        var former = await app.PersonAsync("former.admin@example.org", Roles.Administrator);
        await app.WithDbAsync(db => db.Users.Where(p => p.Id == former.Id).ExecuteUpdateAsync(s => s.SetProperty(p => p.IsActive, false)));

        var outcome = await app.WithScopeAsync(services =>
            services.GetRequiredService<ErasureService>().EraseAsync(only.Id, "Testing", former.Id, CancellationToken.None));

        Assert.False(outcome.Succeeded);
        Assert.Equal(ErasureService.LastAdministrator, outcome.Refusal);
        Assert.Equal("only.admin@example.org", await app.WithDbAsync(db => db.Users.Where(p => p.Id == only.Id).Select(p => p.Email).SingleAsync()));
    }

    [Fact]
    public async Task A_missing_reason_is_refused_with_the_message()
    {
        var admin = await app.PersonAsync("admin@example.org", Roles.Administrator);
        var person = await app.PersonAsync("keep.me@example.org", Roles.Mentee);
        using var client = await app.SignedInAsync(admin.Email!);

        using var response = await client.PostFormAsync($"/People/Erase/{person.Id}", new() { ["Reason"] = "" });
        var page = await PortalClient.ParseAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Enter the reason for erasing this person", Assertions.ErrorSummary(page));
        Assert.Equal("keep.me@example.org", await app.WithDbAsync(db => db.Users.Where(p => p.Id == person.Id).Select(p => p.Email).SingleAsync()));
    }

    [Theory]
    [InlineData(Roles.ProgrammeLead)]
    [InlineData(Roles.Mentee)]
    public async Task Nobody_but_an_administrator_may_erase(string role)
    {
        var person = await app.PersonAsync(null, role);
        var target = await app.PersonAsync();
        using var client = await app.SignedInAsync(person.Email!);

        using var page = await client.GetAsync($"/People/Erase/{target.Id}");
        using var post = await client.PostAsync($"/People/Erase/{target.Id}", new() { ["Reason"] = "x" }, "/Profile");

        Assert.Equal(HttpStatusCode.Forbidden, page.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, post.StatusCode);
        Assert.Equal(target.Email, await app.WithDbAsync(db => db.Users.Where(p => p.Id == target.Id).Select(p => p.Email).SingleAsync()));
    }

    public void Dispose() => app.Dispose();
}
