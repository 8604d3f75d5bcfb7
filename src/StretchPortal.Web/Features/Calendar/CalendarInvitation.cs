using System.Globalization;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;
using StretchPortal.Web.Domain;
using StretchPortal.Web.Features.Notifications;

namespace StretchPortal.Web.Features.Calendar;

/// <summary>Someone in a calendar invitation: their name and email address.</summary>
public sealed record CalendarPerson(string Name, string Email);

/// <summary>
/// When a calendar entry happens: either a UTC start and end (shown in UK time) or, for things the portal records
/// only by date, a whole day.
/// </summary>
public sealed record CalendarWhen
{
    private CalendarWhen()
    {
    }

    public DateTime? StartsAtUtc { get; private init; }

    public DateTime? EndsAtUtc { get; private init; }

    public DateOnly? Day { get; private init; }

    /// <summary>The UK date it happens on, for the file name.</summary>
    public DateOnly UkDate => Day ?? DateOnly.FromDateTime(UkTime.FromUtc(StartsAtUtc!.Value));

    public static CalendarWhen Between(DateTime startsAtUtc, DateTime endsAtUtc) => new() { StartsAtUtc = startsAtUtc, EndsAtUtc = endsAtUtc };

    public static CalendarWhen AllDay(DateOnly day) => new() { Day = day };
}

/// <summary>
/// Something to put in people's calendars. <paramref name="Kind"/> names the file ("check-in" gives
/// "check-in-2026-12-01.ics"); <paramref name="Uid"/> stays the same for the same record, so a second download or email
/// updates the entry rather than adding another.
/// </summary>
public sealed record CalendarEntry(
    string Kind,
    string Uid,
    string Summary,
    string? Description,
    string? Location,
    CalendarWhen When,
    CalendarPerson Organizer,
    IReadOnlyList<CalendarPerson> Attendees);

/// <summary>
/// Writes an RFC 5545 invitation (METHOD:REQUEST) that Outlook, Google, Apple and other calendars accept: the
/// Europe/London time zone, the event in UK time with its organiser and attendees.
/// </summary>
public static class CalendarInvitation
{
    public const string TimeZoneId = "Europe/London";

    public const string ProductId = "-//StretchPortal//Calendar invitations//EN";

    public const string ContentType = "text/calendar";

    /// <summary>The UID for a record: "{id}@stretchportal".</summary>
    public static string UidFor(Guid id) => $"{id:D}@stretchportal";

    public static CalendarInvite Build(CalendarEntry entry, DateTime stampUtc)
    {
        var calendar = new Ical.Net.Calendar { ProductId = ProductId, Method = "REQUEST" };
        calendar.AddTimeZone(VTimeZone.FromDateTimeZone(TimeZoneId, entry.When.UkDate.AddYears(-1).ToDateTime(TimeOnly.MinValue), includeHistoricalData: false));

        var calendarEvent = new CalendarEvent
        {
            Uid = entry.Uid,
            DtStamp = new CalDateTime(DateTime.SpecifyKind(stampUtc, DateTimeKind.Utc)),
            Summary = entry.Summary,
            Description = entry.Description,
            Location = entry.Location,
            Sequence = 0,
            Status = "CONFIRMED",
            Transparency = "OPAQUE",
            Organizer = new Organizer(MailTo(entry.Organizer.Email)) { CommonName = entry.Organizer.Name },
        };
        if (entry.When.Day is { } day)
        {
            calendarEvent.DtStart = new CalDateTime(day);
            calendarEvent.DtEnd = new CalDateTime(day.AddDays(1));
        }
        else
        {
            calendarEvent.DtStart = InUkTime(entry.When.StartsAtUtc!.Value);
            calendarEvent.DtEnd = InUkTime(entry.When.EndsAtUtc!.Value);
        }

        foreach (var attendee in entry.Attendees.DistinctBy(a => a.Email, StringComparer.OrdinalIgnoreCase))
        {
            calendarEvent.Attendees.Add(new Attendee(MailTo(attendee.Email))
            {
                CommonName = attendee.Name,
                Role = "REQ-PARTICIPANT",
                ParticipationStatus = "NEEDS-ACTION",
                Rsvp = false,
            });
        }

        calendar.Events.Add(calendarEvent);
        var content = new CalendarSerializer().SerializeToString(calendar)
            ?? throw new InvalidOperationException("The calendar could not be written.");
        return new CalendarInvite(FileName(entry), content);
    }

    private static string FileName(CalendarEntry entry) =>
        $"{entry.Kind}-{entry.When.UkDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}.ics";

    private static CalDateTime InUkTime(DateTime utc)
    {
        var uk = UkTime.FromUtc(utc);
        return new CalDateTime(DateOnly.FromDateTime(uk), TimeOnly.FromDateTime(uk), TimeZoneId);
    }

    private static string MailTo(string email) => $"mailto:{email}";
}
