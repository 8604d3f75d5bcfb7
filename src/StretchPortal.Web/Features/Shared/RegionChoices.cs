using Microsoft.AspNetCore.Mvc.Rendering;
using StretchPortal.Web.Domain;

namespace StretchPortal.Web.Features.Shared;

/// <summary>The seven NHS England regions as select options: the value is the enum name, the text its display name.</summary>
public static class RegionChoices
{
    public static IReadOnlyList<SelectListItem> All { get; } =
        Enum.GetValues<NhsRegion>().Select(r => new SelectListItem(r.DisplayName(), r.ToString())).ToList();
}
