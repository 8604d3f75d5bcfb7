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
