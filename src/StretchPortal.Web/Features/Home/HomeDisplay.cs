using System.Globalization;

namespace StretchPortal.Web.Features.Home;

/// <summary>Counts and hours as the home page words them.</summary>
public static class HomeDisplay
{
    private static readonly CultureInfo EnglishUk = CultureInfo.GetCultureInfo("en-GB");

    /// <summary>"1 week", "3 weeks".</summary>
    public static string Weeks(int count) => count == 1 ? "1 week" : count.ToString(EnglishUk) + " weeks";

    /// <summary>"7.5 hours", "1 hour".</summary>
    public static string Hours(double hours) => hours == 1 ? "1 hour" : hours.ToString("0.##", EnglishUk) + " hours";
}
