using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace StretchPortal.Web.Features.Shared.Components;

/// <summary>An NHS.UK text input: <c>&lt;nhs-input for="Name" label="Name" hint="..." /&gt;</c>.</summary>
[HtmlTargetElement("nhs-input", TagStructure = TagStructure.WithoutEndTag)]
public sealed class NhsInputTagHelper : NhsFieldTagHelper
{
    [HtmlAttributeName("type")]
    public string Type { get; set; } = "text";

    /// <summary>An NHS.UK width class suffix, e.g. "10" for nhsuk-input--width-10 or "two-thirds".</summary>
    [HtmlAttributeName("width")]
    public string? Width { get; set; }

    [HtmlAttributeName("autocomplete")]
    public string? Autocomplete { get; set; }

    [HtmlAttributeName("spellcheck")]
    public bool? Spellcheck { get; set; }

    [HtmlAttributeName("inputmode")]
    public string? InputMode { get; set; }

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var group = FormGroup();
        group.InnerHtml.AppendHtml(LabelTag());
        group.InnerHtml.AppendHtml(HintTag());
        group.InnerHtml.AppendHtml(ErrorTag());

        var input = new TagBuilder("input") { TagRenderMode = TagRenderMode.SelfClosing };
        input.AddCssClass("nhsuk-input");
        if (HasError)
        {
            input.AddCssClass("nhsuk-input--error");
        }

        if (Width is not null)
        {
            input.AddCssClass(char.IsDigit(Width[0]) ? $"nhsuk-input--width-{Width}" : $"nhsuk-u-width-{Width}");
        }

        input.Attributes["id"] = FieldId;
        input.Attributes["name"] = FieldName;
        input.Attributes["type"] = Type;
        if (Type != "password")
        {
            input.Attributes["value"] = CurrentValue ?? "";
        }

        SetIfPresent(input, "autocomplete", Autocomplete);
        SetIfPresent(input, "inputmode", InputMode);
        SetIfPresent(input, "spellcheck", Spellcheck?.ToString().ToLowerInvariant());
        SetIfPresent(input, "aria-describedby", DescribedBy());
        group.InnerHtml.AppendHtml(input);
        Replace(output, group);
    }

    private static void SetIfPresent(TagBuilder tag, string name, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            tag.Attributes[name] = value;
        }
    }
}
