using FluentValidation;

namespace StretchPortal.Web.Features.Programmes;

/// <summary>The shape of an email address that names a person on the programme forms (lead, mentee, mentor, sponsor, coach).</summary>
public static class PersonEmailRules
{
    private const string WrongFormat = "Enter an email address in the correct format, like name@example.org";

    public static IRuleBuilderOptions<T, string?> EmailAddressOfPerson<T>(this IRuleBuilder<T, string?> rule, string whenEmpty) =>
        rule.NotEmpty().WithMessage(whenEmpty)
            .EmailAddress().WithMessage(WrongFormat)
            .MaximumLength(256).WithMessage("Email address must be 256 characters or fewer");

    public static IRuleBuilderOptions<T, string?> OptionalEmailAddressOfPerson<T>(this IRuleBuilder<T, string?> rule) =>
        rule.EmailAddress().WithMessage(WrongFormat)
            .MaximumLength(256).WithMessage("Email address must be 256 characters or fewer");
}
