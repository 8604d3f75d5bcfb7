using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Serilog.Core;
using Serilog.Events;
using StretchPortal.IntegrationTests.Features.Privacy;
using StretchPortal.IntegrationTests.Features.Reports;
using StretchPortal.IntegrationTests.Infrastructure;
using StretchPortal.Web.Infrastructure.Auditing;
using StretchPortal.Web.Security;

namespace StretchPortal.IntegrationTests.Features.Audit;

/// <summary>Refusals audited with who, what, when and from where; nothing forged by input; the trail exported.</summary>
public sealed class AuditHardeningTests : IDisposable
{
    private const string Address = "203.0.113.9";

    private readonly PortalApp app = new();

    private readonly CapturedLog log = new();

    public AuditHardeningTests()
    {
        app.TestServices = services =>
        {
            services.AddSingleton<ILogEventSink>(log);
            services.AddSingleton<IStartupFilter, FixedRemoteAddress>();
        };
    }

    [Fact]
    public async Task A_refused_request_is_audited_once_with_who_what_when_and_from_where_and_cannot_forge_a_line()
    {
        var mentee = await app.PersonAsync(null, Roles.Mentee);
        using var client = await app.SignedInAsync(mentee.Email!);
        var before = DateTime.UtcNow.AddSeconds(-1);

        using var response = await client.GetAsync("/Audit/Index/%0D%0AFAKE%20ENTRY");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        var entry = await app.WithDbAsync(db => db.AuditEntries.SingleAsync(a => a.Action == RefusalAudit.Action));
        Assert.Equal(mentee.Id, entry.ActorId);
        Assert.Equal("Audit", entry.EntityType);
        Assert.Equal("\\r\\nFAKE ENTRY", entry.EntityId);
        Assert.Equal(Address, entry.FromAddress);
        Assert.InRange(entry.OccurredAt, before, DateTime.UtcNow.AddSeconds(1));
        Assert.Contains("/Audit/Index/\\r\\nFAKE ENTRY", entry.Changes, StringComparison.Ordinal);
        Assert.False(await app.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.Action.StartsWith("FAKE") || a.EntityId.Contains('\n') || a.EntityId.Contains('\r'))));
        var lines = log.Rendered().Where(l => l.Contains("FAKE ENTRY", StringComparison.Ordinal)).ToList();
        Assert.True(lines.Count > 0, $"{log.Rendered().Count} events: " + string.Join(" | ", log.Rendered().Take(30)));
        Assert.All(lines, l => Assert.DoesNotContain('\n', l));
        Assert.All(lines, l => Assert.DoesNotContain('\r', l));
        Assert.Contains(lines, l => l.Contains("\\r\\nFAKE ENTRY", StringComparison.Ordinal));
        Assert.Contains(log.Rendered(), l => l.StartsWith("HTTP \"GET\"", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_form_value_with_new_lines_ends_up_as_one_entry_with_the_control_characters_escaped()
    {
        var lead = await app.PersonAsync(null, Roles.ProgrammeLead);
        var organisation = await app.OrganisationAsync("Plain Trust");
        using var client = await app.SignedInAsync(lead.Email!);

        using var response = await client.PostFormAsync($"/Organisations/Edit/{organisation.Id}", new() { ["Name"] = "Plain Trust\r\nFAKE ENTRY\u2028\u202E" });

        Assertions.IsRedirectTo(response, "/Organisations");
        var entries = await app.WithDbAsync(db => db.AuditEntries.Where(a => a.EntityId == organisation.Id.ToString() && a.Action == "Organisation.Modified").ToListAsync());
        var entry = Assert.Single(entries);
        Assert.Equal(lead.Id, entry.ActorId);
        Assert.Equal(Address, entry.FromAddress);
        Assert.DoesNotContain('\n', entry.Changes!);
        Assert.DoesNotContain('\r', entry.Changes!);
        Assert.DoesNotContain('\u2028', entry.Changes!);
        Assert.DoesNotContain('\u202E', entry.Changes!);
        Assert.Contains("FAKE ENTRY", entry.Changes, StringComparison.Ordinal);
        Assert.False(await app.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.Action.StartsWith("FAKE"))));
    }

    [Fact]
    public async Task Every_state_change_of_assignments_interests_decisions_coaching_and_declarations_is_audited()
    {
        var subject = await app.SubjectAsync("AUDITED");

        var actions = await app.WithDbAsync(db => db.AuditEntries.Select(a => a.Action).Distinct().ToListAsync());

        Assert.Contains("StretchAssignment.Added", actions);
        Assert.Contains("WeeklyDeliverable.Added", actions);
        Assert.Contains("CheckIn.Added", actions);
        Assert.Contains("ExpressionOfInterest.Added", actions);
        Assert.Contains("SelectionDecision.Added", actions);
        Assert.Contains("CoachingRelationship.Added", actions);
        Assert.Contains("CoachingSession.Added", actions);
        Assert.Contains("EqualityDeclaration.Added", actions);
        var declaration = await app.WithDbAsync(db => db.AuditEntries.FirstAsync(a => a.Action == "EqualityDeclaration.Added"));
        Assert.DoesNotContain("WhiteBritish", declaration.Changes, StringComparison.Ordinal);
        Assert.NotNull(subject);
    }

    [Fact]
    public void The_sanitiser_escapes_every_line_breaking_or_disguising_character()
    {
        Assert.Equal("a\\r\\nb\\tc\\u0085d\\u2028e\\u2029f\\u202eg\\u2066h\\u001bi", UntrustedText.Neutralise("a\r\nb\tc\u0085d\u2028e\u2029f\u202Eg\u2066h\u001Bi"));
        Assert.Equal("Zoë O'Brien – naïve", UntrustedText.Neutralise("Zoë O'Brien – naïve"));
    }

    [Fact]
    public async Task An_administrator_exports_the_filtered_trail_as_csv_and_excel_and_the_export_is_audited()
    {
        var admin = await app.PersonAsync("exporter@example.org", Roles.Administrator);
        var lead = await app.PersonAsync(null, Roles.ProgrammeLead);
        var organisation = await app.OrganisationAsync("Exported Trust");
        await app.OrganisationAsync("Other Trust");
        using (var leadClient = await app.SignedInAsync(lead.Email!))
        {
            using var renamed = await leadClient.PostFormAsync($"/Organisations/Edit/{organisation.Id}", new() { ["Name"] = "=HYPERLINK(\"x\")" });
            Assertions.IsRedirectTo(renamed, "/Organisations");
        }

        using var client = await app.SignedInAsync(admin.Email!);
        var page = await client.GetPageAsync($"/Audit?EntityType=Organisation&EntityId={organisation.Id}");
        var csvLink = page.QuerySelectorAll("a").Single(a => a.TextContent.StartsWith("CSV", StringComparison.Ordinal)).GetAttribute("href")!;
        var xlsxLink = page.QuerySelectorAll("a").Single(a => a.TextContent.StartsWith("Excel", StringComparison.Ordinal)).GetAttribute("href")!;

        using var csv = await client.GetAsync(csvLink);
        using var xlsx = await client.GetAsync(xlsxLink);

        Assert.Equal("text/csv", csv.Content.Headers.ContentType?.MediaType);
        var lines = ReportPages.CsvLines(await csv.Content.ReadAsByteArrayAsync());
        Assert.Equal(3, lines.Length);
        Assert.StartsWith("When (UTC),Who,", lines[0], StringComparison.Ordinal);
        Assert.Contains("Organisation.Modified", lines[1], StringComparison.Ordinal);
        Assert.Contains("Organisation.Added", lines[2], StringComparison.Ordinal);
        Assert.All(lines.Skip(1), l => Assert.Contains(organisation.Id.ToString(), l, StringComparison.Ordinal));
        var rows = ReportPages.XlsxRows(await xlsx.Content.ReadAsByteArrayAsync());
        Assert.Equal(3, rows.Count);
        Assert.Equal(["Organisation.Modified", "Organisation.Added"], rows.Skip(1).Select(r => r[3]));
        var exports = await app.WithDbAsync(db => db.AuditEntries.Where(a => a.Action == "Audit.Exported").ToListAsync());
        Assert.Equal(2, exports.Count);
        Assert.All(exports, e => Assert.Equal(admin.Id, e.ActorId));
        Assert.All(exports, e => Assert.Contains(organisation.Id.ToString(), e.Changes, StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_date_filter_leaves_out_entries_outside_the_range()
    {
        var admin = await app.PersonAsync("dates@example.org", Roles.Administrator);
        using var client = await app.SignedInAsync(admin.Email!);
        var tomorrow = DateOnly.FromDateTime(DateTime.UtcNow.AddDays(2)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var today = DateOnly.FromDateTime(DateTime.UtcNow).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

        var future = await client.GetPageAsync($"/Audit?From={tomorrow}");
        var now = await client.GetPageAsync($"/Audit?From={today}&To={tomorrow}&Action=SignIn");

        Assert.Empty(future.QuerySelectorAll("tbody tr"));
        Assert.NotEmpty(now.QuerySelectorAll("tbody tr"));
    }

    [Theory]
    [InlineData(Roles.ProgrammeLead)]
    [InlineData(Roles.Mentee)]
    public async Task Nobody_but_an_administrator_may_export_the_trail(string role)
    {
        var person = await app.PersonAsync(null, role);
        using var client = await app.SignedInAsync(person.Email!);

        using var response = await client.GetAsync("/Audit/Export?format=csv");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.False(await app.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.Action == "Audit.Exported")));
        Assert.True(await app.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.Action == RefusalAudit.Action && a.ActorId == person.Id)));
    }

    public void Dispose() => app.Dispose();

    /// <summary>Every log event the portal writes, after enrichment, as a sink sees it.</summary>
    private sealed class CapturedLog : ILogEventSink
    {
        private readonly ConcurrentQueue<LogEvent> events = new();

        public void Emit(LogEvent logEvent) => events.Enqueue(logEvent);

        public List<string> Rendered() => events.Select(e => e.RenderMessage(CultureInfo.InvariantCulture)).ToList();
    }

    /// <summary>The test server has no remote address; this gives every request one, as a real connection would.</summary>
    private sealed class FixedRemoteAddress : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((context, following) =>
            {
                context.Connection.RemoteIpAddress = IPAddress.Parse(Address);
                return following(context);
            });
            next(app);
        };
    }
}
