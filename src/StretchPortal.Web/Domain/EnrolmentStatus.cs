using System.ComponentModel.DataAnnotations;

namespace StretchPortal.Web.Domain;

public enum EnrolmentStatus
{
    [Display(Name = "Active")] Active = 1,
    [Display(Name = "Withdrawn")] Withdrawn = 2,
    [Display(Name = "Completed")] Completed = 3,
    [Display(Name = "Alumni")] Alumni = 4,
}
