using StretchPortal.Web.Features.Calendar;

namespace StretchPortal.IntegrationTests.Features.Calendar;

/// <summary>The invitation builder on its own: what Outlook and other clients read from the file.</summary>
public sealed class CalendarInvitationTests
{
    private static readonly CalendarPerson Organizer = new("Ada Lead", "ada@example.org");

    private static CalendarEntry Entry(CalendarWhen when, Guid id) => new(
        "celebration-event",
        CalendarInvitation.UidFor(id),
        "Cohort A celebration",
        "Mentees present their assignments;\nall welcome, too.",
        "Town hall, Leicester",
        when,
        Organizer,
        [new("Bea Mentee", "bea@example.org"), new("Cal Mentor", "cal@example.org")]);

    [Fact]
    public void A_summer_event_is_written_in_UK_time_an_hour_ahead_of_UTC()
    {
        var id = Guid.NewGuid();

        var invite = CalendarInvitation.Build(Entry(CalendarWhen.Between(new DateTime(2027, 7, 15, 13, 0, 0, DateTimeKind.Utc), new DateTime(2027, 7, 15, 15, 0, 0, DateTimeKind.Utc)), id), DateTime.UtcNow);

        Assert.Equal("celebration-event-2027-07-15.ics", invite.FileName);
        Assert.Contains("DTSTART;TZID=Europe/London:20270715T140000", invite.Content, StringComparison.Ordinal);
        Assert.Contains("BEGIN:VTIMEZONE", invite.Content, StringComparison.Ordinal);
        var calendarEvent = Ics.Invitation(Ics.Parse(invite.Content), id);
        Ics.IsAt(calendarEvent, new DateTime(2027, 7, 15, 14, 0, 0), new DateTime(2027, 7, 15, 16, 0, 0), new DateTime(2027, 7, 15, 13, 0, 0, DateTimeKind.Utc));
        Assert.Equal(("Cohort A celebration", "Town hall, Leicester"), (calendarEvent.Summary, calendarEvent.Location));
        Assert.Equal("Mentees present their assignments;\nall welcome, too.", calendarEvent.Description);
        Assert.Equal("ada@example.org", Ics.Organizer(calendarEvent));
        Assert.Equal("Ada Lead", calendarEvent.Organizer!.CommonName);
        Assert.Equal(["bea@example.org", "cal@example.org"], Ics.Attendees(calendarEvent));
        Assert.Equal(["Bea Mentee", "Cal Mentor"], calendarEvent.Attendees.Select(a => a.CommonName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_winter_event_is_written_in_UK_time_equal_to_UTC()
    {
        var id = Guid.NewGuid();

        var invite = CalendarInvitation.Build(Entry(CalendarWhen.Between(new DateTime(2027, 1, 12, 9, 0, 0, DateTimeKind.Utc), new DateTime(2027, 1, 12, 10, 0, 0, DateTimeKind.Utc)), id), DateTime.UtcNow);

        Assert.Contains("DTSTART;TZID=Europe/London:20270112T090000", invite.Content, StringComparison.Ordinal);
        Ics.IsAt(Ics.Invitation(Ics.Parse(invite.Content), id), new DateTime(2027, 1, 12, 9, 0, 0), new DateTime(2027, 1, 12, 10, 0, 0), new DateTime(2027, 1, 12, 9, 0, 0, DateTimeKind.Utc));
    }

    [Fact]
    public void Something_recorded_by_date_only_is_an_all_day_event_without_an_invented_time()
    {
        var id = Guid.NewGuid();

        var invite = CalendarInvitation.Build(Entry(CalendarWhen.AllDay(new DateOnly(2026, 12, 1)), id), DateTime.UtcNow);

        Assert.Equal("celebration-event-2026-12-01.ics", invite.FileName);
        Assert.Contains("DTSTART;VALUE=DATE:20261201", invite.Content, StringComparison.Ordinal);
        Assert.Contains("DTEND;VALUE=DATE:20261202", invite.Content, StringComparison.Ordinal);
        Ics.IsAllDay(Ics.Invitation(Ics.Parse(invite.Content), id), new DateOnly(2026, 12, 1));
    }
}
