using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using StretchPortal.Web.Data;
using StretchPortal.Web.Domain;
using StretchPortal.Web.Features.Shared;

namespace StretchPortal.Web.Features.Events;

/// <summary>
/// Facilitated check-in sessions for a programme's mentors and sponsors (seed 000's "Mentors/ Directors/ Executives"):
/// who is invited and who attended, recorded by a lead once the session has started (<see cref="FacilitatedSession"/>).
/// </summary>
public sealed class SessionsService(StretchPortalDbContext db, TimeProvider clock)
{
    public const string ChangedMeanwhile =
        "Someone else recorded attendance for this session while you were editing. Check the attendance below and save again.";

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    /// <summary>The session with its attendance and its programme's leads; tracked, so it can be changed.</summary>
    public Task<FacilitatedSession?> FindAsync(Guid id, CancellationToken cancellationToken) =>
        db.FacilitatedSessions
            .Include(s => s.Attendance)
            .Include(s => s.Programme!).ThenInclude(p => p.Leads)
            .SingleOrDefaultAsync(s => s.Id == id, cancellationToken);

    public async Task<SessionViewModel> DetailsAsync(
        FacilitatedSession session, string viewerId, bool mayManage, RecordAttendanceForm? form, CancellationToken cancellationToken)
    {
        var invited = await InvitedAsync(session.ProgrammeId, cancellationToken);
        var attendedIds = session.Attendance.Select(a => a.PersonId).ToHashSet();
        var names = await db.Users.AsNoTracking()
            .Where(p => attendedIds.Contains(p.Id))
            .OrderBy(p => p.FullName)
            .Select(p => p.FullName)
            .ToListAsync(cancellationToken);
        var attendance = form ?? new RecordAttendanceForm { Attended = [.. attendedIds] };
        attendance.Version = session.Version;
        return new SessionViewModel
        {
            Id = session.Id,
            Version = session.Version,
            Title = session.Title,
            Programme = session.Programme!.Name,
            StartsAt = session.StartsAt,
            Location = session.Location,
            Description = session.Description,
            HasStarted = session.HasStarted(Now),
            MayManage = mayManage,
            AttendanceRecordedAt = session.AttendanceRecordedAt,
            Invited = mayManage ? invited.Select(i => new SelectListItem($"{i.Name} ({i.Role})", i.Id)).ToList() : [],
            Attended = mayManage ? names : [],
            YouAttended = session.AttendanceRecordedAt is null ? null : attendedIds.Contains(viewerId),
            Attendance = attendance,
        };
    }

    public async Task<FormResult> RecordAttendanceAsync(FacilitatedSession session, RecordAttendanceForm form, CancellationToken cancellationToken)
    {
        var invited = (await InvitedAsync(session.ProgrammeId, cancellationToken)).Select(i => i.Id).ToList();
        db.ExpectVersion(session, form.Version);
        var outcome = session.RecordAttendance(form.Attended.Distinct().ToList(), invited, Now);
        if (!outcome.Succeeded)
        {
            return FormResult.Refused(nameof(form.Attended), outcome.Refusal!);
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return FormResult.Done(session.Id);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return FormResult.Refused("", ChangedMeanwhile);
        }
    }

    /// <summary>The programme's mentors and sponsors, withdrawn enrolments aside, each once with the roles they hold in it.</summary>
    private async Task<IReadOnlyList<(string Id, string Name, string Role)>> InvitedAsync(Guid programmeId, CancellationToken cancellationToken)
    {
        var enrolments = db.Enrolments.Where(e => e.Cohort!.ProgrammeId == programmeId && e.Status != EnrolmentStatus.Withdrawn);
        var mentors = await enrolments.Where(e => e.MentorId != null)
            .Select(e => new { Id = e.MentorId!, e.Mentor!.FullName }).Distinct().ToListAsync(cancellationToken);
        var sponsors = await enrolments.Where(e => e.SponsorId != null)
            .Select(e => new { Id = e.SponsorId!, e.Sponsor!.FullName }).Distinct().ToListAsync(cancellationToken);
        return mentors.Select(m => (m.Id, m.FullName, "mentor"))
            .Concat(sponsors.Select(s => (s.Id, s.FullName, "sponsor")))
            .GroupBy(p => (p.Id, p.FullName))
            .Select(g => (g.Key.Id, g.Key.FullName, string.Join(" and ", g.Select(p => p.Item3))))
            .OrderBy(p => p.FullName, StringComparer.Ordinal)
            .ToList();
    }
}
