using System.Net;
using Microsoft.EntityFrameworkCore;
using StretchPortal.IntegrationTests.Infrastructure;
using StretchPortal.Web.Domain;
using StretchPortal.Web.Infrastructure.Auditing;

namespace StretchPortal.IntegrationTests.Features.Equality;

public sealed class EqualityDeclarationTests : IDisposable
{
    private static readonly Dictionary<string, object?> Answers = new()
    {
        ["EthnicGroup"] = "AsianBangladeshi",
        ["Sex"] = "Female",
        ["Disability"] = "Yes",
        ["AgeBand"] = "From45To54",
        ["SexualOrientation"] = "Bisexual",
        ["Religion"] = "Buddhism",
    };

    private readonly PortalApp app = new();

    public void Dispose() => app.Dispose();

    [Fact]
    public async Task Anonymous_visitors_are_sent_to_sign_in()
    {
        using var client = app.NewClient();
        foreach (var url in new[] { "/Equality", "/Equality/Edit", "/Equality/Withdraw" })
        {
            using var response = await client.GetAsync(url);
            Assertions.IsRedirectToSignIn(response);
        }
    }

    [Fact]
    public async Task A_person_saves_their_answers_and_sees_them_on_their_own_page()
    {
        var amara = await app.PersonAsync("amara@example.org", "Mentee");
        using var client = await app.SignedInAsync("amara@example.org");

        var before = await client.GetPageAsync("/Equality");
        Assert.NotNull(before.QuerySelector("#no-declaration"));
        using var response = await client.PostFormAsync("/Equality/Edit", Answers);

        Assertions.IsRedirectTo(response, "/Equality");
        var saved = await app.WithDbAsync(db => db.EqualityDeclarations.SingleAsync());
        Assert.Equal(amara.Id, saved.PersonId);
        Assert.Equal(new EqualityAnswers(EthnicGroup.AsianBangladeshi, Sex.Female, Disability.Yes, AgeBand.From45To54, SexualOrientation.Bisexual, Religion.Buddhism),
            new EqualityAnswers(saved.EthnicGroup, saved.Sex, saved.Disability, saved.AgeBand, saved.SexualOrientation, saved.Religion));
        var page = await client.GetPageAsync("/Equality");
        Assert.Equal("Asian or Asian British: Bangladeshi", page.QuerySelector("[data-field=EthnicGroup]")?.TextContent.Trim());
        Assert.Equal("Buddhism", page.QuerySelector("[data-field=Religion]")?.TextContent.Trim());
    }

    [Fact]
    public async Task Changing_answers_keeps_one_declaration_and_withdrawing_deletes_it()
    {
        await app.PersonAsync("amara@example.org", "Mentee");
        using var client = await app.SignedInAsync("amara@example.org");
        using var first = await client.PostFormAsync("/Equality/Edit", Answers);

        using var second = await client.PostFormAsync("/Equality/Edit", new() { ["Religion"] = "PreferNotToSay" });
        Assertions.IsRedirectTo(second, "/Equality");
        var declaration = await app.WithDbAsync(db => db.EqualityDeclarations.SingleAsync());
        Assert.Equal(Religion.PreferNotToSay, declaration.Religion);
        Assert.Equal(EthnicGroup.AsianBangladeshi, declaration.EthnicGroup);

        using var withdrawn = await client.PostFormAsync("/Equality/Withdraw", []);
        Assertions.IsRedirectTo(withdrawn, "/Equality");
        Assert.Equal(0, await app.WithDbAsync(db => db.EqualityDeclarations.CountAsync()));
        Assert.NotNull((await client.GetPageAsync("/Equality")).QuerySelector("#no-declaration"));
    }

    [Fact]
    public async Task An_unanswered_question_is_listed_in_the_error_summary_and_the_other_answers_are_kept()
    {
        await app.PersonAsync("amara@example.org", "Mentee");
        using var client = await app.SignedInAsync("amara@example.org");

        using var response = await client.PostFormAsync("/Equality/Edit", new(Answers) { ["Religion"] = null });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await PortalClient.ParseAsync(response);
        Assert.Equal(["Choose your religion or belief, or prefer not to say"], Assertions.ErrorSummary(page));
        Assert.NotNull(page.QuerySelector("input[name=EthnicGroup][value=AsianBangladeshi][checked]"));
        Assert.Equal(0, await app.WithDbAsync(db => db.EqualityDeclarations.CountAsync()));
    }

    [Fact]
    public async Task Nobody_can_read_or_change_another_persons_declaration_by_any_route()
    {
        var amara = await app.PersonAsync("amara@example.org", "Mentee");
        var lead = await app.PersonAsync("lead@example.org", "ProgrammeLead");
        var admin = await app.PersonAsync("admin@example.org", "Administrator");
        using (var owner = await app.SignedInAsync("amara@example.org"))
        {
            using var saved = await owner.PostFormAsync("/Equality/Edit", Answers);
        }

        var declarationId = await app.WithDbAsync(db => db.EqualityDeclarations.Select(d => d.Id).SingleAsync());
        foreach (var email in new[] { "lead@example.org", "admin@example.org" })
        {
            using var client = await app.SignedInAsync(email);
            foreach (var url in new[]
            {
                "/Equality", $"/Equality/Index/{declarationId}", $"/Equality/Index/{amara.Id}", $"/Equality?personId={amara.Id}",
                $"/Equality/Edit/{declarationId}", $"/Equality/Edit?personId={amara.Id}", $"/Equality/Details/{declarationId}",
                $"/Equality/{amara.Id}",
            })
            {
                using var response = await client.GetAsync(url);
                var body = await response.Content.ReadAsStringAsync();
                Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.NotFound, $"{url}: {response.StatusCode}");
                Assert.DoesNotContain("Bangladeshi</dd>", body, StringComparison.Ordinal);
                Assert.DoesNotContain("checked", body, StringComparison.Ordinal);
                Assert.DoesNotContain("data-field", body, StringComparison.Ordinal);
            }

            // Posting someone else's id along with answers changes only the poster's own declaration.
            using var posted = await client.PostFormAsync("/Equality/Edit", new(Answers)
            {
                ["EthnicGroup"] = "WhiteIrish", ["PersonId"] = amara.Id, ["Id"] = declarationId.ToString(),
            });
            Assertions.IsRedirectTo(posted, "/Equality");
            using var withdrawn = await client.PostAsync($"/Equality/Withdraw?personId={amara.Id}", new() { ["PersonId"] = amara.Id }, "/Equality/Edit");
        }

        var amaras = await app.WithDbAsync(db => db.EqualityDeclarations.SingleAsync(d => d.PersonId == amara.Id));
        Assert.Equal(EthnicGroup.AsianBangladeshi, amaras.EthnicGroup);
        Assert.Equal(declarationId, amaras.Id);
        Assert.Equal(0, await app.WithDbAsync(db => db.EqualityDeclarations.CountAsync(d => d.PersonId == lead.Id || d.PersonId == admin.Id)));
    }

    [Fact]
    public async Task The_audit_trail_records_each_change_to_a_declaration_but_never_its_values()
    {
        var amara = await app.PersonAsync("amara@example.org", "Mentee");
        using var client = await app.SignedInAsync("amara@example.org");
        using var added = await client.PostFormAsync("/Equality/Edit", Answers);
        using var changed = await client.PostFormAsync("/Equality/Edit", new() { ["Religion"] = "Judaism", ["EthnicGroup"] = "BlackCaribbean" });
        using var withdrawn = await client.PostFormAsync("/Equality/Withdraw", []);

        var entries = await app.WithDbAsync(db => db.AuditEntries.Where(e => e.EntityType == nameof(EqualityDeclaration)).OrderBy(e => e.Id).ToListAsync());

        Assert.Equal(["EqualityDeclaration.Added", "EqualityDeclaration.Modified", "EqualityDeclaration.Deleted"], entries.Select(e => e.Action));
        Assert.All(entries, e => Assert.Equal(amara.Id, e.ActorId));
        Assert.Contains("\"Religion\"", entries[1].Changes, StringComparison.Ordinal);
        Assert.Contains(AuditInterceptor.Withheld, entries[1].Changes, StringComparison.Ordinal);
        foreach (var value in new[] { "Asian", "Bangladeshi", "Female", "Bisexual", "Buddhism", "Judaism", "Caribbean", "From45To54", "\"Yes\"", amara.Id })
        {
            Assert.All(entries, e => Assert.DoesNotContain(value, e.Changes ?? "", StringComparison.Ordinal));
        }
    }

    [Fact]
    public async Task Answers_changed_in_another_window_are_not_overwritten_silently()
    {
        await app.PersonAsync("amara@example.org", "Mentee");
        using var client = await app.SignedInAsync("amara@example.org");
        using var first = await client.PostFormAsync("/Equality/Edit", Answers);
        var staleForm = await client.GetPageAsync("/Equality/Edit");
        var staleVersion = staleForm.QuerySelector("input[name=Version]")!.GetAttribute("value")!;
        using var elsewhere = await client.PostFormAsync("/Equality/Edit", new() { ["Religion"] = "Sikhism" });

        using var response = await client.PostFormAsync("/Equality/Edit", new() { ["Religion"] = "Islam", ["Version"] = staleVersion });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await PortalClient.ParseAsync(response);
        Assert.Contains(Assertions.ErrorSummary(page), e => e.StartsWith("Your answers were changed in another window", StringComparison.Ordinal));
        Assert.NotNull(page.QuerySelector("input[name=Religion][value=Islam][checked]"));
        Assert.Equal(Religion.Sikhism, (await app.WithDbAsync(db => db.EqualityDeclarations.SingleAsync())).Religion);

        // The form shown again carries the current version, so saving it again on purpose goes through.
        var freshVersion = page.QuerySelector("input[name=Version]")!.GetAttribute("value");
        Assert.NotEqual(staleVersion, freshVersion);
        using var deliberate = await client.PostFormAsync("/Equality/Edit", new() { ["Religion"] = "Islam", ["Version"] = freshVersion });
        Assertions.IsRedirectTo(deliberate, "/Equality");
        Assert.Equal(Religion.Islam, (await app.WithDbAsync(db => db.EqualityDeclarations.SingleAsync())).Religion);
    }
}
