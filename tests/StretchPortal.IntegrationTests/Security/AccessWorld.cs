using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using StretchPortal.IntegrationTests.Features.Opportunities;
using StretchPortal.IntegrationTests.Features.Resources;
using StretchPortal.IntegrationTests.Infrastructure;
using StretchPortal.Web.Data;
using StretchPortal.Web.Data.Seeding;
using StretchPortal.Web.Domain;
using StretchPortal.Web.Security;

namespace StretchPortal.IntegrationTests.Security;

/// <summary>
/// The world the access table runs against, built once per test class: the demo programme (its lead, the demo
/// mentee Amara with her mentor, sponsor and coach, her assignment under way with weeks, her check-ins, PDR
/// objectives, coaching relationship and sessions, the celebration event and facilitated sessions, the
/// administrator), plus her expression of interest in an open opportunity and a resource for everyone; and
/// "someone else": another programme with its own lead, mentee, mentor, sponsor and coach. Each principal has one
/// signed-in client and an anti-forgery token minted for it by a page it can see.
/// </summary>
public sealed class AccessWorld : IAsyncLifetime
{
    private readonly Dictionary<Who, (PortalClient Client, string Token)> sessions = [];
    private readonly Dictionary<Who, string> emails = [];
    private readonly Dictionary<string, string> records = new(StringComparer.Ordinal);

    public PortalApp App { get; } = new() { Settings = { ["Benchmark:Baseline"] = "true" } };

    public static IReadOnlyList<Who> Principals { get; } =
    [
        Who.Anonymous, Who.Mentee, Who.Mentor, Who.Sponsor, Who.Coach, Who.Lead, Who.Admin,
        Who.OtherMentee, Who.OtherMentor, Who.OtherSponsor, Who.OtherCoach, Who.OtherLead, Who.Alumnus,
    ];

    public async Task InitializeAsync()
    {
        await App.WithScopeAsync(async services =>
        {
            await services.GetRequiredService<DemoDataSeeder>().SeedAsync(CancellationToken.None);
            return 0;
        });

        foreach (var (who, email) in new[]
                 {
                     (Who.Mentee, "mentee@example.org"), (Who.Mentor, "mentor@example.org"), (Who.Sponsor, "sponsor@example.org"),
                     (Who.Coach, "coach@example.org"), (Who.Lead, "lead@example.org"), (Who.Admin, "admin@example.org"),
                     (Who.Alumnus, "samuel.boateng@example.org"),
                 })
        {
            emails[who] = email;
        }

        var otherLead = await App.PersonAsync("other.lead@example.org", Roles.ProgrammeLead);
        var (_, otherCohort) = await App.ProgrammeAsync(otherLead.Id, "Another programme");
        var otherMentee = await App.PersonAsync("other.mentee@example.org", Roles.Mentee);
        var otherMentor = await App.PersonAsync("other.mentor@example.org", Roles.Mentor);
        var otherSponsor = await App.PersonAsync("other.sponsor@example.org", Roles.Sponsor);
        var otherCoach = await App.PersonAsync("other.coach@example.org", Roles.Coach);
        await App.EnrolmentAsync(otherCohort.Id, otherMentee.Id, otherMentor.Id, otherSponsor.Id, otherCoach.Id);
        emails[Who.OtherLead] = otherLead.Email!;
        emails[Who.OtherMentee] = otherMentee.Email!;
        emails[Who.OtherMentor] = otherMentor.Email!;
        emails[Who.OtherSponsor] = otherSponsor.Email!;
        emails[Who.OtherCoach] = otherCoach.Email!;

        var bystander = await App.PersonAsync("bystander@example.org", Roles.Mentee);
        var leadId = await App.WithDbAsync(db => db.Users.Where(p => p.Email == "lead@example.org").Select(p => p.Id).SingleAsync());
        var menteeId = await App.WithDbAsync(db => db.Users.Where(p => p.Email == "mentee@example.org").Select(p => p.Id).SingleAsync());
        var opportunity = await App.OpportunityAsync(leadId, title: "Acting Head of Access Control");
        var interest = await App.InterestAsync(opportunity.Id, menteeId, leadId);
        var resource = await App.ResourceAsync("Access for everyone");

        await App.WithDbAsync(async db =>
        {
            var enrolment = await db.Enrolments.Include(e => e.Cohort).SingleAsync(e => e.MenteeId == menteeId);
            var assignment = await db.StretchAssignments.Where(a => a.EnrolmentId == enrolment.Id && a.Status == AssignmentStatus.InProgress).SingleAsync();
            var weeks = await db.WeeklyDeliverables.Where(w => w.AssignmentId == assignment.Id).OrderBy(w => w.WeekStarting).ToListAsync();
            var checkInAction = await db.CheckInActions.Where(a => db.CheckIns.Any(c => c.Id == a.CheckInId && c.EnrolmentId == enrolment.Id)).FirstAsync();
            var tariq = await db.Enrolments.Where(e => e.CohortId == enrolment.CohortId && e.MenteeId != menteeId && e.Status == EnrolmentStatus.Active)
                .OrderBy(e => e.EnrolledAt).ThenBy(e => e.Id).Select(e => e.Id).FirstAsync();
            records["Programme"] = enrolment.Cohort!.ProgrammeId.ToString();
            records["Cohort"] = enrolment.CohortId.ToString();
            records["Enrolment"] = enrolment.Id.ToString();
            records["AnotherEnrolment"] = tariq.ToString();
            records["Assignment"] = assignment.Id.ToString();
            records["Week"] = weeks[0].Id.ToString();
            records["WeekDate"] = weeks[^1].WeekStarting.AddDays(7).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            records["CheckInAction"] = checkInAction.Id.ToString();
            var objectives = await db.PdrObjectives.Where(p => p.PersonId == menteeId).OrderBy(p => p.Id).Select(p => p.Id).ToListAsync();
            records["Pdr"] = objectives[0].ToString();
            records["PdrToDelete"] = objectives[1].ToString();
            records["Showcase"] = (await db.StretchAssignments.Where(a => a.Status == AssignmentStatus.Presented).Select(a => a.Id).FirstAsync()).ToString();
            records["Celebration"] = (await db.CelebrationEvents.Where(c => c.ProgrammeId == enrolment.Cohort.ProgrammeId)
                .OrderByDescending(c => c.StartsAt).Select(c => c.Id).FirstAsync()).ToString();
            records["Session"] = (await db.FacilitatedSessions.Where(s => s.ProgrammeId == enrolment.Cohort.ProgrammeId)
                .OrderByDescending(s => s.StartsAt).Select(s => s.Id).FirstAsync()).ToString();
            records["Relationship"] = (await db.CoachingRelationships.Where(r => r.CoacheeId == menteeId).Select(r => r.Id).SingleAsync()).ToString();
            records["Workshop"] = (await db.CoachingWorkshops.OrderByDescending(w => w.StartsAtUtc).Select(w => w.Id).FirstAsync()).ToString();
            records["Organisation"] = (await db.Organisations.OrderBy(o => o.Name).Select(o => o.Id).FirstAsync()).ToString();
            records["Application"] = (await db.CoachApplications.Where(a => a.Status == CoachApplicationStatus.Submitted).Select(a => a.Id).FirstAsync()).ToString();
            records["Booking"] = (await db.CoachingWorkshopBookings.Select(b => b.Id).FirstAsync()).ToString();
            records["IcsPriority"] = (await db.IcsPriorities.OrderBy(p => p.SortOrder).Select(p => p.Id).FirstAsync()).ToString();
            records["CheckIn"] = (await db.CheckIns.Where(c => c.EnrolmentId == enrolment.Id).Select(c => c.Id).FirstAsync()).ToString();
            var relationshipId = Guid.Parse(records["Relationship"]);
            records["CoachingSession"] = (await db.CoachingSessions.Where(c => c.CoachingRelationshipId == relationshipId).Select(c => c.Id).FirstAsync()).ToString();
            var notification = new Notification
            {
                RecipientId = menteeId,
                Kind = NotificationKind.AssignmentAgreed,
                Subject = "Your assignment was agreed",
                Message = "Your mentor agreed your assignment.",
                Link = "/",
                CreatedAt = DateTime.UtcNow,
            };
            db.Notifications.Add(notification);
            await db.SaveChangesAsync();
            records["Notification"] = notification.Id.ToString();
        });
        records["Opportunity"] = opportunity.Id.ToString();
        records["Eoi"] = interest.Id.ToString();
        records["Resource"] = resource.Id.ToString();
        records["Person"] = bystander.Id;
        records["Token"] = "demo-link-already-used";
    }

    /// <summary>The row's URL with its world names filled in.</summary>
    public string Url(AccessRow row)
    {
        var url = row.Url;
        foreach (var (name, value) in records)
        {
            url = url.Replace("{" + name + "}", Uri.EscapeDataString(value), StringComparison.Ordinal);
        }

        return url.Contains('{', StringComparison.Ordinal) ? throw new InvalidOperationException($"Unknown record in {row.Url}") : url;
    }

    /// <summary>The principal's client and an anti-forgery token for it (a fresh sign-in when asked).</summary>
    public async Task<(PortalClient Client, string Token)> SessionAsync(Who who, bool fresh = false)
    {
        if (!fresh && sessions.TryGetValue(who, out var session))
        {
            return session;
        }

        var client = App.NewClient();
        if (who != Who.Anonymous)
        {
            await client.SignInAsync(emails[who], emails[who].StartsWith("other.", StringComparison.Ordinal) ? TestData.Password : DemoDataSeeder.Password);
        }

        var page = await client.GetPageAsync(who == Who.Anonymous ? "/Account/Login" : "/");
        var token = page.QuerySelector("input[name=__RequestVerificationToken]")?.GetAttribute("value")
            ?? throw new InvalidOperationException($"No anti-forgery token for {who}");
        session = (client, token);
        if (!fresh)
        {
            sessions[who] = session;
        }

        return session;
    }

    /// <summary>
    /// Drops the principal's kept session after they signed out elsewhere: signing out renews the security stamp, which
    /// ends every session of that person, so the next row signs them in afresh.
    /// </summary>
    public void Forget(Who who)
    {
        if (sessions.Remove(who, out var session))
        {
            session.Client.Dispose();
        }
    }

    /// <summary>How many changes the audit trail holds: a refused POST must not add one.</summary>
    public Task<int> ChangesAsync() =>
        App.WithDbAsync(db => db.Set<AuditEntry>().CountAsync(e => !e.Action.Contains("Refused") && !e.Action.Contains("SignIn")));

    public Task<T> QueryAsync<T>(Func<StretchPortalDbContext, Task<T>> query) => App.WithDbAsync(query);

    public Task DisposeAsync()
    {
        foreach (var (client, _) in sessions.Values)
        {
            client.Dispose();
        }

        App.Dispose();
        return Task.CompletedTask;
    }
}
