using FluentValidation;

namespace StretchPortal.Web.Features.TwoFactor;

/// <summary>The 6-digit code from the authenticator app, typed to finish setting it up.</summary>
public sealed class EnableTwoFactorForm
{
    public string Code { get; set; } = "";
}

public sealed class EnableTwoFactorFormValidator : AbstractValidator<EnableTwoFactorForm>
{
    public EnableTwoFactorFormValidator() => RuleFor(f => f.Code).AuthenticatorCode();
}

/// <summary>The current password, asked again before two-factor authentication is turned off or set up afresh.</summary>
public sealed class ConfirmPasswordForm
{
    public string Password { get; set; } = "";
}

public sealed class ConfirmPasswordFormValidator : AbstractValidator<ConfirmPasswordForm>
{
    public ConfirmPasswordFormValidator() =>
        RuleFor(f => f.Password).NotEmpty().WithMessage("Enter your password");
}

/// <summary>The authenticator code asked for after the password at sign-in.</summary>
public sealed class SignInCodeForm
{
    public string Code { get; set; } = "";

    public string? ReturnUrl { get; set; }
}

public sealed class SignInCodeFormValidator : AbstractValidator<SignInCodeForm>
{
    public SignInCodeFormValidator() => RuleFor(f => f.Code).AuthenticatorCode();
}

/// <summary>One of the recovery codes, for a person without their authenticator app.</summary>
public sealed class RecoveryCodeForm
{
    public string RecoveryCode { get; set; } = "";

    public string? ReturnUrl { get; set; }
}

public sealed class RecoveryCodeFormValidator : AbstractValidator<RecoveryCodeForm>
{
    public RecoveryCodeFormValidator() =>
        RuleFor(f => f.RecoveryCode).NotEmpty().WithMessage("Enter a recovery code")
            .MaximumLength(50).WithMessage("Enter a recovery code as it was shown to you");
}

internal static class AuthenticatorCodeRules
{
    public static IRuleBuilderOptions<T, string> AuthenticatorCode<T>(this IRuleBuilder<T, string> rule) =>
        rule.NotEmpty().WithMessage("Enter the 6-digit code from your authenticator app")
            .Must(code => TwoFactorService.Digits(code).Length == 6).WithMessage("Enter the 6-digit code from your authenticator app, like 123456");
}
