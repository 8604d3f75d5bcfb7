using System.Globalization;

namespace StretchPortal.Web.Features.Shared;

/// <summary>Dates as the portal shows them: "1 September 2026".</summary>
public static class DateDisplay
{
    private static readonly CultureInfo EnglishUk = CultureInfo.GetCultureInfo("en-GB");

    public static string ToDisplayDate(this DateOnly date) => date.ToString("d MMMM yyyy", EnglishUk);
}
