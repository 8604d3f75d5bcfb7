using System.ComponentModel.DataAnnotations;

namespace StretchPortal.Web.Domain;

public enum AssignmentStatus
{
    [Display(Name = "Draft")] Draft = 1,
    [Display(Name = "Submitted for agreement")] Submitted = 2,
    [Display(Name = "Changes requested")] ChangesRequested = 3,
    [Display(Name = "Agreed")] Agreed = 4,
    [Display(Name = "In progress")] InProgress = 5,
    [Display(Name = "Completed")] Completed = 6,
    [Display(Name = "Presented")] Presented = 7,
    [Display(Name = "Withdrawn")] Withdrawn = 8,
}
