namespace StretchPortal.Web.Security;

/// <summary>The roles a person can hold; several at once.</summary>
public static class Roles
{
    public const string Mentee = "Mentee";
    public const string Mentor = "Mentor";
    public const string Sponsor = "Sponsor";
    public const string Coach = "Coach";
    public const string ProgrammeLead = "ProgrammeLead";
    public const string Administrator = "Administrator";

    public static IReadOnlyList<string> All { get; } = [Mentee, Mentor, Sponsor, Coach, ProgrammeLead, Administrator];

    public static string DisplayName(string role) => role switch
    {
        ProgrammeLead => "Programme lead",
        _ => role,
    };
}
