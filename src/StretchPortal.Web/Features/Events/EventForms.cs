using System.Globalization;
using FluentValidation;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ModelBinding.Validation;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace StretchPortal.Web.Features.Events;

/// <summary>
/// What a lead enters to schedule an event: the programme, a title, the day and UK time it starts, where, and what it
/// is for. Text fields are nullable so the validator's message is the only one shown.
/// </summary>
public abstract class ScheduleEventFields
{
    public Guid? ProgrammeId { get; set; }

    public string? Title { get; set; }

    public DateOnly? Date { get; set; }

    /// <summary>The UK time it starts, "14:30".</summary>
    public string? StartTime { get; set; }

    public string? Place { get; set; }

    public string? Description { get; set; }

    /// <summary>The programmes the lead leads; filled by the controller, never posted.</summary>
    [BindNever]
    [ValidateNever]
    public IReadOnlyList<SelectListItem> Programmes { get; set; } = [];

    public TimeOnly? Time =>
        TimeOnly.TryParseExact(StartTime?.Trim(), ["H:mm", "HH:mm"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var time) ? time : null;
}

public abstract class ScheduleEventFieldsValidator<T> : AbstractValidator<T>
    where T : ScheduleEventFields
{
    protected ScheduleEventFieldsValidator(string what)
    {
        RuleFor(f => f.ProgrammeId).NotEmpty().WithMessage($"Choose the programme holding the {what}");
        RuleFor(f => f.Title).NotEmpty().WithMessage($"Enter a title for the {what}")
            .MaximumLength(200).WithMessage("Title must be 200 characters or fewer");
        RuleFor(f => f.Date).NotNull().WithMessage($"Enter the date of the {what}");
        RuleFor(f => f.StartTime).NotEmpty().WithMessage("Enter the start time, like 14:30");
        RuleFor(f => f.StartTime).Must((f, _) => f.Time is not null).When(f => !string.IsNullOrWhiteSpace(f.StartTime))
            .WithMessage("Enter the start time as hours and minutes, like 14:30");
        RuleFor(f => f.Place).MaximumLength(300).WithMessage("Place must be 300 characters or fewer");
        RuleFor(f => f.Description).MaximumLength(2000).WithMessage("Description must be 2,000 characters or fewer");
    }
}

public sealed class ScheduleCelebrationForm : ScheduleEventFields;

public sealed class ScheduleCelebrationFormValidator() : ScheduleEventFieldsValidator<ScheduleCelebrationForm>("celebration event");

public sealed class ScheduleSessionForm : ScheduleEventFields;

public sealed class ScheduleSessionFormValidator() : ScheduleEventFieldsValidator<ScheduleSessionForm>("session");

/// <summary>Adds a completed assignment to the end of a celebration event's running order.</summary>
public sealed class AddPresentationForm
{
    public Guid? AssignmentId { get; set; }

    /// <summary>The version of the event the lead saw, so that two leads changing the running order at once notice.</summary>
    public Guid Version { get; set; }

    /// <summary>The programme's completed assignments not yet in the running order; filled by the service, never posted.</summary>
    [BindNever]
    [ValidateNever]
    public IReadOnlyList<SelectListItem> Candidates { get; set; } = [];
}

public sealed class AddPresentationFormValidator : AbstractValidator<AddPresentationForm>
{
    public AddPresentationFormValidator()
    {
        RuleFor(f => f.AssignmentId).NotEmpty().WithMessage("Choose the completed assignment to add");
    }
}

/// <summary>A change to one place in the running order (move up, move down, remove), as of the version the lead saw.</summary>
public sealed class RunningOrderForm
{
    public Guid AssignmentId { get; set; }

    public Guid Version { get; set; }
}

/// <summary>Records that an event took place, as of the version the lead saw.</summary>
public sealed class VersionForm
{
    public Guid Version { get; set; }
}

/// <summary>Who attended a facilitated session: the ids of the invited people ticked.</summary>
public sealed class RecordAttendanceForm
{
    public List<string> Attended { get; set; } = [];

    public Guid Version { get; set; }
}

/// <summary>What the showcase is searched by: words, an ICS priority, and the page.</summary>
public sealed class ShowcaseQuery
{
    public const int PageSize = 10;

    public string? Q { get; set; }

    public Guid? Priority { get; set; }

    public int Page { get; set; } = 1;
}
