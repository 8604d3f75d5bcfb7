using FluentValidation;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ModelBinding.Validation;
using Microsoft.AspNetCore.Mvc.Rendering;
using StretchPortal.Web.Domain;
using StretchPortal.Web.Features.Shared;

namespace StretchPortal.Web.Features.Coaching;

/// <summary>
/// Seed 003's application form: qualification, experience, register, regions, the confirmations, the line manager,
/// and the terms and use of data.
/// </summary>
public sealed class ApplyToCoachForm
{
    public string? QualificationName { get; set; }

    public string? QualificationProvider { get; set; }

    public int? QualificationLevel { get; set; }

    public string? ExperienceSummary { get; set; }

    public int? NumberOfCoachees { get; set; }

    public string? CoacheeSeniority { get; set; }

    /// <summary>An <see cref="NhsRegion"/> name.</summary>
    public string? CoachingRegister { get; set; }

    /// <summary><see cref="CoachingRegions"/> names.</summary>
    public List<string> RegionsOffered { get; set; } = [];

    /// <summary><see cref="CoachConfirmation"/> names.</summary>
    public List<string> Confirmations { get; set; } = [];

    public string? LineManagerName { get; set; }

    public string? LineManagerEmail { get; set; }

    public bool AcceptsTerms { get; set; }

    public bool AcceptsDataUse { get; set; }

    public static IReadOnlyList<SelectListItem> LevelChoices { get; } =
        Enumerable.Range(3, 6).Select(l => new SelectListItem($"Level {l}", l.ToString(System.Globalization.CultureInfo.InvariantCulture))).ToList();

    public static IReadOnlyList<SelectListItem> RegisterChoices => RegionChoices.All;

    public static IReadOnlyList<SelectListItem> RegionsOfferedChoices { get; } =
        Enum.GetValues<CoachingRegions>().Where(r => r != CoachingRegions.None)
            .Select(r => new SelectListItem(r.DisplayName(), r.ToString())).ToList();

    public static IReadOnlyList<SelectListItem> ConfirmationChoices { get; } =
        Enum.GetValues<CoachConfirmation>().Select(c => new SelectListItem(c.DisplayName(), c.ToString())).ToList();

    public static IReadOnlyList<SelectListItem> TermsChoice { get; } = [new("I agree to the terms and conditions above", "true")];

    public static IReadOnlyList<SelectListItem> DataUseChoice { get; } =
        [new("I agree to the use of my data as described above (only in connection with this programme; it will not be shared with third parties)", "true")];
}

/// <summary>What the applicant ticks to confirm (seed 003's form).</summary>
public enum CoachConfirmation
{
    [System.ComponentModel.DataAnnotations.Display(Name = "I am an active member of an NHS local or national coaching register, or commit to signing up to one")]
    ActiveRegisterMember,

    [System.ComponentModel.DataAnnotations.Display(Name = "I have access to supervision and will take part in supervision as part of the scheme")]
    HasSupervision,

    [System.ComponentModel.DataAnnotations.Display(Name = "I can evidence coaching CPD and supervision for the last 12 months")]
    CpdEvidenced,

    [System.ComponentModel.DataAnnotations.Display(Name = "I can provide coaching as soon as training is complete and support the scheme on an ongoing basis")]
    AvailableOnceTrained,

    [System.ComponentModel.DataAnnotations.Display(Name = "I have permission from my line manager and organisation to be released to support the service")]
    LineManagerPermission,
}

public sealed class ApplyToCoachFormValidator : AbstractValidator<ApplyToCoachForm>
{
    public ApplyToCoachFormValidator()
    {
        RuleFor(f => f.QualificationName).NotEmpty().WithMessage("Enter the name of your coaching qualification")
            .MaximumLength(200).WithMessage("The qualification's name must be 200 characters or fewer");
        RuleFor(f => f.QualificationProvider).NotEmpty().WithMessage("Enter where you trained or the name of the provider")
            .MaximumLength(200).WithMessage("The provider must be 200 characters or fewer");
        RuleFor(f => f.QualificationLevel).NotNull().WithMessage("Choose the level of your coaching qualification")
            .InclusiveBetween(1, 8).WithMessage("Choose the level of your coaching qualification from the list");
        RuleFor(f => f.ExperienceSummary).NotEmpty().WithMessage("Summarise your coaching experience")
            .MaximumLength(4000).WithMessage("The summary must be 4,000 characters or fewer");
        RuleFor(f => f.NumberOfCoachees).NotNull().WithMessage("Enter roughly how many people you have coached")
            .InclusiveBetween(0, 10000).WithMessage("Enter how many people you have coached as a number from 0 to 10,000");
        RuleFor(f => f.CoacheeSeniority).NotEmpty().WithMessage("Describe the seniority of the people you have coached")
            .MaximumLength(500).WithMessage("The seniority must be 500 characters or fewer");
        RuleFor(f => f.CoachingRegister).NotEmpty().WithMessage("Choose your local coaching register")
            .IsEnumName(typeof(NhsRegion)).WithMessage("Choose your local coaching register from the list");
        RuleFor(f => f.RegionsOffered).NotEmpty().WithMessage("Choose the regions where you can offer coaching, or Any region");
        RuleForEach(f => f.RegionsOffered).Must(r => Enum.TryParse<CoachingRegions>(r, out var v) && v != CoachingRegions.None && Enum.IsDefined(v))
            .WithMessage("Choose the regions from the list");
        RuleForEach(f => f.Confirmations).IsEnumName(typeof(CoachConfirmation)).WithMessage("Choose the confirmations from the list");
        RuleFor(f => f.LineManagerName).NotEmpty().WithMessage("Enter your line manager's name")
            .MaximumLength(200).WithMessage("Your line manager's name must be 200 characters or fewer");
        RuleFor(f => f.LineManagerEmail).NotEmpty().WithMessage("Enter your line manager's email address")
            .EmailAddress().WithMessage("Enter your line manager's email address in the correct format, like name@example.org")
            .MaximumLength(256).WithMessage("The email address must be 256 characters or fewer");
        RuleFor(f => f.AcceptsTerms).Equal(true).WithMessage("Agree to the terms and conditions to apply");
        RuleFor(f => f.AcceptsDataUse).Equal(true).WithMessage("Agree to the use of your data to apply");
    }
}

/// <summary>The programme lead declines an application, saying why.</summary>
public sealed class DeclineApplicationForm
{
    public string? Reason { get; set; }

    public Guid Version { get; set; }
}

public sealed class DeclineApplicationFormValidator : AbstractValidator<DeclineApplicationForm>
{
    public DeclineApplicationFormValidator()
    {
        RuleFor(f => f.Reason).NotEmpty().WithMessage("Enter the reason for declining")
            .MaximumLength(2000).WithMessage("The reason must be 2,000 characters or fewer");
    }
}

/// <summary>The programme lead approves an application as of the version they saw.</summary>
public sealed class ApproveApplicationForm
{
    public Guid Version { get; set; }
}

/// <summary>A date for one of the two live workshops.</summary>
public sealed class AddWorkshopForm
{
    public int? Part { get; set; }

    public DateOnly? Date { get; set; }

    /// <summary>UK time, "09:45".</summary>
    public string? StartTime { get; set; }

    public string? Place { get; set; }

    public int? Capacity { get; set; }

    public static IReadOnlyList<SelectListItem> PartChoices { get; } = [new("Workshop 1", "1"), new("Workshop 2", "2")];
}

public sealed class AddWorkshopFormValidator : AbstractValidator<AddWorkshopForm>
{
    public AddWorkshopFormValidator()
    {
        RuleFor(f => f.Part).NotNull().WithMessage("Choose which workshop this is")
            .InclusiveBetween(1, 2).WithMessage("Choose workshop 1 or workshop 2");
        RuleFor(f => f.Date).NotNull().WithMessage("Enter the date of the workshop");
        RuleFor(f => f.StartTime).NotEmpty().WithMessage("Enter the time the workshop starts");
        RuleFor(f => f.StartTime).Must(t => TimeOnly.TryParse(t, System.Globalization.CultureInfo.InvariantCulture, out _))
            .WithMessage("Enter the start time like 09:45").When(f => !string.IsNullOrEmpty(f.StartTime));
        RuleFor(f => f.Place).NotEmpty().WithMessage("Enter where it is held or the link to join")
            .MaximumLength(500).WithMessage("The place must be 500 characters or fewer");
        RuleFor(f => f.Capacity).NotNull().WithMessage("Enter how many coaches can attend")
            .InclusiveBetween(1, 500).WithMessage("Enter how many coaches can attend as a number from 1 to 500");
    }
}

/// <summary>The lead records whether a coach attended the workshop they booked.</summary>
public sealed class RecordAttendanceForm
{
    public bool Attended { get; set; }

    public Guid Version { get; set; }
}

/// <summary>How many coachees a coach will support at once.</summary>
public sealed class SetCapacityForm
{
    public int? Capacity { get; set; }
}

public sealed class SetCapacityFormValidator : AbstractValidator<SetCapacityForm>
{
    public SetCapacityFormValidator()
    {
        RuleFor(f => f.Capacity).NotNull().WithMessage("Enter how many coachees you can support at once")
            .InclusiveBetween(1, 20).WithMessage("Enter a number of coachees from 1 to 20");
    }
}

/// <summary>The programme lead matches a coachee with a coach.</summary>
public sealed class MatchCoachForm
{
    public string? CoacheeId { get; set; }

    public string? CoachId { get; set; }
}

public sealed class MatchCoachFormValidator : AbstractValidator<MatchCoachForm>
{
    public MatchCoachFormValidator()
    {
        RuleFor(f => f.CoacheeId).NotEmpty().WithMessage("Choose the coachee");
        RuleFor(f => f.CoachId).NotEmpty().WithMessage("Choose the coach");
    }
}

/// <summary>A coaching session the coach held with their coachee.</summary>
public sealed class LogSessionForm
{
    public DateOnly? HeldOn { get; set; }

    public int? Minutes { get; set; }

    /// <summary>A <see cref="SessionMode"/> name.</summary>
    public string? Mode { get; set; }

    public string? PrivateNotes { get; set; }

    public static IReadOnlyList<SelectListItem> ModeChoices { get; } =
        Enum.GetValues<SessionMode>().Select(m => new SelectListItem(m.DisplayName(), m.ToString())).ToList();
}

public sealed class LogSessionFormValidator : AbstractValidator<LogSessionForm>
{
    public LogSessionFormValidator()
    {
        RuleFor(f => f.HeldOn).NotNull().WithMessage("Enter the date of the session");
        RuleFor(f => f.Minutes).NotNull().WithMessage("Enter how long the session lasted, in minutes")
            .InclusiveBetween(5, 480).WithMessage("Enter the length in minutes, from 5 to 480");
        RuleFor(f => f.Mode).NotEmpty().WithMessage("Choose whether the session was virtual or in person")
            .IsEnumName(typeof(SessionMode)).WithMessage("Choose virtual or in person");
        RuleFor(f => f.PrivateNotes).MaximumLength(4000).WithMessage("Notes must be 4,000 characters or fewer");
    }
}

/// <summary>The coach or the programme lead ends a coaching relationship: from that day no more sessions are logged.</summary>
public sealed class EndCoachingForm
{
    public DateOnly? EndedOn { get; set; }

    /// <summary>The relationship's version when the form was shown.</summary>
    public Guid Version { get; set; }
}

public sealed class EndCoachingFormValidator : AbstractValidator<EndCoachingForm>
{
    public EndCoachingFormValidator(TimeProvider clock)
    {
        RuleFor(f => f.EndedOn).Cascade(CascadeMode.Stop).NotNull().WithMessage("Enter the date the coaching ended")
            .Must(d => d <= CoachingTimes.UkToday(clock)).WithMessage("The date the coaching ended must be today or in the past");
    }
}

/// <summary>The programme lead records a coach's attendance at a quarter's supervision.</summary>
public sealed class RecordSupervisionForm
{
    public string? CoachId { get; set; }

    /// <summary>"2026-Q3".</summary>
    public string? Quarter { get; set; }

    public string? Attended { get; set; }

    public DateOnly? AttendedOn { get; set; }

    [BindNever]
    [ValidateNever]
    public IReadOnlyList<SelectListItem> CoachChoices { get; set; } = [];

    [BindNever]
    [ValidateNever]
    public IReadOnlyList<SelectListItem> QuarterChoices { get; set; } = [];

    public static IReadOnlyList<SelectListItem> AttendedChoices { get; } = [new("Yes", "true"), new("No", "false")];
}

public sealed class RecordSupervisionFormValidator : AbstractValidator<RecordSupervisionForm>
{
    public RecordSupervisionFormValidator()
    {
        RuleFor(f => f.CoachId).NotEmpty().WithMessage("Choose the coach");
        RuleFor(f => f.Quarter).NotEmpty().WithMessage("Choose the quarter");
        RuleFor(f => f.Quarter).Must(q => CoachingQuarter.TryParse(q, out _)).WithMessage("Choose the quarter from the list")
            .When(f => !string.IsNullOrEmpty(f.Quarter));
        RuleFor(f => f.Attended).NotEmpty().WithMessage("Choose whether the coach attended");
        RuleFor(f => f.Attended).Must(a => a is "true" or "false").WithMessage("Choose yes or no")
            .When(f => !string.IsNullOrEmpty(f.Attended));
        RuleFor(f => f.AttendedOn).NotNull().WithMessage("Enter the date the coach attended supervision").When(f => f.Attended == "true");
    }
}
