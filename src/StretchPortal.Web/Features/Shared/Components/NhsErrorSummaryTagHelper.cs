using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace StretchPortal.Web.Features.Shared.Components;

/// <summary>
/// The NHS.UK error summary, listing every error in ModelState with a link to its field; renders nothing when the
/// form is valid. Errors not tied to a field (key "") are listed without a link.
/// </summary>
[HtmlTargetElement("nhs-error-summary", TagStructure = TagStructure.WithoutEndTag)]
public sealed class NhsErrorSummaryTagHelper : TagHelper
{
    [ViewContext]
    [HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = default!;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var errors = ViewContext.ViewData.ModelState
            .Where(e => e.Value is not null && e.Value.Errors.Count > 0)
            .SelectMany(e => e.Value!.Errors.Select(x => (Key: e.Key, Message: x.ErrorMessage)))
            .Where(e => !string.IsNullOrEmpty(e.Message))
            .ToList();
        if (errors.Count == 0)
        {
            output.SuppressOutput();
            return;
        }

        var summary = new TagBuilder("div");
        summary.AddCssClass("nhsuk-error-summary");
        summary.Attributes["data-module"] = "nhsuk-error-summary";
        var alert = new TagBuilder("div");
        alert.Attributes["role"] = "alert";
        var heading = new TagBuilder("h2");
        heading.AddCssClass("nhsuk-error-summary__heading");
        heading.InnerHtml.Append("There is a problem");
        var body = new TagBuilder("div");
        body.AddCssClass("nhsuk-error-summary__body");
        var list = new TagBuilder("ul");
        list.AddCssClass("nhsuk-list nhsuk-error-summary__list");
        foreach (var (key, message) in errors)
        {
            var item = new TagBuilder("li");
            if (key.Length == 0)
            {
                item.InnerHtml.Append(message);
            }
            else
            {
                var link = new TagBuilder("a");
                link.Attributes["href"] = "#" + FieldIds.For(key);
                link.InnerHtml.Append(message);
                item.InnerHtml.AppendHtml(link);
            }

            list.InnerHtml.AppendHtml(item);
        }

        body.InnerHtml.AppendHtml(list);
        alert.InnerHtml.AppendHtml(heading);
        alert.InnerHtml.AppendHtml(body);
        summary.InnerHtml.AppendHtml(alert);
        output.TagName = null;
        output.Content.SetHtmlContent(summary);
    }
}
