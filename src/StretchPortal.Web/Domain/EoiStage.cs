using System.ComponentModel.DataAnnotations;

namespace StretchPortal.Web.Domain;

/// <summary>Where an expression of interest stands: the person's own steps and the lead's selection decisions.</summary>
public enum EoiStage
{
    [Display(Name = "Submitted")] Submitted = 1,
    [Display(Name = "Withdrawn")] Withdrawn = 2,
    [Display(Name = "Shortlisted")] Shortlisted = 3,
    [Display(Name = "Not shortlisted")] NotShortlisted = 4,
    [Display(Name = "Appointed")] Appointed = 5,
    [Display(Name = "Not appointed")] NotAppointed = 6,
}
