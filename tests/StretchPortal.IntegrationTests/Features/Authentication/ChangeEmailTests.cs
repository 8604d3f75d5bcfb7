using System.Net;
using Microsoft.EntityFrameworkCore;
using StretchPortal.IntegrationTests.Infrastructure;

namespace StretchPortal.IntegrationTests.Features.Authentication;

public sealed class ChangeEmailTests : IDisposable
{
    private readonly PortalApp app = new();

    [Fact]
    public async Task The_email_changes_only_when_the_link_sent_to_the_new_address_is_confirmed()
    {
        var person = await app.PersonAsync("old@example.org");
        using var client = await app.SignedInAsync(person.Email!);

        using var asked = await client.PostFormAsync("/Profile/ChangeEmail", new() { ["NewEmail"] = "new@example.org", ["Password"] = TestData.Password });
        Assertions.IsRedirectTo(asked, "/Profile");
        Assert.Equal("old@example.org", await EmailOfAsync(person.Id));
        var link = Mail.LinkIn(app.To("new@example.org").Single());

        using var opened = await client.GetAsync(link);
        Assert.Equal(HttpStatusCode.OK, opened.StatusCode);
        Assert.Equal("old@example.org", await EmailOfAsync(person.Id));

        using var confirmed = await client.PostFormAsync(link, []);
        Assertions.IsRedirectTo(confirmed, "/Profile");
        Assert.Equal("new@example.org", await EmailOfAsync(person.Id));
        Assert.Single(app.To("old@example.org"), m => m.Subject?.Contains("has changed", StringComparison.Ordinal) == true);
        Assert.True(await app.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.Action == "Person.EmailChanged" && a.EntityId == person.Id)));
        using var withNew = await app.SignedInAsync("new@example.org");
        using var again = await client.PostFormAsync(link, []);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Contains("expired", (await PortalClient.ParseAsync(again)).QuerySelector("h1")?.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_wrong_password_sends_nothing()
    {
        var person = await app.PersonAsync("old@example.org");
        using var client = await app.SignedInAsync(person.Email!);

        using var response = await client.PostFormAsync("/Profile/ChangeEmail", new() { ["NewEmail"] = "new@example.org", ["Password"] = "not my password at all" });
        var page = await PortalClient.ParseAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Your password is not correct", Assertions.ErrorSummary(page));
        Assert.Equal("new@example.org", Assertions.FieldValue(page, "NewEmail"));
        Assert.Empty(app.To("new@example.org"));
    }

    [Fact]
    public async Task An_address_already_in_use_gets_the_same_answer_and_no_link()
    {
        var person = await app.PersonAsync("old@example.org");
        await app.PersonAsync("taken@example.org");
        using var client = await app.SignedInAsync(person.Email!);

        using var response = await client.PostFormAsync("/Profile/ChangeEmail", new() { ["NewEmail"] = "taken@example.org", ["Password"] = TestData.Password });

        Assertions.IsRedirectTo(response, "/Profile");
        var notice = Assert.Single(app.To("taken@example.org"));
        Assert.DoesNotContain("ConfirmEmailChange", notice.TextBody, StringComparison.Ordinal);
        Assert.Equal("old@example.org", await EmailOfAsync(person.Id));
    }

    [Fact]
    public async Task Changing_email_needs_a_signed_in_person()
    {
        using var client = app.NewClient();

        using var response = await client.GetAsync("/Profile/ChangeEmail");

        Assertions.IsRedirectToSignIn(response);
    }

    private Task<string?> EmailOfAsync(string id) => app.WithDbAsync(db => db.Users.Where(u => u.Id == id).Select(u => u.Email).SingleAsync());

    public void Dispose() => app.Dispose();
}
