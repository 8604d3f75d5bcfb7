using System.Text;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using StretchPortal.Web.Data;
using StretchPortal.Web.Domain;
using StretchPortal.Web.Features.Notifications;
using StretchPortal.Web.Infrastructure.Email;

namespace StretchPortal.Web.Features.Calendar;

/// <summary>
/// The calendar invitations of the portal's meetings and events, in one place: what each is called, who organises it,
/// who is invited and how long it lasts. The portal records only when events and workshops start, so they last as
/// long as <see cref="WorkshopLength"/>, <see cref="CelebrationLength"/> and <see cref="CheckInSessionLength"/> say.
/// Things recorded by date only (check-ins, coaching sessions) are all-day entries.
/// Callers load the record and authorize first; events and workshops list only the person the invitation is for,
/// so nobody learns the other participants' email addresses from it.
/// </summary>
public sealed class CalendarService(StretchPortalDbContext db, IOptions<EmailOptions> emailOptions, TimeProvider clock)
{
    /// <summary>A live training workshop is a half-day (seed 003).</summary>
    public static readonly TimeSpan WorkshopLength = TimeSpan.FromHours(3.5);

    public static readonly TimeSpan CelebrationLength = TimeSpan.FromHours(2);

    public static readonly TimeSpan CheckInSessionLength = TimeSpan.FromHours(1);

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    /// <summary>The portal itself, organiser of the events and workshops it invites people to.</summary>
    private CalendarPerson Portal => new(emailOptions.Value.FromName, emailOptions.Value.FromAddress);

    /// <summary>A check-in: a whole day, organised by whoever recorded it, with the mentee and the supporters there.</summary>
    public async Task<CalendarInvite> CheckInAsync(CheckIn checkIn, Enrolment enrolment, CancellationToken cancellationToken)
    {
        var attendees = new List<Person?> { enrolment.Mentee };
        if (checkIn.WithMentor)
        {
            attendees.Add(enrolment.Mentor);
        }

        if (checkIn.WithSponsor)
        {
            attendees.Add(enrolment.Sponsor);
        }

        if (checkIn.WithCoach)
        {
            attendees.Add(enrolment.Coach);
        }

        var author = await PersonAsync(checkIn.AuthorId, cancellationToken) ?? Portal;
        var mentee = enrolment.Mentee?.FullName ?? "a mentee";
        return CalendarInvitation.Build(
            new CalendarEntry(
                "check-in",
                CalendarInvitation.UidFor(checkIn.Id),
                $"Check-in: {mentee}",
                $"Stretch assignment check-in of {mentee} ({enrolment.Cohort?.Programme?.Name}). The notes and agreed actions are in StretchPortal.",
                null,
                CalendarWhen.AllDay(checkIn.HeldOn),
                author,
                People(attendees)),
            Now);
    }

    /// <summary>A coaching session: a whole day, organised by the coach, with the coachee.</summary>
    public async Task<CalendarInvite> CoachingSessionAsync(CoachingRelationship relationship, CoachingSession session, CancellationToken cancellationToken)
    {
        var coach = await PersonAsync(relationship.CoachId, cancellationToken) ?? Portal;
        var coachee = await PersonAsync(relationship.CoacheeId, cancellationToken);
        return CalendarInvitation.Build(
            new CalendarEntry(
                "coaching-session",
                CalendarInvitation.UidFor(session.Id),
                $"Coaching session: {coach.Name} and {coachee?.Name ?? "coachee"}",
                $"Career coaching session ({session.Minutes} minutes, {session.Mode.ToString().ToLowerInvariant()}).",
                null,
                CalendarWhen.AllDay(session.HeldOn),
                coach,
                coachee is null ? [coach] : [coach, coachee]),
            Now);
    }

    /// <summary>A coaching training workshop, for the coach who booked it (or the lead looking at it).</summary>
    public CalendarInvite Workshop(CoachingWorkshop workshop, CalendarPerson attendee) =>
        CalendarInvitation.Build(
            new CalendarEntry(
                "coaching-workshop",
                CalendarInvitation.UidFor(workshop.Id),
                $"Coaching training: workshop {workshop.Part}",
                $"Live coaching training workshop {workshop.Part} of 2 (Clinical Leadership Career Coaching). Place or meeting link: {workshop.Place}",
                workshop.Place,
                CalendarWhen.Between(workshop.StartsAtUtc, workshop.StartsAtUtc + WorkshopLength),
                Portal,
                [attendee]),
            Now);

    public CalendarInvite Celebration(CelebrationEvent celebration, string programmeName, CalendarPerson attendee) =>
        CalendarInvitation.Build(
            new CalendarEntry(
                "celebration-event",
                CalendarInvitation.UidFor(celebration.Id),
                celebration.Title,
                Describe($"Celebration event of {programmeName}: mentees present their completed stretch assignments.", celebration.Description),
                celebration.Venue,
                CalendarWhen.Between(celebration.StartsAt, celebration.StartsAt + CelebrationLength),
                Portal,
                [attendee]),
            Now);

    public CalendarInvite CheckInSession(FacilitatedSession session, string programmeName, CalendarPerson attendee) =>
        CalendarInvitation.Build(
            new CalendarEntry(
                "check-in-session",
                CalendarInvitation.UidFor(session.Id),
                session.Title,
                Describe($"Facilitated check-in session of {programmeName} for mentors and sponsors.", session.Description),
                session.Location,
                CalendarWhen.Between(session.StartsAt, session.StartsAt + CheckInSessionLength),
                Portal,
                [attendee]),
            Now);

    /// <summary>The person as a calendar attendee; null if they are gone or have no email address.</summary>
    public async Task<CalendarPerson?> PersonAsync(string personId, CancellationToken cancellationToken)
    {
        var person = await db.Users.AsNoTracking()
            .Where(p => p.Id == personId)
            .Select(p => new { p.FullName, p.Email })
            .SingleOrDefaultAsync(cancellationToken);
        return person?.Email is null ? null : new CalendarPerson(person.FullName, person.Email);
    }

    private static string Describe(string what, string? description) =>
        string.IsNullOrWhiteSpace(description) ? what : $"{what}\n\n{description}";

    private static List<CalendarPerson> People(IEnumerable<Person?> people) =>
        people.OfType<Person>().Where(p => p.Email is not null).Select(p => new CalendarPerson(p.FullName, p.Email!)).ToList();
}

/// <summary>Sends an invitation as a download.</summary>
public static class CalendarInviteResults
{
    public static FileContentResult ToFile(this CalendarInvite invite) =>
        new(Encoding.UTF8.GetBytes(invite.Content), $"{CalendarInvitation.ContentType}; charset=utf-8") { FileDownloadName = invite.FileName };
}
