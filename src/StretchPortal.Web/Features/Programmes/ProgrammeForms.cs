using FluentValidation;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ModelBinding.Validation;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace StretchPortal.Web.Features.Programmes;

/// <summary>
/// The fields a programme lead fills in to create or edit a programme. Text fields are nullable, as a post may leave
/// them out: the validator's message is then the only one shown (MVC adds its own "field is required" for
/// non-nullable ones).
/// </summary>
public abstract class ProgrammeFields
{
    public string? Name { get; set; }

    public string? Description { get; set; }

    public Guid? OrganisationId { get; set; }

    public string? Year { get; set; }

    public DateOnly? PracticalElementStart { get; set; }

    public DateOnly? PracticalElementEnd { get; set; }

    /// <summary>The organisations to choose from; filled by the controller, never posted.</summary>
    [BindNever]
    [ValidateNever]
    public IReadOnlyList<SelectListItem> Organisations { get; set; } = [];
}

/// <summary>Input shape shared by the create and edit forms; whether the organisation may own a programme is the service's rule.</summary>
public abstract class ProgrammeFieldsValidator<T> : AbstractValidator<T>
    where T : ProgrammeFields
{
    protected ProgrammeFieldsValidator()
    {
        RuleFor(f => f.Name).NotEmpty().WithMessage("Enter the programme's name")
            .MaximumLength(200).WithMessage("Name must be 200 characters or fewer");
        RuleFor(f => f.Description).MaximumLength(4000).WithMessage("Description must be 4,000 characters or fewer");
        RuleFor(f => f.OrganisationId).NotEmpty().WithMessage("Choose the organisation that owns the programme");
        RuleFor(f => f.Year).NotEmpty().WithMessage("Enter the programme year, like 2025/2026")
            .Matches(@"^\d{4}(/\d{4})?$").WithMessage("Enter the programme year as a year or two years, like 2025/2026");
        RuleFor(f => f.PracticalElementStart).NotNull().WithMessage("Enter the date the practical element starts");
        RuleFor(f => f.PracticalElementEnd).NotNull().WithMessage("Enter the date the practical element ends");
        RuleFor(f => f.PracticalElementEnd).GreaterThan(f => f.PracticalElementStart)
            .When(f => f.PracticalElementStart is not null && f.PracticalElementEnd is not null)
            .WithMessage("The practical element must end after it starts");
    }
}

public sealed class CreateProgrammeForm : ProgrammeFields;

public sealed class CreateProgrammeFormValidator : ProgrammeFieldsValidator<CreateProgrammeForm>;

public sealed class EditProgrammeForm : ProgrammeFields
{
    /// <summary>The version of the programme the person started editing, to catch someone else's save in between.</summary>
    public Guid Version { get; set; }

    /// <summary>The programme's saved name, for the breadcrumb; never posted.</summary>
    [BindNever]
    [ValidateNever]
    public string SavedName { get; set; } = "";
}

public sealed class EditProgrammeFormValidator : ProgrammeFieldsValidator<EditProgrammeForm>;

/// <summary>Makes an existing person a co-lead of a programme.</summary>
public sealed class AddLeadForm
{
    public string? Email { get; set; }

    /// <summary>The programme's name, for the page heading; never posted.</summary>
    [BindNever]
    [ValidateNever]
    public string ProgrammeName { get; set; } = "";
}

public sealed class AddLeadFormValidator : AbstractValidator<AddLeadForm>
{
    public AddLeadFormValidator()
    {
        RuleFor(f => f.Email).EmailAddressOfPerson("Enter the email address of the person to add as a lead");
    }
}
