using System.ComponentModel.DataAnnotations;

namespace StretchPortal.Web.Domain;

/// <summary>The life of an opportunity: Draft → Open → Closed → Filled, or Withdrawn.</summary>
public enum OpportunityStatus
{
    [Display(Name = "Draft")] Draft = 1,
    [Display(Name = "Open")] Open = 2,
    [Display(Name = "Closed")] Closed = 3,
    [Display(Name = "Filled")] Filled = 4,
    [Display(Name = "Withdrawn")] Withdrawn = 5,
}
