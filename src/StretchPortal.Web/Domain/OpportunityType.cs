using System.ComponentModel.DataAnnotations;

namespace StretchPortal.Web.Domain;

/// <summary>The kinds of stretch opportunity in the Stretch Opportunities Toolkit (seed 001).</summary>
public enum OpportunityType
{
    [Display(Name = "Secondment")] Secondment = 1,
    [Display(Name = "Acting up")] ActingUp = 2,
    [Display(Name = "Stretch project")] StretchProject = 3,
    [Display(Name = "Talent pool")] TalentPool = 4,
    [Display(Name = "Succession planning")] SuccessionPlanning = 5,
    [Display(Name = "Rotational development")] RotationalDevelopment = 6,
    [Display(Name = "Taster or temporary transfer")] Taster = 7,
}
