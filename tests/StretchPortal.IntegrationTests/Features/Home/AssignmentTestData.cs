using Microsoft.EntityFrameworkCore;
using StretchPortal.IntegrationTests.Infrastructure;
using StretchPortal.Web.Domain;

namespace StretchPortal.IntegrationTests.Features.Home;

/// <summary>Stretch assignments, weeks and check-ins built through the entities' own methods, saved in one go.</summary>
internal static class AssignmentTestData
{
    /// <summary>
    /// An assignment of <paramref name="enrolment"/> taken to <paramref name="status"/> by its mentee and mentor (who
    /// must be set on the enrolment), with whatever <paramref name="weeks"/> adds, saved.
    /// </summary>
    public static Task<StretchAssignment> AssignmentAsync(
        this PortalApp app,
        Enrolment enrolment,
        string title,
        AssignmentStatus status,
        DateOnly start,
        DateOnly end,
        DateTime at,
        double hoursPerWeek = 7.5,
        Action<StretchAssignment>? weeks = null) =>
        app.WithDbAsync(async db =>
        {
            var priority = await db.IcsPriorities.Select(p => p.Id).FirstAsync();
            var details = new AssignmentDetails(
                title, AssignmentType.ServiceRedesign, null, "Shorter waits for a first appointment", null, "Lead the redesign",
                "A redesigned pathway", start, end, hoursPerWeek, null, [priority], []);
            var assignment = StretchAssignment.Draft(enrolment.Id, details, enrolment.MenteeId, at.AddDays(-10));
            var mentor = enrolment.MentorId ?? "";
            if (status != AssignmentStatus.Draft)
            {
                Must(assignment.Submit(enrolment.MenteeId, at.AddDays(-9)));
            }

            if (status == AssignmentStatus.ChangesRequested)
            {
                Must(assignment.RequestChanges(mentor, "Narrow the scope", at.AddDays(-8)));
            }

            if (status is AssignmentStatus.Agreed or AssignmentStatus.InProgress or AssignmentStatus.Completed)
            {
                Must(assignment.Agree(mentor, null, at.AddDays(-8)));
            }

            if (status is AssignmentStatus.InProgress or AssignmentStatus.Completed)
            {
                Must(assignment.Start(enrolment.MenteeId, at.AddDays(-7)));
            }

            weeks?.Invoke(assignment);
            if (status == AssignmentStatus.Completed)
            {
                Must(assignment.Complete(enrolment.MenteeId, "Waits fell", "Start early", "New triage", at.AddDays(-1)));
            }

            db.StretchAssignments.Add(assignment);
            await db.SaveChangesAsync();
            return assignment;
        });

    /// <summary>A week planned on its Monday and, when <paramref name="status"/> is given, updated with the hours worked.</summary>
    public static WeeklyDeliverable Week(
        this StretchAssignment assignment, DateOnly monday, DeliverableStatus? status = null, double hours = 0, DateTime? updatedAt = null)
    {
        var planned = monday.ToDateTime(new TimeOnly(9, 0), DateTimeKind.Utc);
        var week = WeeklyDeliverable.Planned(assignment.Id, monday, "Run the triage workshop", "Triage is the first change", planned);
        if (status is { } done)
        {
            Must(week.RecordProgress(done, "How it went", hours, updatedAt ?? planned.AddDays(4)));
        }

        assignment.Weeks.Add(week);
        return week;
    }

    public static void Must(Outcome outcome) =>
        Assert.True(outcome.Succeeded, outcome.Refusal);
}
