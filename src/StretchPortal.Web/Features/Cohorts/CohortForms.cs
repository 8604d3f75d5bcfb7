using FluentValidation;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ModelBinding.Validation;

namespace StretchPortal.Web.Features.Cohorts;

/// <summary>The fields of a cohort, on the create and edit forms; nullable, as a post may leave them out.</summary>
public abstract class CohortFields
{
    public string? Name { get; set; }

    public DateOnly? StartDate { get; set; }

    public DateOnly? EndDate { get; set; }

    /// <summary>The programme's name, for the caption and breadcrumb; never posted.</summary>
    [BindNever]
    [ValidateNever]
    public string ProgrammeName { get; set; } = "";

    /// <summary>The programme's id, for the breadcrumb; never posted.</summary>
    [BindNever]
    [ValidateNever]
    public Guid ProgrammeId { get; set; }
}

public abstract class CohortFieldsValidator<T> : AbstractValidator<T>
    where T : CohortFields
{
    protected CohortFieldsValidator()
    {
        RuleFor(f => f.Name).NotEmpty().WithMessage("Enter the cohort's name")
            .MaximumLength(200).WithMessage("Name must be 200 characters or fewer");
        RuleFor(f => f.StartDate).NotNull().WithMessage("Enter the date the cohort starts");
        RuleFor(f => f.EndDate).NotNull().WithMessage("Enter the date the cohort ends");
        RuleFor(f => f.EndDate).GreaterThan(f => f.StartDate)
            .When(f => f.StartDate is not null && f.EndDate is not null)
            .WithMessage("The cohort must end after it starts");
    }
}

public sealed class CreateCohortForm : CohortFields;

public sealed class CreateCohortFormValidator : CohortFieldsValidator<CreateCohortForm>;

public sealed class EditCohortForm : CohortFields
{
    /// <summary>The version of the cohort the person started editing.</summary>
    public Guid Version { get; set; }

    /// <summary>The cohort's saved name, for the breadcrumb; never posted.</summary>
    [BindNever]
    [ValidateNever]
    public string SavedName { get; set; } = "";
}

public sealed class EditCohortFormValidator : CohortFieldsValidator<EditCohortForm>;
