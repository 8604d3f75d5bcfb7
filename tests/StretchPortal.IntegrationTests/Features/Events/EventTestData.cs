using Microsoft.EntityFrameworkCore;
using StretchPortal.IntegrationTests.Features.Home;
using StretchPortal.IntegrationTests.Features.Weeks;
using StretchPortal.IntegrationTests.Infrastructure;
using StretchPortal.Web.Domain;

namespace StretchPortal.IntegrationTests.Features.Events;

/// <summary>Celebration events, facilitated sessions and completed assignments for the events tests, saved.</summary>
internal static class EventTestData
{
    public static DateTime Now => DateTime.UtcNow;

    /// <summary>A completed (or presented) assignment of the network's mentee, titled so, linked to the first ICS priority.</summary>
    public static async Task<StretchAssignment> CompletedAssignmentAsync(
        this PortalApp app, SupportNetwork network, string title, AssignmentStatus status = AssignmentStatus.Completed)
    {
        var assignment = await app.AssignmentAsync(
            network.Enrolment, title, AssignmentStatus.Completed, SupportNetworkTestData.Today.AddDays(-60), SupportNetworkTestData.Today.AddDays(-5), Now.AddDays(-2));
        if (status == AssignmentStatus.Presented)
        {
            await app.WithDbAsync(async db =>
            {
                var stored = await db.StretchAssignments.SingleAsync(a => a.Id == assignment.Id);
                AssignmentTestData.Must(stored.MarkPresented(network.Lead.Id, Now.AddDays(-1)));
                await db.SaveChangesAsync();
            });
        }

        return assignment;
    }

    /// <summary>Another mentee in the same cohort, with the same mentor, so that more than one assignment can be presented.</summary>
    public static async Task<SupportNetwork> AnotherMenteeAsync(this PortalApp app, SupportNetwork network)
    {
        var mentee = await app.PersonAsync(roles: Web.Security.Roles.Mentee);
        var enrolment = await app.EnrolmentAsync(network.Cohort.Id, mentee.Id, network.Mentor.Id, network.Sponsor.Id, network.Coach.Id);
        return network with { Mentee = mentee, Enrolment = enrolment };
    }

    public static Task<CelebrationEvent> CelebrationAsync(this PortalApp app, Guid programmeId, DateTime startsAt, params Guid[] runningOrder) =>
        app.WithDbAsync(async db =>
        {
            var celebration = CelebrationEvent.Schedule(programmeId, "Cohort A celebration", startsAt, "Town hall", null);
            for (var i = 0; i < runningOrder.Length; i++)
            {
                celebration.Presentations.Add(new Presentation { EventId = celebration.Id, AssignmentId = runningOrder[i], Position = i + 1 });
            }

            db.CelebrationEvents.Add(celebration);
            await db.SaveChangesAsync();
            return celebration;
        });

    public static Task<FacilitatedSession> SessionAsync(this PortalApp app, Guid programmeId, DateTime startsAt) =>
        app.WithDbAsync(async db =>
        {
            var session = FacilitatedSession.Schedule(programmeId, "Sponsors' check-in", startsAt, "Teams", null);
            db.FacilitatedSessions.Add(session);
            await db.SaveChangesAsync();
            return session;
        });

    public static Task<Guid> ProgrammeIdAsync(this PortalApp app, SupportNetwork network) =>
        app.WithDbAsync(db => db.Cohorts.Where(c => c.Id == network.Cohort.Id).Select(c => c.ProgrammeId).SingleAsync());
}
