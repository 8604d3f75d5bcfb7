using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace StretchPortal.Web.Features.Shared.Components;

/// <summary>An NHS.UK select: <c>&lt;nhs-select for="OrganisationId" label="Organisation" items="Model.Organisations" placeholder="Choose" /&gt;</c>.</summary>
[HtmlTargetElement("nhs-select", TagStructure = TagStructure.WithoutEndTag)]
public sealed class NhsSelectTagHelper : NhsFieldTagHelper
{
    [HtmlAttributeName("items")]
    public IEnumerable<SelectListItem> Items { get; set; } = [];

    /// <summary>A first, empty option, e.g. "Choose an organisation".</summary>
    [HtmlAttributeName("placeholder")]
    public string? Placeholder { get; set; }

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var group = FormGroup();
        group.InnerHtml.AppendHtml(LabelTag());
        group.InnerHtml.AppendHtml(HintTag());
        group.InnerHtml.AppendHtml(ErrorTag());

        var select = new TagBuilder("select");
        select.AddCssClass("nhsuk-select");
        if (HasError)
        {
            select.AddCssClass("nhsuk-select--error");
        }

        select.Attributes["id"] = FieldId;
        select.Attributes["name"] = FieldName;
        var describedBy = DescribedBy();
        if (describedBy.Length > 0)
        {
            select.Attributes["aria-describedby"] = describedBy;
        }

        var current = CurrentValue;
        if (Placeholder is not null)
        {
            select.InnerHtml.AppendHtml(Option("", Placeholder, string.IsNullOrEmpty(current)));
        }

        foreach (var item in Items)
        {
            select.InnerHtml.AppendHtml(Option(item.Value, item.Text, string.Equals(item.Value, current, StringComparison.OrdinalIgnoreCase)));
        }

        group.InnerHtml.AppendHtml(select);
        Replace(output, group);
    }

    private static TagBuilder Option(string value, string text, bool selected)
    {
        var option = new TagBuilder("option");
        option.Attributes["value"] = value;
        if (selected)
        {
            option.Attributes["selected"] = "selected";
        }

        option.InnerHtml.Append(text);
        return option;
    }
}
