using Microsoft.EntityFrameworkCore;
using StretchPortal.Web.Domain;

namespace StretchPortal.Web.Data.Seeding;

/// <summary>
/// Two unread notifications for the demo mentor, about assignments of their mentees that wait for their agreement or
/// are under way, so that the header shows an unread count on first sign-in. Kept rows only: no email is sent.
/// </summary>
internal static class DemoNotifications
{
    public static async Task SeedAsync(StretchPortalDbContext db, DateTime now, CancellationToken cancellationToken)
    {
        var mentorId = await db.Users.Where(p => p.NormalizedEmail == "MENTOR@EXAMPLE.ORG").Select(p => p.Id).SingleOrDefaultAsync(cancellationToken);
        if (mentorId is null)
        {
            return;
        }

        var assignments = await db.StretchAssignments.AsNoTracking()
            .Where(a => a.Enrolment!.MentorId == mentorId)
            .OrderBy(a => a.Title)
            .Select(a => new { a.Id, a.Title, a.Status, Mentee = db.Users.Where(p => p.Id == a.Enrolment!.MenteeId).Select(p => p.FullName).Single() })
            .ToListAsync(cancellationToken);
        var submitted = assignments.FirstOrDefault(a => a.Status == AssignmentStatus.Submitted);
        if (submitted is not null)
        {
            db.Notifications.Add(new Notification
            {
                RecipientId = mentorId,
                Kind = NotificationKind.AssignmentSubmitted,
                Subject = $"{submitted.Mentee} submitted \"{submitted.Title}\" for your agreement",
                Message = $"{submitted.Mentee} submitted the stretch assignment \"{submitted.Title}\" for your agreement. Read it, then agree it or ask for changes.",
                Link = $"/Assignments/Details/{submitted.Id}",
                CreatedAt = now.AddHours(-3),
            });
        }

        var running = assignments.FirstOrDefault(a => a.Status == AssignmentStatus.InProgress);
        if (running is not null)
        {
            db.Notifications.Add(new Notification
            {
                RecipientId = mentorId,
                Kind = NotificationKind.HoursOverAgreement,
                Subject = $"{running.Mentee} worked more than the agreed hours on \"{running.Title}\"",
                Message = $"{running.Mentee} recorded more hours last week than agreed for \"{running.Title}\".",
                Link = $"/Weeks?assignmentId={running.Id}",
                CreatedAt = now.AddDays(-1),
            });
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
