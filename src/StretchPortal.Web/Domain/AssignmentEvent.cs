using System.ComponentModel.DataAnnotations;

namespace StretchPortal.Web.Domain;

public enum AssignmentEventKind
{
    [Display(Name = "Drafted")] Drafted = 1,
    [Display(Name = "Changed")] Revised = 2,
    [Display(Name = "Scope changed: needs agreement again")] ScopeChanged = 3,
    [Display(Name = "Submitted for agreement")] Submitted = 4,
    [Display(Name = "Changes requested")] ChangesRequested = 5,
    [Display(Name = "Agreed")] Agreed = 6,
    [Display(Name = "Started")] Started = 7,
    [Display(Name = "Completed")] Completed = 8,
    [Display(Name = "Presented")] Presented = 9,
    [Display(Name = "Withdrawn")] Withdrawn = 10,
}

/// <summary>One step on an assignment's timeline: who did what, when, why, and which fields changed.</summary>
public class AssignmentEvent
{
    public Guid Id { get; private set; } = Guid.CreateVersion7();

    public Guid AssignmentId { get; set; }

    public DateTime OccurredAt { get; set; }

    public string ActorId { get; set; } = "";

    public Person? Actor { get; set; }

    public AssignmentEventKind Kind { get; set; }

    public string? Comment { get; set; }

    /// <summary>The fields that changed, as JSON: { "Field": ["old", "new"] }.</summary>
    public string? ChangedFields { get; set; }
}
