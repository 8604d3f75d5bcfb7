using FluentValidation;

namespace StretchPortal.Web.Features.Account;

/// <summary>OWASP ASVS 5.0 password length: at least 12 characters, up to 128, and no composition rules.</summary>
public static class PasswordRules
{
    public const int MinimumLength = 12;
    public const int MaximumLength = 128;

    public static IRuleBuilderOptions<T, string> NewPassword<T>(this IRuleBuilder<T, string> rule) =>
        rule.NotEmpty().WithMessage("Enter a password")
            .MinimumLength(MinimumLength).WithMessage($"Password must be {MinimumLength} characters or more")
            .MaximumLength(MaximumLength).WithMessage($"Password must be {MaximumLength} characters or fewer");
}
