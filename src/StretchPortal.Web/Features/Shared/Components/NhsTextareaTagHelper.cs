using System.Globalization;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace StretchPortal.Web.Features.Shared.Components;

/// <summary>An NHS.UK textarea: <c>&lt;nhs-textarea for="Aim" label="Aim" rows="5" /&gt;</c>.</summary>
[HtmlTargetElement("nhs-textarea", TagStructure = TagStructure.WithoutEndTag)]
public sealed class NhsTextareaTagHelper : NhsFieldTagHelper
{
    [HtmlAttributeName("rows")]
    public int Rows { get; set; } = 5;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var group = FormGroup();
        group.InnerHtml.AppendHtml(LabelTag());
        group.InnerHtml.AppendHtml(HintTag());
        group.InnerHtml.AppendHtml(ErrorTag());

        var textarea = new TagBuilder("textarea");
        textarea.AddCssClass("nhsuk-textarea");
        if (HasError)
        {
            textarea.AddCssClass("nhsuk-textarea--error");
        }

        textarea.Attributes["id"] = FieldId;
        textarea.Attributes["name"] = FieldName;
        textarea.Attributes["rows"] = Rows.ToString(CultureInfo.InvariantCulture);
        var describedBy = DescribedBy();
        if (describedBy.Length > 0)
        {
            textarea.Attributes["aria-describedby"] = describedBy;
        }

        textarea.InnerHtml.Append(CurrentValue ?? "");
        group.InnerHtml.AppendHtml(textarea);
        Replace(output, group);
    }
}
