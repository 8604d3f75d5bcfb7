using Microsoft.EntityFrameworkCore;
using StretchPortal.IntegrationTests.Infrastructure;
using StretchPortal.Web.Domain;
using StretchPortal.Web.Security;

namespace StretchPortal.IntegrationTests.Features.Weeks;

/// <summary>A mentee enrolled with a mentor, a sponsor and a coach, each holding their role, in a programme with a lead.</summary>
internal sealed record SupportNetwork(Person Mentee, Person Mentor, Person Sponsor, Person Coach, Person Lead, Cohort Cohort, Enrolment Enrolment);

/// <summary>Builders for the weeks and check-ins tests, valid by default.</summary>
internal static class SupportNetworkTestData
{
    public const double AgreedHours = 20;

    public static DateOnly Today => DateOnly.FromDateTime(DateTime.UtcNow);

    /// <summary>The Monday of the week <paramref name="weeksFromNow"/> weeks from this one (negative: in the past).</summary>
    public static DateOnly Week(int weeksFromNow) => AssignmentSchedule.MondayOf(Today).AddDays(7 * weeksFromNow);

    public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    public static async Task<SupportNetwork> SupportNetworkAsync(this PortalApp app)
    {
        var lead = await app.PersonAsync(roles: Roles.ProgrammeLead);
        var (_, cohort) = await app.ProgrammeAsync(lead.Id);
        var mentee = await app.PersonAsync(roles: Roles.Mentee);
        var mentor = await app.PersonAsync(roles: Roles.Mentor);
        var sponsor = await app.PersonAsync(roles: Roles.Sponsor);
        var coach = await app.PersonAsync(roles: Roles.Coach);
        var enrolment = await app.EnrolmentAsync(cohort.Id, mentee.Id, mentor.Id, sponsor.Id, coach.Id);
        return new SupportNetwork(mentee, mentor, sponsor, coach, lead, cohort, enrolment);
    }

    /// <summary>
    /// An assignment drafted by the mentee, submitted and agreed by the mentor (unless <paramref name="agree"/> is
    /// false: then it stays a draft), running from three weeks ago to four weeks ahead.
    /// </summary>
    public static Task<StretchAssignment> AssignmentAsync(this PortalApp app, SupportNetwork network, bool agree = true) =>
        app.WithDbAsync(async db =>
        {
            var priority = await db.IcsPriorities.OrderBy(p => p.SortOrder).FirstAsync();
            var now = DateTime.UtcNow;
            var details = new AssignmentDetails(
                "Redesign the discharge pathway",
                AssignmentType.ServiceRedesign,
                null,
                "Cut delayed discharges by a fifth",
                null,
                "Project lead",
                "A new pathway agreed by the board",
                Week(-3),
                Week(4).AddDays(4),
                AgreedHours,
                null,
                [priority.Id],
                []);
            var assignment = StretchAssignment.Draft(network.Enrolment.Id, details, network.Mentee.Id, now);
            if (agree)
            {
                Assert.True(assignment.Submit(network.Mentee.Id, now).Succeeded);
                Assert.True(assignment.Agree(network.Mentor.Id, null, now).Succeeded);
            }

            db.StretchAssignments.Add(assignment);
            await db.SaveChangesAsync();
            return assignment;
        });

    /// <summary>A week the mentee has planned and, if <paramref name="hoursWorked"/> is given, updated.</summary>
    public static Task<WeeklyDeliverable> WeekAsync(
        this PortalApp app, StretchAssignment assignment, DateOnly weekStarting, double? hoursWorked = null,
        DeliverableStatus status = DeliverableStatus.Done) =>
        app.WithDbAsync(async db =>
        {
            var week = WeeklyDeliverable.Planned(assignment.Id, weekStarting, "Map the current pathway", "The map shows where delays start", DateTime.UtcNow);
            if (hoursWorked is { } hours)
            {
                Assert.True(week.RecordProgress(status, "Went to plan", hours, DateTime.UtcNow).Succeeded);
            }

            db.WeeklyDeliverables.Add(week);
            await db.SaveChangesAsync();
            return week;
        });

    public static Task<WeeklyDeliverable> StoredWeekAsync(this PortalApp app, Guid id) =>
        app.WithDbAsync(db => db.WeeklyDeliverables.AsNoTracking().SingleAsync(w => w.Id == id));
}
