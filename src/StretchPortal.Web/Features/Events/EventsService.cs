using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using StretchPortal.Web.Data;
using StretchPortal.Web.Domain;
using StretchPortal.Web.Features.Calendar;
using StretchPortal.Web.Features.Notifications;
using StretchPortal.Web.Features.Shared;

namespace StretchPortal.Web.Features.Events;

/// <summary>
/// A programme's events as a whole: the list a person sees (the events of programmes they lead or take part in),
/// who takes part in what, and scheduling. Celebration events' running orders are <see cref="CelebrationsService"/>'s,
/// facilitated sessions' attendance is <see cref="SessionsService"/>'s.
/// </summary>
public sealed class EventsService(StretchPortalDbContext db, CalendarService calendar, NotificationsService notifications, TimeProvider clock)
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

        var guests = await GuestsAsync(ProgrammeTakers(programme.Id), cancellationToken);
        await notifications.NotifyAsync(
            guests.Select(guest => new Notice(
                guest.Id,
                NotificationKind.CelebrationScheduled,
                $"Celebration event: {celebration.Title}",
                $"{programme.Name} has scheduled its celebration event, {celebration.Title}, on {celebration.StartsAt.ToUkDisplay()} (UK time){At(celebration.Venue)}. "
                    + "Mentees present their completed stretch assignments. The calendar invitation is attached.",
                $"/Events/Celebration/{celebration.Id}")
            {
                Invite = calendar.Celebration(celebration, programme.Name, guest.Person),
            }),
            cancellationToken);
        return FormResult.Done(celebration.Id);
    }

    public async Task<FormResult> ScheduleSessionAsync(Programme programme, ScheduleSessionForm form, CancellationToken cancellationToken)
    {
        var session = FacilitatedSession.Schedule(programme.Id, form.Title!, UkTime.ToUtc(form.Date!.Value, form.Time!.Value), form.Place, form.Description);
        db.FacilitatedSessions.Add(session);
        await db.SaveChangesAsync(cancellationToken);

        var guests = await GuestsAsync(SessionInvitees(programme.Id), cancellationToken);
        await notifications.NotifyAsync(
            guests.Select(guest => new Notice(
                guest.Id,
                NotificationKind.CheckInSessionScheduled,
                $"Check-in session: {session.Title}",
                $"{programme.Name} has scheduled a facilitated check-in session for mentors and sponsors, {session.Title}, on {session.StartsAt.ToUkDisplay()} (UK time){At(session.Location)}. "
                    + "The calendar invitation is attached.",
                $"/Events/Session/{session.Id}")
            {
                Invite = calendar.CheckInSession(session, programme.Name, guest.Person),
            }),
            cancellationToken);
        return FormResult.Done(session.Id);
    }

    /// <summary>The person as an event's calendar attendee; null if they are gone or have no email address.</summary>
    public Task<CalendarPerson?> AttendeeAsync(string personId, CancellationToken cancellationToken) =>
        calendar.PersonAsync(personId, cancellationToken);

    private static string At(string? place) => place is null ? "" : $" at {place}";

    /// <summary>The people, each once, with the address their invitation names them by.</summary>
    private async Task<IReadOnlyList<(string Id, CalendarPerson Person)>> GuestsAsync(IQueryable<string> ids, CancellationToken cancellationToken) =>
        (await db.Users.AsNoTracking()
            .Where(p => ids.Contains(p.Id) && p.IsActive && p.Email != null)
            .OrderBy(p => p.Id)
            .Select(p => new { p.Id, p.FullName, p.Email })
            .ToListAsync(cancellationToken))
        .Select(p => (p.Id, new CalendarPerson(p.FullName, p.Email!)))
        .ToList();

    /// <summary>Who takes part in a programme and so sees its celebration events: its mentees, mentors, sponsors and coaches (withdrawals aside).</summary>
    private IQueryable<string> ProgrammeTakers(Guid programmeId)
    {
        var enrolments = db.Enrolments.Where(e => e.Cohort!.ProgrammeId == programmeId && e.Status != EnrolmentStatus.Withdrawn);
        return enrolments.Select(e => e.MenteeId)
            .Concat(enrolments.Where(e => e.MentorId != null).Select(e => e.MentorId!))
            .Concat(enrolments.Where(e => e.SponsorId != null).Select(e => e.SponsorId!))
            .Concat(enrolments.Where(e => e.CoachId != null).Select(e => e.CoachId!));
    }

    /// <summary>Whom a programme's facilitated check-in sessions are for: its mentors and sponsors (withdrawals aside).</summary>
    private IQueryable<string> SessionInvitees(Guid programmeId)
    {
        var enrolments = db.Enrolments.Where(e => e.Cohort!.ProgrammeId == programmeId && e.Status != EnrolmentStatus.Withdrawn);
        return enrolments.Where(e => e.MentorId != null).Select(e => e.MentorId!)
            .Concat(enrolments.Where(e => e.SponsorId != null).Select(e => e.SponsorId!));
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
