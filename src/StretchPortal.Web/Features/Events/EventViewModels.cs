using Microsoft.AspNetCore.Mvc.Rendering;
using StretchPortal.Web.Domain;

namespace StretchPortal.Web.Features.Events;

/// <summary>The events a person leads or takes part in, soonest first, and whether they may schedule more.</summary>
public sealed record EventListViewModel(
    IReadOnlyList<EventRowViewModel> Celebrations, IReadOnlyList<EventRowViewModel> Sessions, bool MaySchedule);

/// <summary>One event in a list; <see cref="StartsAt"/> is UTC.</summary>
public sealed record EventRowViewModel(Guid Id, string Title, string Programme, DateTime StartsAt, string? Place, bool HasTakenPlace, int Count);

/// <summary>A celebration event with its running order; the lead's controls when <see cref="MayManage"/>.</summary>
public sealed class CelebrationViewModel
{
    public required Guid Id { get; init; }

    public required Guid Version { get; init; }

    public required string Title { get; init; }

    public required string Programme { get; init; }

    public required DateTime StartsAt { get; init; }

    public string? Venue { get; init; }

    public string? Description { get; init; }

    public bool HasTakenPlace { get; init; }

    public bool MayManage { get; init; }

    public IReadOnlyList<PresentationRowViewModel> RunningOrder { get; init; } = [];

    /// <summary>The form to add one, kept with its errors after a refused post.</summary>
    public AddPresentationForm Add { get; init; } = new();

    public bool AwaitsRecording => HasTakenPlace && RunningOrder.Any(r => r.Status == AssignmentStatus.Completed);
}

public sealed record PresentationRowViewModel(int Position, Guid AssignmentId, string Title, string Mentee, AssignmentStatus Status);

/// <summary>A facilitated session, who is invited, and who attended.</summary>
public sealed class SessionViewModel
{
    public required Guid Id { get; init; }

    public required Guid Version { get; init; }

    public required string Title { get; init; }

    public required string Programme { get; init; }

    public required DateTime StartsAt { get; init; }

    public string? Location { get; init; }

    public string? Description { get; init; }

    public bool HasStarted { get; init; }

    public bool MayManage { get; init; }

    public DateTime? AttendanceRecordedAt { get; init; }

    /// <summary>The people invited (the programme's mentors and sponsors), for the lead's attendance form.</summary>
    public IReadOnlyList<SelectListItem> Invited { get; init; } = [];

    public IReadOnlyList<string> Attended { get; init; } = [];

    /// <summary>Whether the viewer attended, once attendance is recorded.</summary>
    public bool? YouAttended { get; init; }

    public RecordAttendanceForm Attendance { get; init; } = new();
}

/// <summary>A page of showcase entries: presented stretch assignments.</summary>
public sealed class ShowcaseViewModel
{
    public required ShowcaseQuery Query { get; init; }

    public IReadOnlyList<ShowcaseRowViewModel> Entries { get; init; } = [];

    public int Total { get; init; }

    public IReadOnlyList<SelectListItem> Priorities { get; init; } = [];

    public int PageCount => Math.Max(1, (Total + ShowcaseQuery.PageSize - 1) / ShowcaseQuery.PageSize);

    public string PageUrl(int page)
    {
        var query = new List<KeyValuePair<string, string?>>();
        if (!string.IsNullOrWhiteSpace(Query.Q))
        {
            query.Add(new("q", Query.Q.Trim()));
        }

        if (Query.Priority is { } priority)
        {
            query.Add(new("priority", priority.ToString()));
        }

        query.Add(new("page", page.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        return "/Events/Showcase" + Microsoft.AspNetCore.Http.QueryString.Create(query);
    }
}

/// <summary>One showcase entry in the list.</summary>
public sealed record ShowcaseRowViewModel(
    Guid Id, string Title, string Mentee, string Programme, string Aim, DateTime PresentedAt, IReadOnlyList<string> Priorities);

/// <summary>
/// A showcase entry: what a presented assignment set out to do, what it achieved, what was learned, the improvements
/// to working practice, and the ICS priorities it served.
/// </summary>
public sealed class ShowcaseEntryViewModel
{
    public required Guid Id { get; init; }

    public required string Title { get; init; }

    public required string Mentee { get; init; }

    public string? MenteeRole { get; init; }

    public string? Organisation { get; init; }

    public required string Programme { get; init; }

    public required AssignmentType Type { get; init; }

    public string? OtherType { get; init; }

    public required string Aim { get; init; }

    public string OutcomesAchieved { get; init; } = "";

    public string LessonsLearned { get; init; } = "";

    public string PracticeImprovements { get; init; } = "";

    public DateTime PresentedAt { get; init; }

    public string? Event { get; set; }

    public IReadOnlyList<string> Priorities { get; init; } = [];
}

/// <summary>Event times as people in England read them: "5 March 2027 at 2:30pm", UK time.</summary>
public static class EventTimes
{
    private static readonly System.Globalization.CultureInfo EnglishUk = System.Globalization.CultureInfo.GetCultureInfo("en-GB");

    public static string ToEventTime(this DateTime utc)
    {
        var local = UkTime.FromUtc(utc);
        var hour = local.Hour % 12 == 0 ? 12 : local.Hour % 12;
        var minutes = local.Minute == 0 ? "" : ":" + local.Minute.ToString("00", EnglishUk);
        return $"{local.ToString("d MMMM yyyy", EnglishUk)} at {hour}{minutes}{(local.Hour < 12 ? "am" : "pm")}";
    }

    public static string ToEventDate(this DateTime utc) => UkTime.FromUtc(utc).ToString("d MMMM yyyy", EnglishUk);
}
