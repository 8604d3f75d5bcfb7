using System.ComponentModel.DataAnnotations;

namespace StretchPortal.Web.Domain;

/// <summary>
/// A person who left their post after a development opportunity, as a lead records it, for the toolkit's
/// "turnover of staff post development opportunities – reasons for any movement".
/// </summary>
public class Leaver : Entity
{
    public const int NoteMaxLength = 1000;

    public Leaver(string personId, DateOnly leftOn, LeaverReason reason, string? note, string recordedById, DateTime recordedAtUtc)
    {
        PersonId = personId;
        LeftOn = leftOn;
        Reason = reason;
        Note = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
        RecordedById = recordedById;
        RecordedAtUtc = recordedAtUtc;
    }

    public string PersonId { get; private set; }

    public Person? Person { get; private set; }

    public DateOnly LeftOn { get; private set; }

    public LeaverReason Reason { get; private set; }

    public string? Note { get; private set; }

    public string RecordedById { get; private set; }

    public DateTime RecordedAtUtc { get; private set; }
}

public enum LeaverReason
{
    [Display(Name = "Promotion")] Promotion = 1,
    [Display(Name = "Another NHS role")] OtherNhsRole = 2,
    [Display(Name = "Left the NHS")] LeftNhs = 3,
    [Display(Name = "Retired")] Retired = 4,
    [Display(Name = "Other")] Other = 5,
}
