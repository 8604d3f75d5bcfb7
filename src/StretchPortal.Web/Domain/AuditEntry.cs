namespace StretchPortal.Web.Domain;

/// <summary>
/// One line of the audit trail: who did what to which record, when (UTC) and from where. Written in the same save as
/// the change it records; never edited through the app.
/// </summary>
public class AuditEntry
{
    public long Id { get; set; }

    public DateTime OccurredAt { get; set; }

    /// <summary>The person's id, or "system" for start-up and background work.</summary>
    public string ActorId { get; set; } = "";

    /// <summary>What happened, e.g. "Enrolment.Modified" or "Person.RolesChanged".</summary>
    public string Action { get; set; } = "";

    public string EntityType { get; set; } = "";

    public string EntityId { get; set; } = "";

    /// <summary>The fields that changed, as JSON: { "Field": ["old", "new"] }.</summary>
    public string? Changes { get; set; }

    /// <summary>The remote IP address of the request, if any.</summary>
    public string? FromAddress { get; set; }
}
