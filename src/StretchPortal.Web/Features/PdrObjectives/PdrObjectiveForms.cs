using System.Globalization;
using System.Text.RegularExpressions;
using FluentValidation;

namespace StretchPortal.Web.Features.PdrObjectives;

/// <summary>The fields of a PDR objective, on the create and edit forms.</summary>
public abstract class PdrObjectiveFields
{
    public string Year { get; set; } = "";

    public string Title { get; set; } = "";

    public string? Description { get; set; }
}

public abstract partial class PdrObjectiveFieldsValidator<T> : AbstractValidator<T>
    where T : PdrObjectiveFields
{
    protected PdrObjectiveFieldsValidator()
    {
        RuleFor(f => f.Year).Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage("Enter the PDR year, like 2026/2027")
            .Must(year => YearPattern().IsMatch(year.Trim())).WithMessage("Enter the PDR year as two years, like 2026/2027")
            .Must(AreConsecutive).WithMessage("The PDR year must be two consecutive years, like 2026/2027");
        RuleFor(f => f.Title).NotEmpty().WithMessage("Enter the objective")
            .MaximumLength(300).WithMessage("The objective must be 300 characters or fewer");
        RuleFor(f => f.Description).MaximumLength(2000).WithMessage("The description must be 2,000 characters or fewer");
    }

    /// <summary>"2026/2027": the second year follows the first.</summary>
    private static bool AreConsecutive(string year)
    {
        var match = YearPattern().Match(year.Trim());
        return int.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture)
            == int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture) + 1;
    }

    [GeneratedRegex(@"^(\d{4})/(\d{4})$", RegexOptions.CultureInvariant)]
    private static partial Regex YearPattern();
}

public sealed class CreatePdrObjectiveForm : PdrObjectiveFields;

public sealed class CreatePdrObjectiveFormValidator : PdrObjectiveFieldsValidator<CreatePdrObjectiveForm>;

public sealed class EditPdrObjectiveForm : PdrObjectiveFields
{
    /// <summary>From the route; the page posts back to it.</summary>
    public Guid Id { get; set; }

    public Guid Version { get; set; }
}

public sealed class EditPdrObjectiveFormValidator : PdrObjectiveFieldsValidator<EditPdrObjectiveForm>;
