using FluentValidation;

namespace StretchPortal.Web.Features.IcsPriorities;

public sealed class CreateIcsPriorityForm
{
    public string Name { get; set; } = "";

    public string? Description { get; set; }
}

public sealed class CreateIcsPriorityFormValidator : AbstractValidator<CreateIcsPriorityForm>
{
    public CreateIcsPriorityFormValidator()
    {
        RuleFor(f => f.Name).IcsPriorityName();
        RuleFor(f => f.Description).IcsPriorityDescription();
    }
}

public sealed class EditIcsPriorityForm
{
    /// <summary>From the route; the page posts back to it.</summary>
    public Guid Id { get; set; }

    public string Name { get; set; } = "";

    public string? Description { get; set; }

    public Guid Version { get; set; }
}

public sealed class EditIcsPriorityFormValidator : AbstractValidator<EditIcsPriorityForm>
{
    public EditIcsPriorityFormValidator()
    {
        RuleFor(f => f.Name).IcsPriorityName();
        RuleFor(f => f.Description).IcsPriorityDescription();
    }
}

internal static class IcsPriorityRules
{
    public const int NameLength = 200;
    public const int DescriptionLength = 1000;

    public static IRuleBuilderOptions<T, string> IcsPriorityName<T>(this IRuleBuilder<T, string> rule) =>
        rule.NotEmpty().WithMessage("Enter the priority's name")
            .MaximumLength(NameLength).WithMessage($"Name must be {NameLength} characters or fewer");

    public static IRuleBuilderOptions<T, string?> IcsPriorityDescription<T>(this IRuleBuilder<T, string?> rule) =>
        rule.MaximumLength(DescriptionLength).WithMessage($"Description must be {DescriptionLength} characters or fewer");
}
