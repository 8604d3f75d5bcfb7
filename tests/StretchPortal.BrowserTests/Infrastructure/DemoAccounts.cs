using StretchPortal.Web.Data.Seeding;

namespace StretchPortal.BrowserTests.Infrastructure;

/// <summary>The demo account seeded for each role in Development (Data/Seeding/DemoDataSeeder.cs).</summary>
public enum DemoRole
{
    Mentee,
    Mentor,
    Sponsor,
    Coach,
    Lead,
    Admin,
}

/// <summary>A demo account: who signs in, their name as the portal shows it, and the id of their home page section.</summary>
public sealed record DemoAccount(DemoRole Role, string Email, string FullName, string HomeSectionId)
{
    public const string Password = DemoDataSeeder.Password;

    public static IReadOnlyList<DemoAccount> All { get; } =
    [
        new(DemoRole.Mentee, "mentee@example.org", "Amara Okafor", "mentee-heading"),
        new(DemoRole.Mentor, "mentor@example.org", "Dr Rajesh Patel", "mentor-heading"),
        new(DemoRole.Sponsor, "sponsor@example.org", "Helen Carter", "sponsor-heading"),
        new(DemoRole.Coach, "coach@example.org", "Grace Mensah", "coach-heading"),
        new(DemoRole.Lead, "lead@example.org", "Priya Shah", "lead-heading"),
        new(DemoRole.Admin, "admin@example.org", "Sam Taylor", "admin-heading"),
    ];

    public static DemoAccount For(DemoRole role) => All.Single(a => a.Role == role);
}
