using System.ComponentModel.DataAnnotations;

namespace StretchPortal.Web.Domain;

/// <summary>How a coaching session was held.</summary>
public enum SessionMode
{
    [Display(Name = "Virtual")] Virtual = 1,
    [Display(Name = "In person")] InPerson = 2,
}
