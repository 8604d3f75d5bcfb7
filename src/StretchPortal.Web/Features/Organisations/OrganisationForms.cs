using FluentValidation;
using StretchPortal.Web.Domain;

namespace StretchPortal.Web.Features.Organisations;

public sealed class CreateOrganisationForm
{
    public string Name { get; set; } = "";

    public NhsRegion? Region { get; set; }
}

public sealed class CreateOrganisationFormValidator : AbstractValidator<CreateOrganisationForm>
{
    public CreateOrganisationFormValidator()
    {
        RuleFor(f => f.Name).OrganisationName();
        RuleFor(f => f.Region).IsInEnum().WithMessage("Choose a region from the list");
    }
}

public sealed class EditOrganisationForm
{
    /// <summary>From the route; the page posts back to it.</summary>
    public Guid Id { get; set; }

    public string Name { get; set; } = "";

    public NhsRegion? Region { get; set; }

    public Guid Version { get; set; }
}

public sealed class EditOrganisationFormValidator : AbstractValidator<EditOrganisationForm>
{
    public EditOrganisationFormValidator()
    {
        RuleFor(f => f.Name).OrganisationName();
        RuleFor(f => f.Region).IsInEnum().WithMessage("Choose a region from the list");
    }
}

internal static class OrganisationRules
{
    public const int NameLength = 200;

    public static IRuleBuilderOptions<T, string> OrganisationName<T>(this IRuleBuilder<T, string> rule) =>
        rule.NotEmpty().WithMessage("Enter the organisation's name")
            .MaximumLength(NameLength).WithMessage($"Name must be {NameLength} characters or fewer");
}
