namespace StretchPortal.Web.Domain;

/// <summary>
/// The celebration event where mentees present their completed stretch assignments (seed 000), "in the spirit of
/// showcasing good practice and learning". A lead schedules it and sets the running order; once it has taken place,
/// each assignment in the running order is marked presented (<see cref="StretchAssignment.MarkPresented"/>) and so
/// joins the showcase.
/// </summary>
public class CelebrationEvent : Entity
{
    public Guid ProgrammeId { get; private set; }

    public Programme? Programme { get; private set; }

    public string Title { get; private set; } = "";

    /// <summary>When it starts, in UTC.</summary>
    public DateTime StartsAt { get; private set; }

    public string? Venue { get; private set; }

    public string? Description { get; private set; }

    /// <summary>When the running order last changed: every change saves the event, so its version guards the order.</summary>
    public DateTime? RunningOrderChangedAt { get; private set; }

    /// <summary>The running order; <see cref="Presentation.Position"/> counts from 1.</summary>
    public List<Presentation> Presentations { get; } = [];

    public static CelebrationEvent Schedule(Guid programmeId, string title, DateTime startsAt, string? venue, string? description) => new()
    {
        ProgrammeId = programmeId,
        Title = title.Trim(),
        StartsAt = startsAt,
        Venue = string.IsNullOrWhiteSpace(venue) ? null : venue.Trim(),
        Description = string.IsNullOrWhiteSpace(description) ? null : description.Trim(),
    };

    public bool HasTakenPlace(DateTime now) => StartsAt <= now;

    /// <summary>
    /// Adds a completed assignment of this programme to the end of the running order. At an event that has already
    /// taken place, the assignment is marked presented at once.
    /// </summary>
    public Outcome AddPresentation(StretchAssignment assignment, Guid assignmentProgrammeId, string actorId, DateTime now)
    {
        if (assignmentProgrammeId != ProgrammeId)
        {
            return Outcome.Refused("Choose an assignment from this programme.");
        }

        if (Presentations.Exists(p => p.AssignmentId == assignment.Id))
        {
            return Outcome.Refused("This assignment is already in the running order.");
        }

        if (assignment.Status != AssignmentStatus.Completed)
        {
            return Outcome.Refused("Only a completed assignment that has not been presented can be added to the running order.");
        }

        if (HasTakenPlace(now))
        {
            var presented = assignment.MarkPresented(actorId, now);
            if (!presented.Succeeded)
            {
                return presented;
            }
        }

        Presentations.Add(new Presentation { EventId = Id, AssignmentId = assignment.Id, Position = Presentations.Count + 1 });
        RunningOrderChangedAt = now;
        return Outcome.Done;
    }

    /// <summary>Moves a presentation one place earlier (<paramref name="by"/> = -1) or later (+1).</summary>
    public Outcome Move(Guid assignmentId, int by, DateTime now)
    {
        var presentation = Presentations.Find(p => p.AssignmentId == assignmentId);
        if (presentation is null)
        {
            return Outcome.Refused("This assignment is not in the running order.");
        }

        var target = presentation.Position + by;
        var other = Presentations.Find(p => p.Position == target);
        if (by is not (-1 or 1) || other is null)
        {
            return Outcome.Refused(by < 0 ? "This presentation is already first." : "This presentation is already last.");
        }

        other.Position = presentation.Position;
        presentation.Position = target;
        RunningOrderChangedAt = now;
        return Outcome.Done;
    }

    /// <summary>Takes a presentation out of the running order, before the event only: a presented assignment stays presented.</summary>
    public Outcome Remove(Guid assignmentId, DateTime now)
    {
        if (HasTakenPlace(now))
        {
            return Outcome.Refused("The event has taken place: its running order can no longer change.");
        }

        var presentation = Presentations.Find(p => p.AssignmentId == assignmentId);
        if (presentation is null)
        {
            return Outcome.Refused("This assignment is not in the running order.");
        }

        Presentations.Remove(presentation);
        foreach (var later in Presentations.Where(p => p.Position > presentation.Position))
        {
            later.Position--;
        }

        RunningOrderChangedAt = now;
        return Outcome.Done;
    }

    /// <summary>
    /// Records that the event took place: every assignment in the running order not yet presented is marked presented.
    /// <paramref name="assignments"/> are the running order's assignments, loaded.
    /// </summary>
    public Outcome RecordPresented(IReadOnlyCollection<StretchAssignment> assignments, string actorId, DateTime now)
    {
        if (!HasTakenPlace(now))
        {
            return Outcome.Refused("The presentations can be recorded once the event has taken place.");
        }

        if (Presentations.Count == 0)
        {
            return Outcome.Refused("Add a presentation to the running order first.");
        }

        foreach (var assignment in assignments.Where(a => a.Status == AssignmentStatus.Completed
                     && Presentations.Exists(p => p.AssignmentId == a.Id)))
        {
            var presented = assignment.MarkPresented(actorId, now);
            if (!presented.Succeeded)
            {
                return presented;
            }
        }

        RunningOrderChangedAt = now;
        return Outcome.Done;
    }
}

/// <summary>A completed stretch assignment in an event's running order.</summary>
public class Presentation
{
    public Guid EventId { get; set; }

    public Guid AssignmentId { get; set; }

    public StretchAssignment? Assignment { get; set; }

    public int Position { get; set; }
}
