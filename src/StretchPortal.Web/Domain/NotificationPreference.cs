namespace StretchPortal.Web.Domain;

/// <summary>
/// A person's choice not to be emailed about one non-essential kind of notification. The notification still appears in
/// their list in the portal; only the email is not sent. No row means "email me" (the default).
/// </summary>
public class NotificationPreference : Entity
{
    public string PersonId { get; private set; } = "";

    public Person? Person { get; private set; }

    public NotificationKind Kind { get; private set; }

    /// <summary>Turns the email about <paramref name="kind"/> off; refused for essential kinds, which always go.</summary>
    public static (Outcome Outcome, NotificationPreference? Preference) EmailOff(string personId, NotificationKind kind) =>
        kind.IsEssential()
            ? (Outcome.Refused("Emails about decisions concerning you are always sent and cannot be turned off."), null)
            : (Outcome.Done, new NotificationPreference { PersonId = personId, Kind = kind });
}

public static class NotificationPreferences
{
    /// <summary>The kinds a person may choose not to be emailed about, in the order the enum lists them.</summary>
    public static IReadOnlyList<NotificationKind> Optional { get; } =
        Enum.GetValues<NotificationKind>().Where(k => !k.IsEssential()).ToList();

    /// <summary>The kinds that are always emailed.</summary>
    public static IReadOnlyList<NotificationKind> Essential { get; } =
        Enum.GetValues<NotificationKind>().Where(k => k.IsEssential()).ToList();

    /// <summary>Whether a notification of this kind is emailed to someone who turned off the given kinds.</summary>
    public static bool IsEmailed(this NotificationKind kind, IEnumerable<NotificationKind> emailOff) =>
        kind.IsEssential() || !emailOff.Contains(kind);
}
