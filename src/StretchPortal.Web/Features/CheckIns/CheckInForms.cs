using FluentValidation;
using FluentValidation.Results;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ModelBinding.Validation;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace StretchPortal.Web.Features.CheckIns;

/// <summary>
/// A check-in of the mentee with their mentor, sponsor or coach: when (a future date records a planned check-in),
/// who was there, notes shared with everyone concerned or private to their author, and up to three agreed actions.
/// </summary>
public sealed class RecordCheckInForm
{
    public const int MaxActions = 3;

    public DateOnly? HeldOn { get; set; }

    /// <summary>Who met the mentee: <see cref="Attendee"/> names.</summary>
    public List<string> Attendees { get; set; } = [];

    public string? Notes { get; set; }

    public bool NotesArePrivate { get; set; }

    public List<AgreedActionForm> Actions { get; set; } = [];

    [BindNever]
    [ValidateNever]
    public CheckInEnrolmentViewModel Enrolment { get; set; } = null!;

    /// <summary>The mentee's supporters, for the "who was there" checkboxes.</summary>
    [BindNever]
    [ValidateNever]
    public IReadOnlyList<SelectListItem> AttendeeChoices { get; set; } = [];

    /// <summary>The mentee and their supporters, who can own an action.</summary>
    [BindNever]
    [ValidateNever]
    public IReadOnlyList<SelectListItem> OwnerChoices { get; set; } = [];

    public static IReadOnlyList<SelectListItem> PrivacyChoices { get; } = [new("Keep these notes private to me", "true")];
}

/// <summary>One action agreed at a check-in; a row left empty is ignored.</summary>
public sealed class AgreedActionForm
{
    public string? Description { get; set; }

    public string? OwnerId { get; set; }

    public DateOnly? DueOn { get; set; }

    public bool IsEmpty => string.IsNullOrWhiteSpace(Description) && string.IsNullOrWhiteSpace(OwnerId) && DueOn is null;
}

/// <summary>The supporters who can be at a check-in with the mentee.</summary>
public enum Attendee
{
    Mentor,
    Sponsor,
    Coach,
}

public sealed class RecordCheckInFormValidator : AbstractValidator<RecordCheckInForm>
{
    public RecordCheckInFormValidator()
    {
        RuleFor(f => f.HeldOn).NotNull().WithMessage("Enter the date of the check-in");
        RuleFor(f => f.Attendees).NotEmpty().WithMessage("Choose who was there: the mentor, sponsor or coach");
        RuleForEach(f => f.Attendees).IsEnumName(typeof(Attendee)).WithMessage("Choose who was there from the list");
        RuleFor(f => f.Notes).MaximumLength(4000).WithMessage("Notes must be 4,000 characters or fewer");
        RuleFor(f => f.Actions).Must(a => a.Count <= RecordCheckInForm.MaxActions)
            .WithMessage($"Record up to {RecordCheckInForm.MaxActions} actions");
        RuleFor(f => f.Actions).Custom((actions, context) =>
        {
            for (var i = 0; i < actions.Count; i++)
            {
                var action = actions[i];
                if (action.IsEmpty)
                {
                    continue;
                }

                if (string.IsNullOrWhiteSpace(action.Description))
                {
                    context.AddFailure(new ValidationFailure($"Actions[{i}].Description", $"Describe action {i + 1}"));
                }
                else if (action.Description.Length > 1000)
                {
                    context.AddFailure(new ValidationFailure($"Actions[{i}].Description", $"Action {i + 1} must be 1,000 characters or fewer"));
                }

                if (string.IsNullOrWhiteSpace(action.OwnerId))
                {
                    context.AddFailure(new ValidationFailure($"Actions[{i}].OwnerId", $"Choose who owns action {i + 1}"));
                }
            }
        });
    }
}

/// <summary>Ticks an action off, or opens it again, as of the version the person saw.</summary>
public sealed class TickActionForm
{
    public Guid Version { get; set; }
}
