using System.ComponentModel.DataAnnotations;
using FluentValidation;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ModelBinding.Validation;
using Microsoft.AspNetCore.Mvc.Rendering;
using StretchPortal.Web.Domain;
using StretchPortal.Web.Features.Shared;

namespace StretchPortal.Web.Features.Weeks;

/// <summary>The assignment and week a form is about, for its caption and breadcrumb; filled by the controller, never posted.</summary>
public abstract class WeekFormBase
{
    [BindNever]
    [ValidateNever]
    public WeekAssignmentViewModel Assignment { get; set; } = null!;

    [BindNever]
    [ValidateNever]
    public WeekRowViewModel Week { get; set; } = null!;
}

/// <summary>What the mentee plans to deliver in a week and how it serves the assignment's aim; also changes that plan.</summary>
public sealed class PlanWeekForm : WeekFormBase
{
    public const int MaxLength = 2000;

    public string? Plan { get; set; }

    public string? LinkToAim { get; set; }

    /// <summary>The version of the week being replanned; empty when planning a new week.</summary>
    public Guid? Version { get; set; }
}

public sealed class PlanWeekFormValidator : AbstractValidator<PlanWeekForm>
{
    public PlanWeekFormValidator()
    {
        RuleFor(f => f.Plan).NotEmpty().WithMessage("Enter what you plan to deliver this week")
            .MaximumLength(PlanWeekForm.MaxLength).WithMessage("The plan must be 2,000 characters or fewer");
        RuleFor(f => f.LinkToAim).NotEmpty().WithMessage("Say how this week's plan serves the assignment's aim")
            .MaximumLength(PlanWeekForm.MaxLength).WithMessage("How the plan serves the aim must be 2,000 characters or fewer");
    }
}

/// <summary>How the week went: its status, a short note and the hours worked.</summary>
public sealed class UpdateWeekForm : WeekFormBase
{
    /// <summary>More hours than anyone should work in a week; the seed asks that nobody works beyond reasonable hours.</summary>
    public const double MaxHours = 80;

    public DeliverableStatus? Status { get; set; }

    public string? Note { get; set; }

    [Display(Name = "hours worked")]
    public double? HoursWorked { get; set; }

    public Guid Version { get; set; }

    public static IReadOnlyList<SelectListItem> StatusChoices { get; } =
        Enum.GetValues<DeliverableStatus>().Select(s => new SelectListItem(s.DisplayName(), s.ToString())).ToList();
}

public sealed class UpdateWeekFormValidator : AbstractValidator<UpdateWeekForm>
{
    public UpdateWeekFormValidator()
    {
        RuleFor(f => f.Status).NotNull().WithMessage("Choose how the week went")
            .IsInEnum().WithMessage("Choose how the week went");
        RuleFor(f => f.Note).MaximumLength(2000).WithMessage("The note must be 2,000 characters or fewer");
        RuleFor(f => f.HoursWorked).Cascade(CascadeMode.Stop)
            .NotNull().WithMessage("Enter the hours you worked this week")
            .GreaterThanOrEqualTo(0).WithMessage("Hours worked cannot be negative")
            .LessThanOrEqualTo(UpdateWeekForm.MaxHours).WithMessage("Hours worked must be 80 or fewer");
    }
}

/// <summary>What the mentor does with a week: comment on it, or sign it off (with an optional comment).</summary>
public enum ReviewDecision
{
    Comment = 0,
    SignOff = 1,
}

/// <summary>The mentor's comment on a week, or their sign-off of it.</summary>
public sealed class ReviewWeekForm : WeekFormBase
{
    public string? Comment { get; set; }

    /// <summary>Which button was pressed.</summary>
    public ReviewDecision Decision { get; set; }

    public Guid Version { get; set; }
}

public sealed class ReviewWeekFormValidator : AbstractValidator<ReviewWeekForm>
{
    public ReviewWeekFormValidator()
    {
        RuleFor(f => f.Comment).NotEmpty().When(f => f.Decision == ReviewDecision.Comment).WithMessage("Enter a comment");
        RuleFor(f => f.Comment).MaximumLength(2000).WithMessage("The comment must be 2,000 characters or fewer");
        RuleFor(f => f.Decision).IsInEnum().WithMessage("Choose to save a comment or sign off the week");
    }
}
