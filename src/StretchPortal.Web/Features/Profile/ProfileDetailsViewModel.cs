using StretchPortal.Web.Domain;

namespace StretchPortal.Web.Features.Profile;

/// <summary>What the portal holds about the signed-in person, as their profile page shows it.</summary>
public sealed record ProfileDetailsViewModel(
    string FullName,
    string? Email,
    string? JobTitle,
    string? Organisation,
    NhsRegion? Region,
    IReadOnlyList<string> Roles);
