using Microsoft.AspNetCore.Identity;
using StretchPortal.Web.Domain;

namespace StretchPortal.Web.Security;

/// <summary>
/// Refuses common passwords wherever Identity sets one: registration, password reset and password change.
/// </summary>
public sealed class CommonPasswordValidator : IPasswordValidator<Person>
{
    public const string Code = "PasswordTooCommon";

    public const string Message =
        "Choose a password that is harder to guess: this one is among the most commonly used passwords. A few unrelated words together make a strong password.";

    public Task<IdentityResult> ValidateAsync(UserManager<Person> manager, Person user, string? password) =>
        Task.FromResult(password is not null && CommonPasswords.Contains(password)
            ? IdentityResult.Failed(new IdentityError { Code = Code, Description = Message })
            : IdentityResult.Success);
}
