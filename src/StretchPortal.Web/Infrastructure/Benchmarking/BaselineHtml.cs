using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;

namespace StretchPortal.Web.Infrastructure.Benchmarking;

/// <summary>
/// HTML written by hand for the baseline endpoints: for the reports, a page shell, headings and table rows; for the
/// home pages, the portal's own layout (<see cref="BaselineLayout"/>) and markup. Text is encoded.
/// </summary>
public sealed class BaselineHtml
{
    private readonly StringBuilder html = new(32 * 1024);
    private bool inLayout;

    /// <summary>The layout's head, header and navigation, as the portal writes them for this person.</summary>
    public BaselineHtml Layout(string fullName, int unread, string antiforgeryToken, IReadOnlyCollection<string> roles)
    {
        BaselineLayout.Write(html, fullName, unread, antiforgeryToken, roles);
        inLayout = true;
        return this;
    }

    /// <summary>Markup written as it is.</summary>
    public BaselineHtml Raw(string markup)
    {
        html.Append(markup);
        return this;
    }

    /// <summary>Text, encoded.</summary>
    public BaselineHtml Text(string? text)
    {
        html.Append(HtmlEncoder.Default.Encode(text ?? ""));
        return this;
    }

    public BaselineHtml Start(string title)
    {
        html.Append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>")
            .Append(HtmlEncoder.Default.Encode(title))
            .Append(" - StretchPortal</title><link rel=\"stylesheet\" href=\"/lib/nhsuk-frontend/nhsuk-frontend.min.css\"></head>")
            .Append("<body><main class=\"nhsuk-main-wrapper\" id=\"maincontent\"><div class=\"nhsuk-width-container\"><h1>")
            .Append(HtmlEncoder.Default.Encode(title))
            .Append("</h1>");
        return this;
    }

    public BaselineHtml Heading(string text)
    {
        html.Append("<h2>").Append(HtmlEncoder.Default.Encode(text)).Append("</h2>");
        return this;
    }

    public BaselineHtml TableStart(params string[] headers)
    {
        html.Append("<table class=\"nhsuk-table\"><thead><tr>");
        foreach (var header in headers)
        {
            html.Append("<th scope=\"col\">").Append(HtmlEncoder.Default.Encode(header)).Append("</th>");
        }

        html.Append("</tr></thead><tbody>");
        return this;
    }

    public BaselineHtml Row(params object?[] cells)
    {
        html.Append("<tr>");
        foreach (var cell in cells)
        {
            html.Append("<td>").Append(HtmlEncoder.Default.Encode(Convert.ToString(cell, CultureInfo.InvariantCulture) ?? "")).Append("</td>");
        }

        html.Append("</tr>");
        return this;
    }

    public BaselineHtml TableEnd()
    {
        html.Append("</tbody></table>");
        return this;
    }

    public override string ToString() => html.Append(inLayout ? BaselineLayout.Footer : "</div></main></body></html>").ToString();
}
