using FluentValidation;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ModelBinding.Validation;
using Microsoft.AspNetCore.Mvc.Rendering;
using StretchPortal.Web.Domain;
using StretchPortal.Web.Features.Shared;

namespace StretchPortal.Web.Features.Opportunities;

/// <summary>
/// What a lead writes about an opportunity. The closing moment is entered as a date and a time in UK time. Fields
/// are nullable so that an empty one gives the validator's message, not MVC's.
/// </summary>
public abstract class OpportunityFields
{
    public OpportunityType? Type { get; set; }

    public string? Title { get; set; }

    public string? Description { get; set; }

    public Guid? OrganisationId { get; set; }

    public string? Team { get; set; }

    public string? Band { get; set; }

    public decimal? HoursPerWeek { get; set; }

    public string? Duration { get; set; }

    public int? Places { get; set; }

    public DateOnly? ClosingDate { get; set; }

    public TimeOnly? ClosingTime { get; set; }

    public List<AdvertisingChannels> Channels { get; set; } = [];

    public bool? PositiveAction { get; set; }

    /// <summary>The organisations to choose from; filled by the controller, never posted.</summary>
    [BindNever]
    [ValidateNever]
    public IReadOnlyList<SelectListItem> Organisations { get; set; } = [];

    public static IReadOnlyList<SelectListItem> TypeOptions { get; } =
        Enum.GetValues<OpportunityType>().Select(t => new SelectListItem(t.DisplayName(), t.ToString())).ToList();

    public static IReadOnlyList<SelectListItem> BandOptions { get; } =
        Opportunity.Bands.Select(b => new SelectListItem(b, b)).ToList();

    public static IReadOnlyList<SelectListItem> ChannelOptions { get; } =
        Enum.GetValues<AdvertisingChannels>().Where(c => c != AdvertisingChannels.None)
            .Select(c => new SelectListItem(c.DisplayName(), c.ToString())).ToList();

    public static IReadOnlyList<SelectListItem> YesNo { get; } = [new("Yes", "true"), new("No", "false")];
}

/// <summary>Input shape shared by the create and edit forms; whether the closing date is in the future is the service's rule.</summary>
public abstract class OpportunityFieldsValidator<T> : AbstractValidator<T>
    where T : OpportunityFields
{
    protected OpportunityFieldsValidator()
    {
        RuleFor(f => f.Type).NotNull().WithMessage("Choose the type of opportunity")
            .IsInEnum().WithMessage("Choose the type of opportunity");
        RuleFor(f => f.Title).NotEmpty().WithMessage("Enter the title")
            .MaximumLength(200).WithMessage("Title must be 200 characters or fewer");
        RuleFor(f => f.Description).NotEmpty().WithMessage("Enter a description of the opportunity")
            .MaximumLength(4000).WithMessage("Description must be 4,000 characters or fewer");
        RuleFor(f => f.OrganisationId).NotEmpty().WithMessage("Choose the organisation");
        RuleFor(f => f.Team).NotEmpty().WithMessage("Enter the team")
            .MaximumLength(200).WithMessage("Team must be 200 characters or fewer");
        RuleFor(f => f.Band).NotEmpty().WithMessage("Choose the band")
            .Must(b => b is null || Opportunity.Bands.Contains(b)).WithMessage("Choose a band from the list");
        RuleFor(f => f.HoursPerWeek).NotNull().WithMessage("Enter the hours per week")
            .InclusiveBetween(0.5m, 48m).WithMessage("Hours per week must be between 0.5 and 48");
        RuleFor(f => f.Duration).NotEmpty().WithMessage("Enter how long the opportunity lasts, like 6 months")
            .MaximumLength(100).WithMessage("Duration must be 100 characters or fewer");
        RuleFor(f => f.Places).NotNull().WithMessage("Enter the number of places")
            .InclusiveBetween(1, 100).WithMessage("Number of places must be between 1 and 100");
        RuleFor(f => f.ClosingDate).NotNull().WithMessage("Enter the closing date");
        RuleFor(f => f.ClosingTime).NotNull().WithMessage("Enter the closing time, like 17:00");
        RuleForEach(f => f.Channels).IsInEnum().NotEqual(AdvertisingChannels.None).WithMessage("Choose channels from the list");
        RuleFor(f => f.PositiveAction).NotNull().WithMessage("Choose whether positive action applies");
    }
}

public sealed class CreateOpportunityForm : OpportunityFields;

public sealed class CreateOpportunityFormValidator : OpportunityFieldsValidator<CreateOpportunityForm>;

public sealed class EditOpportunityForm : OpportunityFields
{
    /// <summary>The version of the opportunity the lead started editing, to catch someone else's save in between.</summary>
    public Guid Version { get; set; }

    /// <summary>The opportunity's saved title, for the breadcrumb; never posted.</summary>
    [BindNever]
    [ValidateNever]
    public string SavedTitle { get; set; } = "";
}

public sealed class EditOpportunityFormValidator : OpportunityFieldsValidator<EditOpportunityForm>;

/// <summary>A person's expression of interest: their supporting statement.</summary>
public sealed class ExpressInterestForm
{
    public string? Statement { get; set; }
}

public sealed class ExpressInterestFormValidator : AbstractValidator<ExpressInterestForm>
{
    public ExpressInterestFormValidator()
    {
        RuleFor(f => f.Statement).NotEmpty().WithMessage("Enter your supporting statement")
            .MaximumLength(ExpressionOfInterest.StatementMaxLength).WithMessage("Supporting statement must be 4,000 characters or fewer");
    }
}

/// <summary>A lead's selection decision on one expression of interest, with its reason.</summary>
public sealed class DecideForm
{
    public EoiStage? Decision { get; set; }

    public string? Reason { get; set; }

    public static IReadOnlyList<SelectListItem> DecisionOptions { get; } =
        ExpressionOfInterest.DecisionChoices.Select(d => new SelectListItem(d.DisplayName(), d.ToString())).ToList();
}

public sealed class DecideFormValidator : AbstractValidator<DecideForm>
{
    public DecideFormValidator()
    {
        RuleFor(f => f.Decision).NotNull().WithMessage("Choose a decision")
            .Must(d => d is null || ExpressionOfInterest.DecisionChoices.Contains(d.Value)).WithMessage("Choose a decision from the list");
        RuleFor(f => f.Reason).NotEmpty().WithMessage("Enter the reason for the decision")
            .MaximumLength(ExpressionOfInterest.ReasonMaxLength).WithMessage("Reason must be 2,000 characters or fewer");
    }
}

/// <summary>Marks an opportunity filled, with the "explain or comply" explanation when the rule asks for one.</summary>
public sealed class MarkFilledForm
{
    public Guid Version { get; set; }

    public string? ExplainOrComply { get; set; }

    /// <summary>The opportunity and whether an explanation is needed; never posted.</summary>
    [BindNever]
    [ValidateNever]
    public FillSummary? Summary { get; set; }
}

public sealed class MarkFilledFormValidator : AbstractValidator<MarkFilledForm>
{
    public MarkFilledFormValidator()
    {
        RuleFor(f => f.ExplainOrComply).MaximumLength(4000).WithMessage("Explanation must be 4,000 characters or fewer");
    }
}

/// <summary>Withdraws an opportunity, with the reason.</summary>
public sealed class WithdrawOpportunityForm
{
    public Guid Version { get; set; }

    public string? Reason { get; set; }

    /// <summary>The opportunity's title, for the heading; never posted.</summary>
    [BindNever]
    [ValidateNever]
    public string Title { get; set; } = "";
}

public sealed class WithdrawOpportunityFormValidator : AbstractValidator<WithdrawOpportunityForm>
{
    public WithdrawOpportunityFormValidator()
    {
        RuleFor(f => f.Reason).NotEmpty().WithMessage("Enter the reason for withdrawing the opportunity")
            .MaximumLength(2000).WithMessage("Reason must be 2,000 characters or fewer");
    }
}

/// <summary>A state change with no other input (publish, close): the version the lead saw.</summary>
public sealed class OpportunityVersionForm
{
    public Guid Version { get; set; }
}
