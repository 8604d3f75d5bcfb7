using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using StretchPortal.IntegrationTests.Infrastructure;
using StretchPortal.Web.Domain;
using StretchPortal.Web.Features.Coaching;
using StretchPortal.Web.Security;
using static StretchPortal.IntegrationTests.Features.Coaching.CoachingTestData;

namespace StretchPortal.IntegrationTests.Features.Coaching;

public sealed class CoachTrainingAndMatchingTests : IDisposable
{
    private static readonly string[] Parts = ["1", "2"];

    private readonly PortalApp app = new();

    public void Dispose() => app.Dispose();

    [Fact]
    public async Task An_approved_coach_books_both_workshops_and_once_attended_and_the_recording_confirmed_is_trained()
    {
        var lead = await app.PersonAsync(roles: Roles.ProgrammeLead);
        var coach = await app.PersonAsync();
        var application = await app.ApplicationAsync(coach.Id, approvedBy: lead.Id);
        using var leadClient = await app.SignedInAsync(lead.Email!);
        var tomorrow = Iso(Today.AddDays(1));
        foreach (var part in Parts)
        {
            using var added = await leadClient.PostFormAsync("/Coaching/Workshops", new()
            {
                ["Part"] = part, ["Date"] = tomorrow, ["StartTime"] = "09:45", ["Place"] = "Virtual via MS Teams", ["Capacity"] = "12",
            }, "/Coaching/Workshops");
            Assertions.IsRedirectTo(added, "/Coaching/Workshops");
        }

        using var coachClient = await app.SignedInAsync(coach.Email!);
        var workshops = await app.WithDbAsync(db => db.CoachingWorkshops.AsNoTracking().OrderBy(w => w.Part).ToListAsync());
        Assert.Equal(2, workshops.Count);
        foreach (var workshop in workshops)
        {
            using var booked = await coachClient.PostFormAsync("/Coaching", [], $"/Coaching/Book/{workshop.Id}");
            Assertions.IsRedirectTo(booked, "/Coaching");
        }

        var page = await coachClient.GetPageAsync("/Coaching");
        Assert.Empty(page.QuerySelectorAll("tr[data-workshop]"));

        using (var confirmed = await coachClient.PostFormAsync("/Coaching", [], "/Coaching/ConfirmRecordedSession"))
        {
            Assertions.IsRedirectTo(confirmed, "/Coaching");
        }

        Assert.False((await CoachAsync(application.Id)).IsTrained);

        var bookings = await app.WithDbAsync(db => db.CoachingWorkshopBookings.AsNoTracking().ToListAsync());
        foreach (var booking in bookings)
        {
            using var attended = await leadClient.PostFormAsync("/Coaching/Workshops", new() { ["Attended"] = "true" }, $"/Coaching/Attendance/{booking.Id}");
            Assertions.IsRedirectTo(attended, "/Coaching/Workshops");
        }

        var trained = await CoachAsync(application.Id);
        Assert.True(trained.IsTrained);
        Assert.NotNull(trained.RecordedSessionConfirmedAtUtc);
        Assert.Contains("Trained", (await coachClient.GetPageAsync("/Coaching")).QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_coach_cannot_book_two_dates_of_the_same_workshop()
    {
        var lead = await app.PersonAsync(roles: Roles.ProgrammeLead);
        var coach = await app.PersonAsync();
        await app.ApplicationAsync(coach.Id, approvedBy: lead.Id);
        var (first, second) = await app.WithDbAsync(async db =>
        {
            var a = new CoachingWorkshop { Part = 1, StartsAtUtc = DateTime.UtcNow.AddDays(3), Place = "Teams", Capacity = 5 };
            var b = new CoachingWorkshop { Part = 1, StartsAtUtc = DateTime.UtcNow.AddDays(9), Place = "Teams", Capacity = 5 };
            db.CoachingWorkshops.AddRange(a, b);
            await db.SaveChangesAsync();
            return (a, b);
        });
        using var client = await app.SignedInAsync(coach.Email!);
        using (await client.PostFormAsync("/Coaching", [], $"/Coaching/Book/{first.Id}"))
        {
        }

        using var again = await client.PostAsync($"/Coaching/Book/{second.Id}", [], "/Coaching");

        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal(["You have already booked a date for workshop 1."], Assertions.ErrorSummary(await PortalClient.ParseAsync(again)));
        Assert.Equal(1, await app.WithDbAsync(db => db.CoachingWorkshopBookings.CountAsync()));
    }

    [Fact]
    public async Task An_untrained_coach_cannot_be_matched()
    {
        var lead = await app.PersonAsync(roles: Roles.ProgrammeLead);
        var coach = await app.PersonAsync();
        var coachee = await app.PersonAsync(roles: Roles.Mentee);
        await app.ApplicationAsync(coach.Id, approvedBy: lead.Id);
        using var client = await app.SignedInAsync(lead.Email!);

        var page = await client.GetPageAsync($"/Coaching/Match?coacheeEmail={Uri.EscapeDataString(coachee.Email!)}");
        Assert.Empty(page.QuerySelectorAll("tr[data-coach]"));

        using var response = await client.PostAsync(
            $"/Coaching/Match?coacheeEmail={Uri.EscapeDataString(coachee.Email!)}",
            new() { ["CoacheeId"] = coachee.Id, ["CoachId"] = coach.Id },
            "/Coaching/Match");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal([CoachingRelationshipsService.Untrained], Assertions.ErrorSummary(await PortalClient.ParseAsync(response)));
        Assert.Equal(0, await app.WithDbAsync(db => db.CoachingRelationships.CountAsync()));
        Assert.False(await IsInRoleAsync(coach.Id, Roles.Coach));
    }

    [Fact]
    public async Task A_lead_matches_a_coachee_with_a_trained_coach_who_is_given_the_coach_role()
    {
        var lead = await app.PersonAsync(roles: Roles.ProgrammeLead);
        var coach = await app.PersonAsync();
        var coachee = await app.PersonAsync(roles: Roles.Mentee);
        await app.TrainedCoachAsync(coach.Id, lead.Id);
        using var client = await app.SignedInAsync(lead.Email!);
        var matchUrl = $"/Coaching/Match?coacheeEmail={Uri.EscapeDataString(coachee.Email!)}";

        using var response = await client.PostFormAsync(matchUrl, [], "/Coaching/Match");

        Assertions.IsRedirectTo(response, "/Coaching/Relationships");
        var relationship = await app.WithDbAsync(db => db.CoachingRelationships.AsNoTracking().SingleAsync());
        Assert.Equal((coach.Id, coachee.Id, lead.Id, DateOnly.FromDateTime(DateTime.UtcNow)), (relationship.CoachId, relationship.CoacheeId, relationship.MatchedById, relationship.MatchedOn));
        Assert.True(await IsInRoleAsync(coach.Id, Roles.Coach));
        Assert.Equal(1, await app.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.Action == "Person.RoleGranted" && a.EntityId == coach.Id)));
        var list = await client.GetPageAsync("/Coaching/Relationships");
        Assert.Contains("0 of 4", list.QuerySelector($"tr[data-relationship='{relationship.Id}']")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Suggestions_put_the_coachees_region_first_then_the_lightest_load_and_leave_out_their_organisation_and_full_coaches()
    {
        var lead = await app.PersonAsync(roles: Roles.ProgrammeLead);
        var trust = await app.OrganisationAsync("Coachee's trust");
        var coachee = await app.PersonAsync(roles: Roles.Mentee);
        await SetOrganisationAsync(coachee.Id, trust.Id, NhsRegion.NorthWest);
        var sameOrganisation = await app.PersonAsync();
        await SetOrganisationAsync(sameOrganisation.Id, trust.Id, NhsRegion.NorthWest);
        var northWestBusy = await app.PersonAsync();
        var northWestFree = await app.PersonAsync();
        var anyRegion = await app.PersonAsync();
        var londonOnly = await app.PersonAsync();
        var full = await app.PersonAsync();
        await app.TrainedCoachAsync(sameOrganisation.Id, lead.Id, CoachingRegions.NorthWest);
        await app.TrainedCoachAsync(northWestBusy.Id, lead.Id, CoachingRegions.NorthWest, capacity: 3);
        await app.TrainedCoachAsync(northWestFree.Id, lead.Id, CoachingRegions.NorthWest | CoachingRegions.London, capacity: 3);
        await app.TrainedCoachAsync(anyRegion.Id, lead.Id, CoachingRegions.Any, capacity: 2);
        await app.TrainedCoachAsync(londonOnly.Id, lead.Id, CoachingRegions.London);
        await app.TrainedCoachAsync(full.Id, lead.Id, CoachingRegions.NorthWest, capacity: 1);
        var other = await app.PersonAsync();
        var another = await app.PersonAsync();
        await app.RelationshipAsync(northWestBusy.Id, other.Id, lead.Id, Today);
        await app.RelationshipAsync(northWestBusy.Id, another.Id, lead.Id, Today);
        await app.RelationshipAsync(anyRegion.Id, other.Id, lead.Id, Today);
        await app.RelationshipAsync(full.Id, other.Id, lead.Id, Today);
        using var client = await app.SignedInAsync(lead.Email!);

        var page = await client.GetPageAsync($"/Coaching/Match?coacheeEmail={Uri.EscapeDataString(coachee.Email!)}");

        // In the region: free (0 of 3), any region (1 of 2), busy (2 of 3); then London only. Same organisation and full: left out.
        var suggested = page.QuerySelectorAll("tr[data-coach]").Select(r => r.GetAttribute("data-coach")).ToList();
        Assert.Equal([northWestFree.Id, anyRegion.Id, northWestBusy.Id, londonOnly.Id], suggested);
    }

    [Fact]
    public async Task A_mentee_cannot_match_coachees()
    {
        var mentee = await app.PersonAsync(roles: Roles.Mentee);
        using var client = await app.SignedInAsync(mentee.Email!);

        using var page = await client.GetAsync("/Coaching/Match");
        using var post = await client.PostAsync("/Coaching/Match", new() { ["CoacheeId"] = mentee.Id, ["CoachId"] = mentee.Id }, "/Coaching");

        Assert.Equal(HttpStatusCode.Forbidden, page.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, post.StatusCode);
        Assert.Equal(0, await app.WithDbAsync(db => db.CoachingRelationships.CountAsync()));
    }

    [Fact]
    public async Task A_lead_records_a_coachs_quarterly_supervision()
    {
        var lead = await app.PersonAsync(roles: Roles.ProgrammeLead);
        var coach = await app.PersonAsync();
        await app.ApplicationAsync(coach.Id, approvedBy: lead.Id);
        using var client = await app.SignedInAsync(lead.Email!);
        var quarter = CoachingQuarter.Of(Today);

        using var missing = await client.PostFormAsync("/Coaching/Supervision", new() { ["CoachId"] = coach.Id, ["Attended"] = "true" });
        Assert.Equal(HttpStatusCode.OK, missing.StatusCode);
        Assert.Equal(["Enter the date the coach attended supervision"], Assertions.ErrorSummary(await PortalClient.ParseAsync(missing)));

        using var response = await client.PostFormAsync("/Coaching/Supervision", new()
        {
            ["CoachId"] = coach.Id, ["Quarter"] = quarter.Key, ["Attended"] = "true", ["AttendedOn"] = Iso(Today),
        });

        Assertions.IsRedirectTo(response, "/Coaching/Supervision");
        var record = await app.WithDbAsync(db => db.CoachSupervisions.AsNoTracking().SingleAsync());
        Assert.Equal((coach.Id, quarter.Year, quarter.Quarter, true, Today), (record.CoachId, record.Year, record.Quarter, record.Attended, record.AttendedOn!.Value));
        var page = await client.GetPageAsync("/Coaching/Supervision");
        Assert.Contains("Attended", page.QuerySelector($"tr[data-coach='{coach.Id}']")!.TextContent, StringComparison.Ordinal);
    }

    private Task SetOrganisationAsync(string personId, Guid organisationId, NhsRegion region) =>
        app.WithDbAsync(async db =>
        {
            var person = await db.Users.SingleAsync(p => p.Id == personId);
            person.OrganisationId = organisationId;
            person.Region = region;
            await db.SaveChangesAsync();
        });

    private Task<bool> IsInRoleAsync(string personId, string role) =>
        app.WithScopeAsync(async services =>
        {
            var people = services.GetRequiredService<UserManager<Person>>();
            return await people.IsInRoleAsync((await people.FindByIdAsync(personId))!, role);
        });

    private Task<CoachApplication> CoachAsync(Guid id) =>
        app.WithDbAsync(db => db.CoachApplications.AsNoTracking().SingleAsync(a => a.Id == id));
}
