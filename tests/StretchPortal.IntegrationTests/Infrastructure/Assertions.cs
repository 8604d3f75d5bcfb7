using System.Net;
using AngleSharp.Html.Dom;

namespace StretchPortal.IntegrationTests.Infrastructure;

public static class Assertions
{
    /// <summary>An anonymous request sent to the sign-in page.</summary>
    public static void IsRedirectToSignIn(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/Account/Login", response.Headers.Location?.OriginalString.Replace("http://localhost", "", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    public static void IsRedirectTo(HttpResponseMessage response, string pathStart)
    {
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith(pathStart, response.Headers.Location?.OriginalString, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>The NHS.UK error summary lists the message, and the page keeps what was typed.</summary>
    public static IReadOnlyList<string> ErrorSummary(IHtmlDocument page) =>
        page.QuerySelectorAll(".nhsuk-error-summary__list li").Select(li => li.TextContent.Trim()).ToList();

    public static string? FieldValue(IHtmlDocument page, string name) =>
        page.QuerySelector($"[name='{name}']") switch
        {
            IHtmlInputElement input => input.Value,
            IHtmlTextAreaElement textarea => textarea.Value,
            IHtmlSelectElement select => select.Value,
            _ => null,
        };
}
