namespace StretchPortal.Web.Domain;

/// <summary>
/// A meeting of the mentee with their mentor, sponsor or coach: when, who was there, the actions agreed, and notes
/// that are either shared with the mentee's supporters or private to their author.
/// </summary>
public class CheckIn : Entity
{
    public Guid EnrolmentId { get; set; }

    public Enrolment? Enrolment { get; set; }

    public DateOnly HeldOn { get; set; }

    public string AuthorId { get; set; } = "";

    public Person? Author { get; set; }

    public bool WithMentor { get; set; }

    public bool WithSponsor { get; set; }

    public bool WithCoach { get; set; }

    public string? Notes { get; set; }

    public bool NotesArePrivate { get; set; }

    public DateTime RecordedAt { get; set; }

    public List<CheckInAction> Actions { get; } = [];

    /// <summary>Private notes are for their author only.</summary>
    public bool NotesVisibleTo(string personId) => !NotesArePrivate || AuthorId == personId;
}

/// <summary>An action agreed at a check-in, with its owner and due date, ticked off when done.</summary>
public class CheckInAction : Entity
{
    public Guid CheckInId { get; set; }

    public string Description { get; set; } = "";

    public string? OwnerId { get; set; }

    public Person? Owner { get; set; }

    public DateOnly? DueOn { get; set; }

    public DateTime? CompletedAt { get; private set; }

    public bool IsOpen => CompletedAt is null;

    public Outcome Complete(DateTime now)
    {
        if (CompletedAt is not null)
        {
            return Outcome.Refused("This action is already done.");
        }

        CompletedAt = now;
        return Outcome.Done;
    }

    public Outcome Reopen()
    {
        if (CompletedAt is null)
        {
            return Outcome.Refused("This action is still open.");
        }

        CompletedAt = null;
        return Outcome.Done;
    }
}
