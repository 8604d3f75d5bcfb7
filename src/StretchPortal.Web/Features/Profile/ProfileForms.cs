using FluentValidation;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.Rendering;
using StretchPortal.Web.Domain;
using StretchPortal.Web.Features.Account;

namespace StretchPortal.Web.Features.Profile;

public sealed class EditProfileForm
{
    public string FullName { get; set; } = "";

    public string? JobTitle { get; set; }

    public Guid? OrganisationId { get; set; }

    public NhsRegion? Region { get; set; }

    /// <summary>Identity's concurrency token as the person last saw it.</summary>
    public string ConcurrencyStamp { get; set; } = "";

    /// <summary>The organisations the person may choose from: shown, never posted.</summary>
    [BindNever]
    public IReadOnlyList<SelectListItem> OrganisationChoices { get; set; } = [];
}

public sealed class EditProfileFormValidator : AbstractValidator<EditProfileForm>
{
    public EditProfileFormValidator()
    {
        RuleFor(f => f.FullName).NotEmpty().WithMessage("Enter your full name")
            .MaximumLength(200).WithMessage("Full name must be 200 characters or fewer");
        RuleFor(f => f.JobTitle).MaximumLength(200).WithMessage("Job title must be 200 characters or fewer");
        RuleFor(f => f.Region).IsInEnum().WithMessage("Choose a region from the list");
    }
}

public sealed class ChangePasswordForm
{
    public string CurrentPassword { get; set; } = "";

    public string NewPassword { get; set; } = "";

    public string ConfirmPassword { get; set; } = "";
}

public sealed class ChangePasswordFormValidator : AbstractValidator<ChangePasswordForm>
{
    public ChangePasswordFormValidator()
    {
        RuleFor(f => f.CurrentPassword).NotEmpty().WithMessage("Enter your current password");
        RuleFor(f => f.NewPassword).NewPassword()
            .NotEqual(f => f.CurrentPassword).WithMessage("Your new password must be different from your current password");
        RuleFor(f => f.ConfirmPassword).Equal(f => f.NewPassword).WithMessage("The passwords do not match");
    }
}

/// <summary>A new email address, with the current password asked again before anything is sent.</summary>
public sealed class ChangeEmailForm
{
    public string NewEmail { get; set; } = "";

    public string Password { get; set; } = "";
}

public sealed class ChangeEmailFormValidator : AbstractValidator<ChangeEmailForm>
{
    public ChangeEmailFormValidator()
    {
        RuleFor(f => f.NewEmail).NotEmpty().WithMessage("Enter your new email address")
            .EmailAddress().WithMessage("Enter an email address in the correct format, like name@example.org")
            .MaximumLength(256).WithMessage("Email address must be 256 characters or fewer");
        RuleFor(f => f.Password).NotEmpty().WithMessage("Enter your password");
    }
}

/// <summary>The confirmation link's values, posted back by the "Confirm your new email address" button.</summary>
public sealed class ConfirmEmailChangeForm
{
    public string Email { get; set; } = "";

    public string Code { get; set; } = "";
}
