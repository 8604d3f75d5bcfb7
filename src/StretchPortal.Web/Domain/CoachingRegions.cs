using System.ComponentModel.DataAnnotations;

namespace StretchPortal.Web.Domain;

/// <summary>
/// The regions a coach can offer coaching in (seed 003's form: the seven regions, or "Any"). Stored as one number so
/// a list can filter on it in either database.
/// </summary>
[Flags]
public enum CoachingRegions
{
    None = 0,
    [Display(Name = "London")] London = 1 << 0,
    [Display(Name = "East of England")] EastOfEngland = 1 << 1,
    [Display(Name = "Midlands")] Midlands = 1 << 2,
    [Display(Name = "North West")] NorthWest = 1 << 3,
    [Display(Name = "South East")] SouthEast = 1 << 4,
    [Display(Name = "South West")] SouthWest = 1 << 5,
    [Display(Name = "North East and Yorkshire")] NorthEastAndYorkshire = 1 << 6,
    [Display(Name = "Any region")] Any = 1 << 7,
}

public static class CoachingRegionsExtensions
{
    /// <summary>The flag for one of the seven NHS regions (they share their order with <see cref="NhsRegion"/>).</summary>
    public static CoachingRegions ToCoachingRegion(this NhsRegion region) => (CoachingRegions)(1 << ((int)region - 1));

    /// <summary>Whether a coach offering these regions can coach someone in <paramref name="region"/>.</summary>
    public static bool Covers(this CoachingRegions offered, NhsRegion? region) =>
        offered.HasFlag(CoachingRegions.Any) || (region is { } r && offered.HasFlag(r.ToCoachingRegion()));
}
