using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace StretchPortal.Web.Features.Shared.Components;

/// <summary>
/// NHS.UK radios or checkboxes in a fieldset: <c>&lt;nhs-radios for="Region" legend="Region" items="..." /&gt;</c>,
/// <c>&lt;nhs-checkboxes for="Roles" legend="Roles" items="..." /&gt;</c>. The first item's id is the field id, so
/// the error summary's link lands on it.
/// </summary>
[HtmlTargetElement("nhs-radios", TagStructure = TagStructure.WithoutEndTag)]
[HtmlTargetElement("nhs-checkboxes", TagStructure = TagStructure.WithoutEndTag)]
public sealed class NhsChoicesTagHelper : NhsFieldTagHelper
{
    [HtmlAttributeName("legend")]
    public string? Legend { get; set; }

    [HtmlAttributeName("items")]
    public IEnumerable<SelectListItem> Items { get; set; } = [];

    /// <summary>Lays radios side by side (for two short answers such as Yes and No).</summary>
    [HtmlAttributeName("inline")]
    public bool Inline { get; set; }

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var kind = context.TagName == "nhs-radios" ? "radios" : "checkboxes";
        var group = FormGroup();
        var fieldset = new TagBuilder("fieldset");
        fieldset.AddCssClass("nhsuk-fieldset");
        var describedBy = DescribedBy();
        if (describedBy.Length > 0)
        {
            fieldset.Attributes["aria-describedby"] = describedBy;
        }

        var legend = new TagBuilder("legend");
        legend.AddCssClass("nhsuk-fieldset__legend");
        if (IsPageHeading)
        {
            legend.AddCssClass("nhsuk-fieldset__legend--l");
            var heading = new TagBuilder("h1");
            heading.AddCssClass("nhsuk-fieldset__heading");
            heading.InnerHtml.Append(Legend ?? LabelText);
            legend.InnerHtml.AppendHtml(heading);
        }
        else
        {
            legend.AddCssClass("nhsuk-fieldset__legend--s");
            legend.InnerHtml.Append(Legend ?? LabelText);
        }

        fieldset.InnerHtml.AppendHtml(legend);
        fieldset.InnerHtml.AppendHtml(HintTag());
        fieldset.InnerHtml.AppendHtml(ErrorTag());

        var list = new TagBuilder("div");
        list.AddCssClass($"nhsuk-{kind}");
        if (Inline)
        {
            list.AddCssClass($"nhsuk-{kind}--inline");
        }

        list.Attributes["data-module"] = $"nhsuk-{kind}";
        var chosen = new HashSet<string>(CurrentValues, StringComparer.OrdinalIgnoreCase);
        var index = 0;
        foreach (var item in Items)
        {
            index++;
            var id = index == 1 ? FieldId : $"{FieldId}-{index}";
            var row = new TagBuilder("div");
            row.AddCssClass($"nhsuk-{kind}__item");
            var input = new TagBuilder("input") { TagRenderMode = TagRenderMode.SelfClosing };
            input.AddCssClass($"nhsuk-{kind}__input");
            input.Attributes["id"] = id;
            input.Attributes["name"] = FieldName;
            input.Attributes["type"] = kind == "radios" ? "radio" : "checkbox";
            input.Attributes["value"] = item.Value;
            if (chosen.Contains(item.Value) || (chosen.Count == 0 && item.Selected))
            {
                input.Attributes["checked"] = "checked";
            }

            var label = new TagBuilder("label");
            label.AddCssClass($"nhsuk-label nhsuk-{kind}__label");
            label.Attributes["for"] = id;
            label.InnerHtml.Append(item.Text);
            row.InnerHtml.AppendHtml(input);
            row.InnerHtml.AppendHtml(label);
            list.InnerHtml.AppendHtml(row);
        }

        fieldset.InnerHtml.AppendHtml(list);
        group.InnerHtml.AppendHtml(fieldset);
        Replace(output, group);
    }
}
