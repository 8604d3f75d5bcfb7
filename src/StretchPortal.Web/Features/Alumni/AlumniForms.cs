using System.Globalization;
using FluentValidation;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ModelBinding.Validation;
using Microsoft.AspNetCore.Mvc.Rendering;
using StretchPortal.Web.Domain;

namespace StretchPortal.Web.Features.Alumni;

/// <summary>An alum's entry in the directory: listed or not, and what it shows beside their name.</summary>
public sealed class AlumniProfileForm
{
    public string? Role { get; set; }

    public string? Organisation { get; set; }

    public Guid? AssignmentId { get; set; }

    public Guid Version { get; set; }

    /// <summary>Their completed or presented assignments in that enrolment; filled by the service, never posted.</summary>
    [BindNever]
    [ValidateNever]
    public IReadOnlyList<SelectListItem> Assignments { get; set; } = [];

    [BindNever]
    [ValidateNever]
    public bool IsListed { get; set; }

    [BindNever]
    [ValidateNever]
    public string Programme { get; set; } = "";
}

public sealed class AlumniProfileFormValidator : AbstractValidator<AlumniProfileForm>
{
    public AlumniProfileFormValidator()
    {
        RuleFor(f => f.Role).NotEmpty().WithMessage("Enter your role, as the directory should show it")
            .MaximumLength(200).WithMessage("Role must be 200 characters or fewer");
        RuleFor(f => f.Organisation).NotEmpty().WithMessage("Enter your organisation")
            .MaximumLength(200).WithMessage("Organisation must be 200 characters or fewer");
    }
}

/// <summary>News or an event a lead posts to a programme's alumni.</summary>
public sealed class AlumniPostForm
{
    public Guid? ProgrammeId { get; set; }

    public AlumniPostKind? Kind { get; set; }

    public string? Title { get; set; }

    public string? Body { get; set; }

    public DateOnly? EventDate { get; set; }

    public string? EventTime { get; set; }

    [BindNever]
    [ValidateNever]
    public IReadOnlyList<SelectListItem> Programmes { get; set; } = [];

    public static IReadOnlyList<SelectListItem> KindChoices { get; } =
    [
        new("News", nameof(AlumniPostKind.News)),
        new("An event", nameof(AlumniPostKind.Event)),
    ];

    public TimeOnly? Time =>
        TimeOnly.TryParseExact(EventTime?.Trim(), ["H:mm", "HH:mm"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var time) ? time : null;
}

public sealed class AlumniPostFormValidator : AbstractValidator<AlumniPostForm>
{
    public AlumniPostFormValidator()
    {
        RuleFor(f => f.ProgrammeId).NotEmpty().WithMessage("Choose the programme whose alumni it is for");
        RuleFor(f => f.Kind).NotNull().WithMessage("Choose whether it is news or an event").IsInEnum().WithMessage("Choose news or an event");
        RuleFor(f => f.Title).NotEmpty().WithMessage("Enter a title")
            .MaximumLength(200).WithMessage("Title must be 200 characters or fewer");
        RuleFor(f => f.Body).NotEmpty().WithMessage("Enter what you want to tell the alumni")
            .MaximumLength(4000).WithMessage("The text must be 4,000 characters or fewer");
        When(f => f.Kind == AlumniPostKind.Event, () =>
        {
            RuleFor(f => f.EventDate).NotNull().WithMessage("Enter the date of the event");
            RuleFor(f => f.EventTime).NotEmpty().WithMessage("Enter the start time of the event, like 18:00");
            RuleFor(f => f.EventTime).Must((f, _) => f.Time is not null).When(f => !string.IsNullOrWhiteSpace(f.EventTime))
                .WithMessage("Enter the start time as hours and minutes, like 18:00");
        });
    }
}

/// <summary>Welcomes a completed mentee to the alumni, as of the enrolment version the lead saw.</summary>
public sealed class JoinAlumniForm
{
    public Guid Version { get; set; }
}
