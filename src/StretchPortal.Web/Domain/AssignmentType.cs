using System.ComponentModel.DataAnnotations;

namespace StretchPortal.Web.Domain;

/// <summary>The kinds of stretch assignment: seed 000's examples, with the toolkit's secondment and acting up.</summary>
public enum AssignmentType
{
    [Display(Name = "Leading a procurement exercise and commissioning")] ProcurementAndCommissioning = 1,
    [Display(Name = "Recommissioning or decommissioning a contract")] RecommissioningOrDecommissioning = 2,
    [Display(Name = "Service redesign")] ServiceRedesign = 3,
    [Display(Name = "Applying a QI process to a project")] QualityImprovement = 4,
    [Display(Name = "Leading a project in the organisation")] LeadingAProject = 5,
    [Display(Name = "Change management")] ChangeManagement = 6,
    [Display(Name = "A new way of working, such as a digital roll-out or a new service")] NewWayOfWorking = 7,
    [Display(Name = "Secondment")] Secondment = 8,
    [Display(Name = "Acting up")] ActingUp = 9,
    [Display(Name = "Other")] Other = 10,
}
