using System.ComponentModel.DataAnnotations;

namespace StretchPortal.Web.Domain;

public enum CoachApplicationStatus
{
    [Display(Name = "Submitted")] Submitted = 1,
    [Display(Name = "Approved")] Approved = 2,
    [Display(Name = "Declined")] Declined = 3,
}
