namespace StretchPortal.Web.Domain;

/// <summary>
/// A coach matched with a coachee by a programme lead. It runs at least four sessions over twelve months
/// (see <see cref="CoachingProgress"/>).
/// </summary>
public class CoachingRelationship : Entity
{
    public string CoachId { get; set; } = "";

    public Person? Coach { get; set; }

    public string CoacheeId { get; set; } = "";

    public Person? Coachee { get; set; }

    public DateOnly MatchedOn { get; set; }

    public DateOnly? EndedOn { get; private set; }

    public string MatchedById { get; set; } = "";

    public List<CoachingSession> Sessions { get; } = [];

    public bool IsActive => EndedOn is null;

    public Outcome LogSession(DateOnly heldOn, int minutes, SessionMode mode, string? privateNotes, DateOnly today, DateTime now)
    {
        if (heldOn < MatchedOn)
        {
            return Outcome.Refused("The session date must be on or after the date the coach and coachee were matched.");
        }

        if (heldOn > today)
        {
            return Outcome.Refused("The session date must be today or in the past.");
        }

        if (EndedOn is { } ended && heldOn > ended)
        {
            return Outcome.Refused("The session date must be before the coaching relationship ended.");
        }

        Sessions.Add(new CoachingSession
        {
            CoachingRelationshipId = Id,
            HeldOn = heldOn,
            Minutes = minutes,
            Mode = mode,
            PrivateNotes = string.IsNullOrWhiteSpace(privateNotes) ? null : privateNotes.Trim(),
            LoggedAtUtc = now,
        });
        return Outcome.Done;
    }

    public Outcome End(DateOnly endedOn)
    {
        if (EndedOn is not null)
        {
            return Outcome.Refused("This coaching relationship has already ended.");
        }

        if (endedOn < MatchedOn)
        {
            return Outcome.Refused("The end date must be on or after the date they were matched.");
        }

        EndedOn = endedOn;
        return Outcome.Done;
    }
}

/// <summary>
/// A coaching session the coach logged. <see cref="PrivateNotes"/> are the coach's alone: never projected for anyone
/// else.
/// </summary>
public class CoachingSession : Entity
{
    public Guid CoachingRelationshipId { get; set; }

    public DateOnly HeldOn { get; set; }

    public int Minutes { get; set; }

    public SessionMode Mode { get; set; }

    public string? PrivateNotes { get; set; }

    public DateTime LoggedAtUtc { get; set; }
}
