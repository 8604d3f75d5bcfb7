using System.Collections.Concurrent;
using System.ComponentModel.DataAnnotations;
using System.Reflection;

namespace StretchPortal.Web.Features.Shared;

public static class EnumDisplay
{
    private static readonly ConcurrentDictionary<Enum, string> Names = new();

    /// <summary>The [Display(Name)] of an enum value, or its name; read by reflection once per value.</summary>
    public static string DisplayName(this Enum value) =>
        Names.GetOrAdd(value, v => v.GetType().GetField(v.ToString())?.GetCustomAttribute<DisplayAttribute>()?.Name ?? v.ToString());
}
