using FluentValidation;

namespace StretchPortal.Web.Features.People;

/// <summary>The roles an administrator wants a person to hold: every checked box; none checked removes them all.</summary>
public sealed class ChangeRolesForm
{
    public List<string> Roles { get; set; } = [];
}

public sealed class ChangeRolesFormValidator : AbstractValidator<ChangeRolesForm>
{
    public ChangeRolesFormValidator()
    {
        RuleForEach(f => f.Roles)
            .Must(role => Security.Roles.All.Contains(role))
            .WithMessage("Choose roles from the list")
            .OverridePropertyName(nameof(ChangeRolesForm.Roles));
    }
}

/// <summary>Why a person is being erased (their request, say, with its reference): kept in the audit trail.</summary>
public sealed class ErasePersonForm
{
    public string? Reason { get; set; }
}

public sealed class ErasePersonFormValidator : AbstractValidator<ErasePersonForm>
{
    public const int MaxReasonLength = 500;

    public ErasePersonFormValidator()
    {
        RuleFor(f => f.Reason).NotEmpty().WithMessage("Enter the reason for erasing this person");
        RuleFor(f => f.Reason).MaximumLength(MaxReasonLength).WithMessage($"Reason must be {MaxReasonLength} characters or fewer");
    }
}
