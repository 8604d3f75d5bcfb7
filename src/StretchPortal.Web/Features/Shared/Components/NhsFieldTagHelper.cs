using System.Globalization;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace StretchPortal.Web.Features.Shared.Components;

/// <summary>
/// What every NHS.UK form field shares: the form group, its label or legend, hint, inline error message, and the
/// value the person typed kept on a failed post (from ModelState), else the model's value.
/// </summary>
public abstract class NhsFieldTagHelper : TagHelper
{
    [HtmlAttributeName("for")]
    public ModelExpression For { get; set; } = default!;

    [HtmlAttributeName("label")]
    public string? Label { get; set; }

    [HtmlAttributeName("hint")]
    public string? Hint { get; set; }

    /// <summary>Renders the label as the page's h1 (for one-question pages).</summary>
    [HtmlAttributeName("is-page-heading")]
    public bool IsPageHeading { get; set; }

    [ViewContext]
    [HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = default!;

    protected string FieldName => ViewContext.ViewData.TemplateInfo.GetFullHtmlFieldName(For.Name);

    protected string FieldId => FieldIds.For(FieldName);

    protected string HintId => FieldId + "-hint";

    protected string ErrorId => FieldId + "-error";

    protected string LabelText => Label ?? For.Metadata.DisplayName ?? For.Name;

    protected IReadOnlyList<string> Errors =>
        ViewContext.ViewData.ModelState.TryGetValue(FieldName, out var entry)
            ? entry.Errors.Select(e => e.ErrorMessage).Where(m => !string.IsNullOrEmpty(m)).ToList()
            : [];

    protected bool HasError => Errors.Count > 0;

    /// <summary>The value to show: what was posted if there was a post, otherwise the model's value.</summary>
    protected string? CurrentValue
    {
        get
        {
            if (ViewContext.ViewData.ModelState.TryGetValue(FieldName, out var entry) && entry.AttemptedValue is not null)
            {
                return entry.AttemptedValue;
            }

            return Format(For.Model);
        }
    }

    /// <summary>The values to show checked, for fields that hold several.</summary>
    protected IReadOnlyCollection<string> CurrentValues
    {
        get
        {
            if (ViewContext.ViewData.ModelState.TryGetValue(FieldName, out var entry) && entry.RawValue is not null)
            {
                return entry.RawValue switch
                {
                    string[] many => many,
                    string one => [one],
                    _ => [],
                };
            }

            return For.Model switch
            {
                string one => [one],
                System.Collections.IEnumerable many => many.Cast<object?>().Select(Format).OfType<string>().ToList(),
                null => [],
                var one => [Format(one)!],
            };
        }
    }

    protected string DescribedBy(bool withHint = true)
    {
        var ids = new List<string>();
        if (withHint && Hint is not null)
        {
            ids.Add(HintId);
        }

        if (HasError)
        {
            ids.Add(ErrorId);
        }

        return string.Join(' ', ids);
    }

    protected TagBuilder FormGroup()
    {
        var group = new TagBuilder("div");
        group.AddCssClass("nhsuk-form-group");
        if (HasError)
        {
            group.AddCssClass("nhsuk-form-group--error");
        }

        return group;
    }

    protected TagBuilder LabelTag()
    {
        var label = new TagBuilder("label");
        label.AddCssClass("nhsuk-label");
        if (IsPageHeading)
        {
            label.AddCssClass("nhsuk-label--l");
        }

        label.Attributes["for"] = FieldId;
        label.InnerHtml.Append(LabelText);
        if (!IsPageHeading)
        {
            return label;
        }

        var heading = new TagBuilder("h1");
        heading.AddCssClass("nhsuk-label-wrapper");
        heading.InnerHtml.AppendHtml(label);
        return heading;
    }

    protected IHtmlContent HintTag()
    {
        if (Hint is null)
        {
            return HtmlString.Empty;
        }

        var hint = new TagBuilder("div");
        hint.AddCssClass("nhsuk-hint");
        hint.Attributes["id"] = HintId;
        hint.InnerHtml.Append(Hint);
        return hint;
    }

    protected IHtmlContent ErrorTag()
    {
        if (!HasError)
        {
            return HtmlString.Empty;
        }

        var error = new TagBuilder("span");
        error.AddCssClass("nhsuk-error-message");
        error.Attributes["id"] = ErrorId;
        var prefix = new TagBuilder("span");
        prefix.AddCssClass("nhsuk-u-visually-hidden");
        prefix.InnerHtml.Append("Error: ");
        error.InnerHtml.AppendHtml(prefix);
        error.InnerHtml.Append(string.Join(". ", Errors));
        return error;
    }

    protected static string? Format(object? value) => value switch
    {
        null => null,
        DateOnly date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateTime time => time.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        bool flag => flag ? "true" : "false",
        Enum e => e.ToString(),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };

    protected static void Replace(TagHelperOutput output, TagBuilder content)
    {
        output.TagName = null;
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Content.SetHtmlContent(content);
    }
}

/// <summary>Field ids as the error summary links to them: the field name with dots and brackets made safe.</summary>
public static class FieldIds
{
    public static string For(string fieldName) => TagBuilder.CreateSanitizedId(fieldName, "_");
}
