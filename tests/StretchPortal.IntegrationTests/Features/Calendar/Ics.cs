using System.Net;
using Ical.Net.CalendarComponents;

namespace StretchPortal.IntegrationTests.Features.Calendar;

/// <summary>Reads calendar files the way a calendar client does: with Ical.Net's own parser.</summary>
internal static class Ics
{
    public static Ical.Net.Calendar Parse(string content) =>
        Ical.Net.Calendar.Load(content) ?? throw new InvalidOperationException("Not an iCalendar file: " + content);

    /// <summary>A download: 200, text/calendar, the file name given, parsed.</summary>
    public static async Task<Ical.Net.Calendar> DownloadedAsync(HttpResponseMessage response, string fileName)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/calendar", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(fileName, response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
        return Parse(await response.Content.ReadAsStringAsync());
    }

    /// <summary>The one event of an invitation, after checking the invitation's frame: METHOD, PRODID, the UK time zone, the UID.</summary>
    public static CalendarEvent Invitation(Ical.Net.Calendar calendar, Guid recordId)
    {
        Assert.Equal("REQUEST", calendar.Method);
        Assert.Equal("-//StretchPortal//Calendar invitations//EN", calendar.ProductId);
        Assert.Equal("Europe/London", Assert.Single(calendar.TimeZones).TzId);
        var calendarEvent = Assert.Single(calendar.Events);
        Assert.Equal($"{recordId}@stretchportal", calendarEvent.Uid);
        Assert.NotNull(calendarEvent.DtStamp);
        Assert.Equal(0, calendarEvent.Sequence);
        return calendarEvent;
    }

    /// <summary>Starts and ends at these UK wall-clock times, in Europe/London.</summary>
    public static void IsAt(CalendarEvent calendarEvent, DateTime ukStart, DateTime ukEnd, DateTime utcStart)
    {
        Assert.True(calendarEvent.DtStart!.HasTime);
        Assert.Equal("Europe/London", calendarEvent.DtStart.TzId);
        Assert.Equal("Europe/London", calendarEvent.DtEnd!.TzId);
        Assert.Equal(ukStart, calendarEvent.DtStart.Value);
        Assert.Equal(ukEnd, calendarEvent.DtEnd.Value);
        Assert.Equal(utcStart, calendarEvent.DtStart.AsUtc);
    }

    /// <summary>A whole day: DTSTART;VALUE=DATE and DTEND the day after.</summary>
    public static void IsAllDay(CalendarEvent calendarEvent, DateOnly day)
    {
        Assert.False(calendarEvent.DtStart!.HasTime);
        Assert.False(calendarEvent.DtEnd!.HasTime);
        Assert.Equal(day.ToDateTime(TimeOnly.MinValue), calendarEvent.DtStart.Value);
        Assert.Equal(day.AddDays(1).ToDateTime(TimeOnly.MinValue), calendarEvent.DtEnd.Value);
    }

    public static string Organizer(CalendarEvent calendarEvent) => Address(calendarEvent.Organizer!.Value!);

    public static string[] Attendees(CalendarEvent calendarEvent) =>
        calendarEvent.Attendees.Select(a => Address(a.Value!)).Order(StringComparer.Ordinal).ToArray();

    public static string[] Sorted(params string?[] emails) => emails.Select(e => e!).Order(StringComparer.Ordinal).ToArray();

    private static string Address(Uri mailto)
    {
        Assert.Equal("mailto", mailto.Scheme);
        return mailto.ToString()["mailto:".Length..];
    }
}
