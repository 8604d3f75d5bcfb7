using FluentValidation;

namespace StretchPortal.Web.Features.Account;

public sealed class SignInForm
{
    public string Email { get; set; } = "";

    public string Password { get; set; } = "";

    public string? ReturnUrl { get; set; }
}

public sealed class SignInFormValidator : AbstractValidator<SignInForm>
{
    public SignInFormValidator()
    {
        RuleFor(f => f.Email).NotEmpty().WithMessage("Enter your email address");
        RuleFor(f => f.Password).NotEmpty().WithMessage("Enter your password");
    }
}

public sealed class RegisterForm
{
    public string FullName { get; set; } = "";

    public string? JobTitle { get; set; }

    public string Email { get; set; } = "";

    public string Password { get; set; } = "";

    public string ConfirmPassword { get; set; } = "";
}

public sealed class RegisterFormValidator : AbstractValidator<RegisterForm>
{
    public RegisterFormValidator()
    {
        RuleFor(f => f.FullName).NotEmpty().WithMessage("Enter your full name")
            .MaximumLength(200).WithMessage("Full name must be 200 characters or fewer");
        RuleFor(f => f.JobTitle).MaximumLength(200).WithMessage("Job title must be 200 characters or fewer");
        RuleFor(f => f.Email).NotEmpty().WithMessage("Enter your email address")
            .EmailAddress().WithMessage("Enter an email address in the correct format, like name@example.org")
            .MaximumLength(256).WithMessage("Email address must be 256 characters or fewer");
        RuleFor(f => f.Password).NewPassword();
        RuleFor(f => f.ConfirmPassword).Equal(f => f.Password).WithMessage("The passwords do not match");
    }
}

public sealed class ForgotPasswordForm
{
    public string Email { get; set; } = "";
}

public sealed class ForgotPasswordFormValidator : AbstractValidator<ForgotPasswordForm>
{
    public ForgotPasswordFormValidator()
    {
        RuleFor(f => f.Email).NotEmpty().WithMessage("Enter your email address")
            .EmailAddress().WithMessage("Enter an email address in the correct format, like name@example.org");
    }
}

public sealed class ResetPasswordForm
{
    public string Email { get; set; } = "";

    public string Code { get; set; } = "";

    public string Password { get; set; } = "";

    public string ConfirmPassword { get; set; } = "";
}

public sealed class ResetPasswordFormValidator : AbstractValidator<ResetPasswordForm>
{
    public ResetPasswordFormValidator()
    {
        RuleFor(f => f.Email).NotEmpty().WithMessage("Enter your email address");
        RuleFor(f => f.Code).NotEmpty().WithMessage("The reset link is incomplete: ask for a new one");
        RuleFor(f => f.Password).NewPassword();
        RuleFor(f => f.ConfirmPassword).Equal(f => f.Password).WithMessage("The passwords do not match");
    }
}

/// <summary>The confirmation link's values, posted back by the "Confirm your email address" button.</summary>
public sealed class ConfirmEmailForm
{
    public string PersonId { get; set; } = "";

    public string Code { get; set; } = "";
}
