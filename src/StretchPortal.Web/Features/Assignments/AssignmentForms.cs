using System.ComponentModel.DataAnnotations;
using FluentValidation;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ModelBinding.Validation;
using Microsoft.AspNetCore.Mvc.Rendering;
using StretchPortal.Web.Domain;

namespace StretchPortal.Web.Features.Assignments;

/// <summary>
/// What a mentee writes about a stretch assignment, to draft or edit it. Fields are nullable, as a post may leave them
/// out: the validator's message is then the only one shown. Which priorities and objectives may be chosen is the
/// service's rule; the validator checks the shape only.
/// </summary>
public abstract class AssignmentFields
{
    public string? Title { get; set; }

    public AssignmentType? Type { get; set; }

    public string? OtherType { get; set; }

    public string? Aim { get; set; }

    public string? Description { get; set; }

    public string? MenteeRole { get; set; }

    public string? AnticipatedOutcomes { get; set; }

    public DateOnly? StartDate { get; set; }

    public DateOnly? EndDate { get; set; }

    [Display(Name = "the agreed working hours per week")]
    public double? HoursPerWeek { get; set; }

    public string? HostOrganisation { get; set; }

    public List<Guid> IcsPriorityIds { get; set; } = [];

    public List<Guid> PdrObjectiveIds { get; set; } = [];

    /// <summary>The choices the form offers; filled by the controller, never posted.</summary>
    [BindNever]
    [ValidateNever]
    public AssignmentFormOptions Options { get; set; } = AssignmentFormOptions.None;

    public AssignmentDetails ToDetails() => new(
        Title!,
        Type!.Value,
        OtherType,
        Aim!,
        Description,
        MenteeRole!,
        AnticipatedOutcomes!,
        StartDate!.Value,
        EndDate!.Value,
        HoursPerWeek!.Value,
        HostOrganisation,
        IcsPriorityIds.Distinct().ToList(),
        PdrObjectiveIds.Distinct().ToList());
}

/// <summary>The types, ICS priorities and PDR objectives an assignment form offers.</summary>
public sealed record AssignmentFormOptions(
    IReadOnlyList<SelectListItem> Types,
    IReadOnlyList<SelectListItem> IcsPriorities,
    IReadOnlyList<SelectListItem> PdrObjectives)
{
    public static AssignmentFormOptions None { get; } = new([], [], []);
}

public abstract class AssignmentFieldsValidator<T> : AbstractValidator<T>
    where T : AssignmentFields
{
    public const double MaximumHoursPerWeek = 37.5;

    protected AssignmentFieldsValidator()
    {
        RuleFor(f => f.Title).NotEmpty().WithMessage("Enter a title for the assignment")
            .MaximumLength(200).WithMessage("Title must be 200 characters or fewer");
        RuleFor(f => f.Type).NotNull().WithMessage("Choose the type of assignment")
            .IsInEnum().WithMessage("Choose the type of assignment");
        RuleFor(f => f.OtherType).NotEmpty().When(f => f.Type == AssignmentType.Other)
            .WithMessage("Describe the type of assignment");
        RuleFor(f => f.OtherType).MaximumLength(200).WithMessage("The type of assignment must be 200 characters or fewer");
        RuleFor(f => f.Aim).NotEmpty().WithMessage("Enter the aim of the assignment")
            .MaximumLength(2000).WithMessage("Aim must be 2,000 characters or fewer");
        RuleFor(f => f.Description).MaximumLength(4000).WithMessage("Description must be 4,000 characters or fewer");
        RuleFor(f => f.MenteeRole).NotEmpty().WithMessage("Enter your role in the assignment")
            .MaximumLength(2000).WithMessage("Your role must be 2,000 characters or fewer");
        RuleFor(f => f.AnticipatedOutcomes).NotEmpty().WithMessage("Enter the anticipated outcomes")
            .MaximumLength(4000).WithMessage("Anticipated outcomes must be 4,000 characters or fewer");
        RuleFor(f => f.StartDate).NotNull().WithMessage("Enter the start date");
        RuleFor(f => f.EndDate).NotNull().WithMessage("Enter the end date");
        RuleFor(f => f.EndDate).GreaterThan(f => f.StartDate)
            .When(f => f.StartDate is not null && f.EndDate is not null)
            .WithMessage("The end date must be after the start date");
        RuleFor(f => f.HoursPerWeek).NotNull().WithMessage("Enter the agreed working hours per week")
            .GreaterThan(0).WithMessage("The agreed working hours per week must be more than 0")
            .LessThanOrEqualTo(MaximumHoursPerWeek).WithMessage("The agreed working hours per week must be 37.5 or fewer");
        RuleFor(f => f.HostOrganisation).MaximumLength(200).WithMessage("Host organisation or team must be 200 characters or fewer");
        RuleFor(f => f.IcsPriorityIds).NotEmpty().WithMessage("Select at least one ICS priority");
    }
}

/// <summary>Drafts a new assignment for one of the mentee's active enrolments.</summary>
public sealed class CreateAssignmentForm : AssignmentFields
{
    public Guid? EnrolmentId { get; set; }

    /// <summary>The mentee's active enrolments, as "programme, cohort"; filled by the controller, never posted.</summary>
    [BindNever]
    [ValidateNever]
    public IReadOnlyList<SelectListItem> Enrolments { get; set; } = [];
}

public sealed class CreateAssignmentFormValidator : AssignmentFieldsValidator<CreateAssignmentForm>
{
    public CreateAssignmentFormValidator()
    {
        RuleFor(f => f.EnrolmentId).NotEmpty().WithMessage("Choose the programme this assignment is for");
    }
}

/// <summary>Changes an assignment's details; carries the version the mentee started from.</summary>
public sealed class EditAssignmentForm : AssignmentFields
{
    public Guid Version { get; set; }

    /// <summary>The assignment as saved, for the caption, breadcrumb and status; never posted.</summary>
    [BindNever]
    [ValidateNever]
    public AssignmentHeading Heading { get; set; } = AssignmentHeading.None;
}

public sealed class EditAssignmentFormValidator : AssignmentFieldsValidator<EditAssignmentForm>;

/// <summary>What every decision page about one assignment carries: the version seen and the assignment it is about.</summary>
public abstract class AssignmentStepForm
{
    public Guid Version { get; set; }

    /// <summary>The assignment as saved; filled by the controller, never posted.</summary>
    [BindNever]
    [ValidateNever]
    public AssignmentSummaryViewModel Assignment { get; set; } = AssignmentSummaryViewModel.None;
}

/// <summary>The mentor agrees the scope, optionally with a comment.</summary>
public sealed class AgreeAssignmentForm : AssignmentStepForm
{
    public string? Comment { get; set; }
}

public sealed class AgreeAssignmentFormValidator : AbstractValidator<AgreeAssignmentForm>
{
    public AgreeAssignmentFormValidator()
    {
        RuleFor(f => f.Comment).MaximumLength(4000).WithMessage("Comment must be 4,000 characters or fewer");
    }
}

/// <summary>The mentor sends the assignment back, saying what needs to change.</summary>
public sealed class RequestChangesForm : AssignmentStepForm
{
    public string? Comment { get; set; }
}

public sealed class RequestChangesFormValidator : AbstractValidator<RequestChangesForm>
{
    public RequestChangesFormValidator()
    {
        RuleFor(f => f.Comment).NotEmpty().WithMessage("Say what needs to change")
            .MaximumLength(4000).WithMessage("Comment must be 4,000 characters or fewer");
    }
}

/// <summary>The mentee's completion report.</summary>
public sealed class CompleteAssignmentForm : AssignmentStepForm
{
    public string? OutcomesAchieved { get; set; }

    public string? LessonsLearned { get; set; }

    public string? PracticeImprovements { get; set; }
}

public sealed class CompleteAssignmentFormValidator : AbstractValidator<CompleteAssignmentForm>
{
    public CompleteAssignmentFormValidator()
    {
        RuleFor(f => f.OutcomesAchieved).NotEmpty().WithMessage("Enter the outcomes achieved")
            .MaximumLength(4000).WithMessage("Outcomes achieved must be 4,000 characters or fewer");
        RuleFor(f => f.LessonsLearned).NotEmpty().WithMessage("Enter the lessons learned")
            .MaximumLength(4000).WithMessage("Lessons learned must be 4,000 characters or fewer");
        RuleFor(f => f.PracticeImprovements).NotEmpty().WithMessage("Enter the improvements made to working practice")
            .MaximumLength(4000).WithMessage("Improvements to working practice must be 4,000 characters or fewer");
    }
}

/// <summary>Withdraws the assignment, with the reason.</summary>
public sealed class WithdrawAssignmentForm : AssignmentStepForm
{
    public string? Reason { get; set; }
}

public sealed class WithdrawAssignmentFormValidator : AbstractValidator<WithdrawAssignmentForm>
{
    public WithdrawAssignmentFormValidator()
    {
        RuleFor(f => f.Reason).NotEmpty().WithMessage("Enter the reason for withdrawing the assignment")
            .MaximumLength(2000).WithMessage("Reason must be 2,000 characters or fewer");
    }
}
