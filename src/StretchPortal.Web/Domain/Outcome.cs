namespace StretchPortal.Web.Domain;

/// <summary>The result of asking an entity to change state: done, or refused with a reason a person can read.</summary>
public sealed record Outcome(bool Succeeded, string? Refusal)
{
    public static Outcome Done { get; } = new(true, null);

    public static Outcome Refused(string reason) => new(false, reason);
}
