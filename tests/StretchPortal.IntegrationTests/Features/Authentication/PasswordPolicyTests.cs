using System.Net;
using StretchPortal.IntegrationTests.Infrastructure;
using StretchPortal.Web.Security;

namespace StretchPortal.IntegrationTests.Features.Authentication;

public sealed class PasswordPolicyTests : IDisposable
{
    private readonly PortalApp app = new();

    [Theory]
    [InlineData("passwordpassword")]
    [InlineData("Sunshine2024!")]
    [InlineData("dragon123456")]
    [InlineData("P@ssw0rd12345")]
    [InlineData("qwertyuiopasdfghjkl")]
    [InlineData("1234567890123")]
    [InlineData("aaaaaaaaaaaaaaa")]
    [InlineData("LetmeinLetmein")]
    public void Common_passwords_and_their_usual_disguises_are_on_the_list(string password) =>
        Assert.True(CommonPasswords.Contains(password));

    [Theory]
    [InlineData("correct horse battery staple")]
    [InlineData("stretch-portal-demo")]
    [InlineData("mango tram velvet quarry")]
    [InlineData("8h#Kq2!vLz9@")]
    public void Uncommon_passwords_pass_without_any_composition_rule(string password) =>
        Assert.False(CommonPasswords.Contains(password));

    [Fact]
    public void The_shipped_list_is_loaded() => Assert.True(CommonPasswords.Count > 500);

    [Fact]
    public async Task Registering_with_a_common_password_is_refused_with_a_clear_message()
    {
        using var client = app.NewClient();

        using var response = await client.PostFormAsync("/Account/Register", new()
        {
            ["FullName"] = "Common Password",
            ["Email"] = "common@example.org",
            ["Password"] = "Password123456",
            ["ConfirmPassword"] = "Password123456",
        });
        var page = await PortalClient.ParseAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(CommonPasswordValidator.Message, Assertions.ErrorSummary(page));
        Assert.Equal("common@example.org", Assertions.FieldValue(page, "Email"));
        Assert.Equal(0, await app.WithDbAsync(db => Task.FromResult(db.Users.Count(u => u.Email == "common@example.org"))));
    }

    [Theory]
    [InlineData("short pass", "Password must be 12 characters or more")]
    [InlineData(null, "Password must be 128 characters or fewer")]
    public async Task Registering_with_a_password_outside_12_to_128_characters_is_refused(string? password, string message)
    {
        password ??= new string('x', 60) + new string('y', 60) + "abcdefghi";
        using var client = app.NewClient();

        using var response = await client.PostFormAsync("/Account/Register", new()
        {
            ["FullName"] = "Length Test",
            ["Email"] = "length@example.org",
            ["Password"] = password,
            ["ConfirmPassword"] = password,
        });
        var page = await PortalClient.ParseAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(message, Assertions.ErrorSummary(page));
    }

    [Fact]
    public async Task Changing_to_a_common_password_is_refused_and_the_old_one_still_works()
    {
        var person = await app.PersonAsync();
        using var client = await app.SignedInAsync(person.Email!);

        using var response = await client.PostFormAsync("/Profile/ChangePassword", new()
        {
            ["CurrentPassword"] = TestData.Password,
            ["NewPassword"] = "iloveyou2024!",
            ["ConfirmPassword"] = "iloveyou2024!",
        });
        var page = await PortalClient.ParseAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(CommonPasswordValidator.Message, Assertions.ErrorSummary(page));
        using var again = await app.SignedInAsync(person.Email!);
    }

    [Fact]
    public async Task Resetting_to_a_common_password_is_refused()
    {
        var person = await app.PersonAsync();
        using var client = app.NewClient();
        using var asked = await client.PostFormAsync("/Account/ForgotPassword", new() { ["Email"] = person.Email });
        var link = Mail.LinkIn(app.To(person.Email!).Single());

        using var response = await client.PostFormAsync(link, new()
        {
            ["Email"] = person.Email,
            ["Password"] = "football12345",
            ["ConfirmPassword"] = "football12345",
        });
        var page = await PortalClient.ParseAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(CommonPasswordValidator.Message, Assertions.ErrorSummary(page));
        using var stillOld = await app.SignedInAsync(person.Email!);
    }

    public void Dispose() => app.Dispose();
}
