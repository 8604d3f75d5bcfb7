using StretchPortal.Web.Features.Account;

namespace StretchPortal.UnitTests.Features.Account;

public sealed class PasswordRulesTests
{
    private readonly RegisterFormValidator validator = new();

    private static RegisterForm Form(string password) => new()
    {
        FullName = "Amara Okafor",
        Email = "amara@example.org",
        Password = password,
        ConfirmPassword = password,
    };

    [Theory]
    [InlineData("all lowercase words")]
    [InlineData("123456789012")]
    [InlineData("ÄÖÜ émoji 🎉 pass")]
    public void Any_password_of_twelve_or_more_characters_is_accepted_without_composition_rules(string password)
    {
        Assert.True(validator.Validate(Form(password)).IsValid);
    }

    [Fact]
    public void Eleven_characters_are_too_few()
    {
        var result = validator.Validate(Form("elevenchars"));

        Assert.Contains(result.Errors, e => e.PropertyName == "Password" && e.ErrorMessage.Contains("12 characters or more", StringComparison.Ordinal));
    }

    [Fact]
    public void More_than_128_characters_are_refused()
    {
        Assert.False(validator.Validate(Form(new string('a', 129))).IsValid);
        Assert.True(validator.Validate(Form(new string('a', 128))).IsValid);
    }

    [Fact]
    public void The_confirmation_must_match()
    {
        var form = Form("a long enough password");
        form.ConfirmPassword = "a different password";

        var result = validator.Validate(form);

        Assert.Contains(result.Errors, e => e.PropertyName == "ConfirmPassword");
    }

    [Fact]
    public void A_malformed_email_address_is_refused()
    {
        var form = Form("a long enough password");
        form.Email = "not-an-address";

        Assert.Contains(validator.Validate(form).Errors, e => e.PropertyName == "Email");
    }
}
