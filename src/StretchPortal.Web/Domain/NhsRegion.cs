using System.ComponentModel.DataAnnotations;

namespace StretchPortal.Web.Domain;

/// <summary>The seven NHS England regions.</summary>
public enum NhsRegion
{
    [Display(Name = "London")] London = 1,
    [Display(Name = "East of England")] EastOfEngland = 2,
    [Display(Name = "Midlands")] Midlands = 3,
    [Display(Name = "North West")] NorthWest = 4,
    [Display(Name = "South East")] SouthEast = 5,
    [Display(Name = "South West")] SouthWest = 6,
    [Display(Name = "North East and Yorkshire")] NorthEastAndYorkshire = 7,
}
