namespace StretchPortal.Web.Features.Audit;

/// <summary>What an administrator filters the audit trail by; every field optional.</summary>
public sealed class AuditFilter
{
    /// <summary>The start of the action's name, e.g. "SignIn" or "StretchAssignment.Modified".</summary>
    public string? Action { get; set; }

    public string? EntityType { get; set; }

    public string? EntityId { get; set; }

    /// <summary>The acting person's email address.</summary>
    public string? Actor { get; set; }

    /// <summary>The first UK day to include.</summary>
    public DateOnly? From { get; set; }

    /// <summary>The last UK day to include.</summary>
    public DateOnly? To { get; set; }

    public int Page { get; set; } = 1;
}

public sealed record AuditRow(
    DateTime OccurredAt, string Actor, string Action, string EntityType, string EntityId, string? Changes, string? FromAddress, string ActorId);

public sealed class AuditPageViewModel
{
    public AuditFilter Filter { get; init; } = new();

    public IReadOnlyList<AuditRow> Rows { get; init; } = [];

    public IReadOnlyList<string> EntityTypes { get; init; } = [];

    public int Total { get; init; }

    public int Page { get; init; }

    public int Pages { get; init; }
}
