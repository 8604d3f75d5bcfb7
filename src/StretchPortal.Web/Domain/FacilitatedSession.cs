namespace StretchPortal.Web.Domain;

/// <summary>
/// A facilitated check-in session a programme holds for its mentors, sponsors and executives (seed 000: "to make sure
/// that the environment that they offer serves you best"). A lead schedules it and, once it has started, records who
/// attended.
/// </summary>
public class FacilitatedSession : Entity
{
    public Guid ProgrammeId { get; private set; }

    public Programme? Programme { get; private set; }

    public string Title { get; private set; } = "";

    /// <summary>When it starts, in UTC.</summary>
    public DateTime StartsAt { get; private set; }

    public string? Location { get; private set; }

    public string? Description { get; private set; }

    public DateTime? AttendanceRecordedAt { get; private set; }

    public List<SessionAttendance> Attendance { get; } = [];

    public static FacilitatedSession Schedule(Guid programmeId, string title, DateTime startsAt, string? location, string? description) => new()
    {
        ProgrammeId = programmeId,
        Title = title.Trim(),
        StartsAt = startsAt,
        Location = string.IsNullOrWhiteSpace(location) ? null : location.Trim(),
        Description = string.IsNullOrWhiteSpace(description) ? null : description.Trim(),
    };

    public bool HasStarted(DateTime now) => StartsAt <= now;

    /// <summary>
    /// Records who attended, replacing what was recorded before. Only people invited (the programme's mentors and
    /// sponsors, <paramref name="invited"/>) can attend, and only once the session has started.
    /// </summary>
    public Outcome RecordAttendance(IReadOnlyCollection<string> attended, IReadOnlyCollection<string> invited, DateTime now)
    {
        if (!HasStarted(now))
        {
            return Outcome.Refused("Attendance can be recorded once the session has started.");
        }

        if (attended.Except(invited).Any())
        {
            return Outcome.Refused("Choose the people who attended from the list.");
        }

        Attendance.RemoveAll(a => !attended.Contains(a.PersonId));
        foreach (var personId in attended.Where(id => Attendance.TrueForAll(a => a.PersonId != id)))
        {
            Attendance.Add(new SessionAttendance { SessionId = Id, PersonId = personId });
        }

        AttendanceRecordedAt = now;
        return Outcome.Done;
    }
}

/// <summary>A person who attended a facilitated session.</summary>
public class SessionAttendance
{
    public Guid SessionId { get; set; }

    public string PersonId { get; set; } = "";

    public Person? Person { get; set; }
}
