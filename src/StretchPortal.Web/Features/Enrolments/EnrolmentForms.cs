using FluentValidation;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ModelBinding.Validation;
using StretchPortal.Web.Features.Programmes;

namespace StretchPortal.Web.Features.Enrolments;

/// <summary>Where an enrolment form sits, for its caption and breadcrumb; filled by the controller, never posted.</summary>
public abstract class EnrolmentFormBase
{
    [BindNever]
    [ValidateNever]
    public Guid CohortId { get; set; }

    [BindNever]
    [ValidateNever]
    public string CohortName { get; set; } = "";

    [BindNever]
    [ValidateNever]
    public Guid ProgrammeId { get; set; }

    [BindNever]
    [ValidateNever]
    public string ProgrammeName { get; set; } = "";

    /// <summary>The enrolled mentee's name, on the pages about an existing enrolment.</summary>
    [BindNever]
    [ValidateNever]
    public string MenteeName { get; set; } = "";
}

/// <summary>
/// Enrols a mentee in a cohort with their mentor, and optionally a sponsor and a coach, each named by email address.
/// Text fields are nullable, as a post may leave them out.
/// </summary>
public sealed class CreateEnrolmentForm : EnrolmentFormBase
{
    public string? MenteeEmail { get; set; }

    public string? MentorEmail { get; set; }

    public string? SponsorEmail { get; set; }

    public string? CoachEmail { get; set; }
}

public sealed class CreateEnrolmentFormValidator : AbstractValidator<CreateEnrolmentForm>
{
    public CreateEnrolmentFormValidator()
    {
        RuleFor(f => f.MenteeEmail).EmailAddressOfPerson("Enter the mentee's email address");
        RuleFor(f => f.MentorEmail).EmailAddressOfPerson("Enter the mentor's email address");
        RuleFor(f => f.SponsorEmail).OptionalEmailAddressOfPerson();
        RuleFor(f => f.CoachEmail).OptionalEmailAddressOfPerson();
    }
}

/// <summary>Changes the mentor, sponsor or coach of an active enrolment.</summary>
public sealed class EditEnrolmentForm : EnrolmentFormBase
{
    public string? MentorEmail { get; set; }

    public string? SponsorEmail { get; set; }

    public string? CoachEmail { get; set; }

    public Guid Version { get; set; }
}

public sealed class EditEnrolmentFormValidator : AbstractValidator<EditEnrolmentForm>
{
    public EditEnrolmentFormValidator()
    {
        RuleFor(f => f.MentorEmail).EmailAddressOfPerson("Enter the mentor's email address");
        RuleFor(f => f.SponsorEmail).OptionalEmailAddressOfPerson();
        RuleFor(f => f.CoachEmail).OptionalEmailAddressOfPerson();
    }
}

/// <summary>Withdraws a mentee from their cohort, with the reason.</summary>
public sealed class WithdrawEnrolmentForm : EnrolmentFormBase
{
    public string? Reason { get; set; }

    public Guid Version { get; set; }
}

public sealed class WithdrawEnrolmentFormValidator : AbstractValidator<WithdrawEnrolmentForm>
{
    public WithdrawEnrolmentFormValidator()
    {
        RuleFor(f => f.Reason).NotEmpty().WithMessage("Enter the reason for the withdrawal")
            .MaximumLength(2000).WithMessage("Reason must be 2,000 characters or fewer");
    }
}
