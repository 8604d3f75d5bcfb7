using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using StretchPortal.Web.Data;
using StretchPortal.Web.Domain;
using StretchPortal.Web.Features.Shared;

namespace StretchPortal.Web.Features.Events;

/// <summary>
/// A programme's events as a whole: the list a person sees (the events of programmes they lead or take part in),
/// who takes part in what, and scheduling. Celebration events' running orders are <see cref="CelebrationsService"/>'s,
/// facilitated sessions' attendance is <see cref="SessionsService"/>'s.
/// </summary>
public sealed class EventsService(StretchPortalDbContext db, TimeProvider clock)
{
    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    public async Task<EventListViewModel> ListAsync(string personId, bool mayManageProgrammes, CancellationToken cancellationToken)
    {
        var now = Now;
        var led = db.Programmes.Where(p => mayManageProgrammes && p.Leads.Any(l => l.PersonId == personId)).Select(p => p.Id);
        var takesPart = ProgrammesTakenPartIn(personId);
        var invited = ProgrammesInvitedToSessions(personId);

        var celebrations = await db.CelebrationEvents.AsNoTracking()
            .Where(e => led.Contains(e.ProgrammeId) || takesPart.Contains(e.ProgrammeId))
            .OrderBy(e => e.StartsAt)
            .Select(e => new EventRowViewModel(e.Id, e.Title, e.Programme!.Name, e.StartsAt, e.Venue, e.StartsAt <= now, e.Presentations.Count))
            .ToListAsync(cancellationToken);
        var sessions = await db.FacilitatedSessions.AsNoTracking()
            .Where(s => led.Contains(s.ProgrammeId) || invited.Contains(s.ProgrammeId))
            .OrderBy(s => s.StartsAt)
            .Select(s => new EventRowViewModel(s.Id, s.Title, s.Programme!.Name, s.StartsAt, s.Location, s.StartsAt <= now, s.Attendance.Count))
            .ToListAsync(cancellationToken);
        return new EventListViewModel(celebrations, sessions, mayManageProgrammes);
    }

    /// <summary>The programmes the person leads, to schedule an event in.</summary>
    public async Task<IReadOnlyList<SelectListItem>> ProgrammeOptionsAsync(string leadId, CancellationToken cancellationToken) =>
        (await db.Programmes.AsNoTracking()
            .Where(p => p.Leads.Any(l => l.PersonId == leadId))
            .OrderBy(p => p.Name)
            .Select(p => new { p.Id, p.Name })
            .ToListAsync(cancellationToken))
        .Select(p => new SelectListItem(p.Name, p.Id.ToString()))
        .ToList();

    /// <summary>The programme with its leads, as <see cref="EventAuthorizationHandler"/> needs it.</summary>
    public Task<Programme?> FindProgrammeAsync(Guid? id, CancellationToken cancellationToken) =>
        db.Programmes.AsNoTracking().Include(p => p.Leads).SingleOrDefaultAsync(p => p.Id == id, cancellationToken);

    /// <summary>Whether the person is enrolled in, or supports someone enrolled in, the programme (withdrawals aside).</summary>
    public Task<bool> TakesPartAsync(Guid programmeId, string personId, CancellationToken cancellationToken) =>
        ProgrammesTakenPartIn(personId).AnyAsync(id => id == programmeId, cancellationToken);

    /// <summary>Whether the person is a mentor or sponsor in the programme: who facilitated sessions are for.</summary>
    public Task<bool> IsInvitedToSessionsAsync(Guid programmeId, string personId, CancellationToken cancellationToken) =>
        ProgrammesInvitedToSessions(personId).AnyAsync(id => id == programmeId, cancellationToken);

    public async Task<FormResult> ScheduleCelebrationAsync(Programme programme, ScheduleCelebrationForm form, CancellationToken cancellationToken)
    {
        var celebration = CelebrationEvent.Schedule(programme.Id, form.Title!, UkTime.ToUtc(form.Date!.Value, form.Time!.Value), form.Place, form.Description);
        db.CelebrationEvents.Add(celebration);
        await db.SaveChangesAsync(cancellationToken);
        return FormResult.Done(celebration.Id);
    }

    public async Task<FormResult> ScheduleSessionAsync(Programme programme, ScheduleSessionForm form, CancellationToken cancellationToken)
    {
        var session = FacilitatedSession.Schedule(programme.Id, form.Title!, UkTime.ToUtc(form.Date!.Value, form.Time!.Value), form.Place, form.Description);
        db.FacilitatedSessions.Add(session);
        await db.SaveChangesAsync(cancellationToken);
        return FormResult.Done(session.Id);
    }

    private IQueryable<Guid> ProgrammesTakenPartIn(string personId) =>
        db.Enrolments
            .Where(e => e.Status != EnrolmentStatus.Withdrawn
                && (e.MenteeId == personId || e.MentorId == personId || e.SponsorId == personId || e.CoachId == personId))
            .Select(e => e.Cohort!.ProgrammeId);

    private IQueryable<Guid> ProgrammesInvitedToSessions(string personId) =>
        db.Enrolments
            .Where(e => e.Status != EnrolmentStatus.Withdrawn && (e.MentorId == personId || e.SponsorId == personId))
            .Select(e => e.Cohort!.ProgrammeId);
}
