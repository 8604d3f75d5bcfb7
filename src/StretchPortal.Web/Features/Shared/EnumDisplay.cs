using System.ComponentModel.DataAnnotations;
using System.Reflection;

namespace StretchPortal.Web.Features.Shared;

public static class EnumDisplay
{
    /// <summary>The [Display(Name)] of an enum value, or its name.</summary>
    public static string DisplayName(this Enum value) =>
        value.GetType().GetField(value.ToString())?.GetCustomAttribute<DisplayAttribute>()?.Name ?? value.ToString();
}
