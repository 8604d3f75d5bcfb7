using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Xml.Linq;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using StretchPortal.IntegrationTests.Infrastructure;
using StretchPortal.Web.Domain;
using StretchPortal.Web.Security;

namespace StretchPortal.IntegrationTests.Features.Equality;

public sealed class EqualityReportTests : IDisposable
{
    private static readonly string[] ReportUrls =
    [
        "/Reports/Equality", "/Reports/Equality/Export?format=Csv", "/Reports/Equality/Export?format=Xlsx", "/Reports/StaffPool",
        "/Reports/Opportunities", "/Reports/Opportunities/Export?format=Csv", "/Reports/Turnover", "/Reports/Turnover/Export?format=Xlsx",
        "/Reports/Leavers", "/Reports/Improvements", "/Reports/Improvements/Export?format=Csv",
    ];

    private readonly PortalApp app = new();

    public void Dispose() => app.Dispose();

    [Fact]
    public async Task Anonymous_visitors_are_sent_to_sign_in()
    {
        using var client = app.NewClient();
        foreach (var url in ReportUrls)
        {
            using var response = await client.GetAsync(url);
            Assertions.IsRedirectToSignIn(response);
        }
    }

    [Fact]
    public async Task A_mentee_gets_403_on_every_report_and_export_and_cannot_import_a_pool_or_record_a_leaver()
    {
        await app.PersonAsync("mentee@example.org", Roles.Mentee, Roles.Mentor);
        using var client = await app.SignedInAsync("mentee@example.org");

        foreach (var url in ReportUrls)
        {
            using var response = await client.GetAsync(url);
            Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        }

        using var leaver = await client.PostAsync("/Reports/Leavers", new() { ["PersonEmail"] = "mentee@example.org", ["LeftOn"] = "2026-01-01", ["Reason"] = "Other" }, "/Equality");
        using var pool = await UploadAsync(client, "Characteristic,Group,Organisation,Count\nSex,Female,,10\n", "/Equality");
        Assert.Equal(HttpStatusCode.Forbidden, leaver.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, pool.StatusCode);
        Assert.Equal(0, await app.WithDbAsync(db => db.Leavers.CountAsync()));
        Assert.Equal(0, await app.WithDbAsync(db => db.StaffPoolGroups.CountAsync()));
        Assert.Equal(0, await app.WithDbAsync(db => db.AuditEntries.CountAsync(e => e.Action.StartsWith("EqualityReport."))));
    }

    [Fact]
    public async Task Leads_and_administrators_open_every_report()
    {
        await app.PersonAsync("lead@example.org", Roles.ProgrammeLead);
        await app.PersonAsync("admin@example.org", Roles.Administrator);
        foreach (var email in new[] { "lead@example.org", "admin@example.org" })
        {
            using var client = await app.SignedInAsync(email);
            foreach (var url in ReportUrls)
            {
                using var response = await client.GetAsync(url);
                Assert.True(HttpStatusCode.OK == response.StatusCode, $"{email} {url}: {response.StatusCode}");
            }
        }
    }

    [Fact]
    public async Task The_lead_sees_take_up_against_the_staff_pool_with_small_groups_suppressed()
    {
        var (lead, organisation) = await TakeUpDataAsync();
        using var client = await app.SignedInAsync(lead.Email!);

        var page = await client.GetPageAsync("/Reports/Equality");

        // Interest: White 12, Asian 6, Black 2 (a withdrawn Black interest is not counted), the rest 0. Black and the zeros
        // are hidden; together they come to 2, so no one of them can be told. Total 20 is shown.
        Assert.Equal("12", Count(page, "EthnicGroup", "White", "interested"));
        Assert.Equal("6", Count(page, "EthnicGroup", "Asian", "interested"));
        Assert.Equal("Suppressed", Count(page, "EthnicGroup", "Black", "interested"));
        Assert.Equal("Suppressed", Count(page, "EthnicGroup", "NotDeclared", "interested"));
        Assert.Equal("20", Count(page, "EthnicGroup", "Total", "interested"));
        Assert.Equal("60.0%", Share(page, "EthnicGroup", "White", "interested"));
        Assert.Equal("83.3%", Count(page, "EthnicGroup", "White", "shortlisting-rate"));
        Assert.Equal("", Count(page, "EthnicGroup", "Asian", "shortlisting-rate")); // would give away the hidden shortlisted figure
        // Pool: White 600 of 1,000 (60%), Asian 200 (20%), Black 100 (10%).
        Assert.Equal("600", Count(page, "EthnicGroup", "White", "pool"));
        Assert.Equal("60.0%", Share(page, "EthnicGroup", "White", "pool"));
        Assert.Equal("100", Count(page, "EthnicGroup", "Black", "pool"));
        // Shortlisted: White 10, Asian 5, the rest 0: the zeros alone would be known, so Asian (the smallest) hides too.
        Assert.Equal("Suppressed", Count(page, "EthnicGroup", "Asian", "shortlisted"));
        Assert.Equal("10", Count(page, "EthnicGroup", "White", "shortlisted"));
        // Appointed: White 5 and nobody else, so White hides too; there is nothing to compare.
        Assert.Equal("Not available", page.QuerySelector("#likelihood-EthnicGroup tr[data-group=Asian] [data-column=relative-likelihood]")!.TextContent.Trim());
        // No figure under the threshold anywhere on the page.
        Assert.All(page.QuerySelectorAll("td[data-column]").Select(FirstText),
            text => Assert.True(!int.TryParse(text, out var n) || n >= 5, $"A figure of {text} is shown"));
        Assert.Contains("Suppressed", page.QuerySelector("#takeup-Disability")!.TextContent, StringComparison.Ordinal);

        var byOrganisation = await client.GetPageAsync($"/Reports/Equality?organisationId={organisation}");
        Assert.Equal("Suppressed", Count(byOrganisation, "EthnicGroup", "Total", "interested"));
        using var unknown = await client.GetAsync($"/Reports/Equality?organisationId={Guid.NewGuid()}");
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }

    [Fact]
    public async Task Relative_likelihood_is_shown_and_flagged_when_every_figure_behind_it_is_shown()
    {
        var lead = await app.PersonAsync("lead@example.org", Roles.ProgrammeLead);
        var organisation = await app.OrganisationAsync();
        var opportunity = await app.OpportunityAsync(lead.Id, organisation.Id);
        // White: 10 shortlisted, 5 appointed (0.50). Asian: 15 shortlisted, 5 appointed (0.33). Mixed: 1, appointed, hidden.
        await app.CandidatesAsync(opportunity, lead.Id, EqualityTestData.White, EoiStage.Appointed, 5);
        await app.CandidatesAsync(opportunity, lead.Id, EqualityTestData.White, EoiStage.NotAppointed, 5);
        await app.CandidatesAsync(opportunity, lead.Id, EqualityTestData.Asian, EoiStage.Appointed, 5);
        await app.CandidatesAsync(opportunity, lead.Id, EqualityTestData.Asian, EoiStage.NotAppointed, 10);
        await app.CandidatesAsync(opportunity, lead.Id, EqualityTestData.Mixed, EoiStage.Appointed, 1);
        using var client = await app.SignedInAsync(lead.Email!);

        var page = await client.GetPageAsync("/Reports/Equality");

        // 0.50 / (5 / 15 = 0.333) = 1.50: outside 0.80 to 1.25.
        var asian = page.QuerySelector("#likelihood-EthnicGroup tr[data-group=Asian]")!;
        Assert.StartsWith("1.50", asian.QuerySelector("[data-column=relative-likelihood]")!.TextContent.Trim(), StringComparison.Ordinal);
        Assert.NotNull(asian.QuerySelector(".nhsuk-tag--red"));
        // All minority groups together: 16 shortlisted, 6 appointed (0.375): 0.50 / 0.375 = 1.33.
        var bme = page.QuerySelector("#likelihood-EthnicGroup tr[data-group=BME]")!;
        Assert.StartsWith("1.33", bme.QuerySelector("[data-column=relative-likelihood]")!.TextContent.Trim(), StringComparison.Ordinal);
        Assert.Equal("33.3%", Count(page, "EthnicGroup", "Asian", "appointment-rate"));
    }

    [Fact]
    public async Task Every_opening_of_the_equality_report_writes_an_audit_entry()
    {
        var (lead, organisation) = await TakeUpDataAsync();
        using var client = await app.SignedInAsync(lead.Email!);

        await client.GetPageAsync("/Reports/Equality");
        await client.GetPageAsync($"/Reports/Equality?organisationId={organisation}");
        using var csv = await client.GetAsync("/Reports/Equality/Export?format=Csv");
        using var xlsx = await client.GetAsync("/Reports/Equality/Export?format=Xlsx");

        var entries = await app.WithDbAsync(db => db.AuditEntries.Where(e => e.Action.StartsWith("EqualityReport.")).OrderBy(e => e.Id).ToListAsync());
        Assert.Equal(["EqualityReport.Viewed", "EqualityReport.Viewed", "EqualityReport.Exported", "EqualityReport.Exported"], entries.Select(e => e.Action));
        Assert.All(entries, e => Assert.Equal(lead.Id, e.ActorId));
        Assert.Contains(organisation.ToString(), entries[1].Changes, StringComparison.Ordinal);
        Assert.Contains("Xlsx", entries[3].Changes, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_csv_and_excel_exports_never_show_a_group_under_the_threshold()
    {
        var (lead, _) = await TakeUpDataAsync();
        using var client = await app.SignedInAsync(lead.Email!);

        using var csvResponse = await client.GetAsync("/Reports/Equality/Export?format=Csv");
        using var xlsxResponse = await client.GetAsync("/Reports/Equality/Export?format=Xlsx");

        var lines = Encoding.UTF8.GetString((await csvResponse.Content.ReadAsByteArrayAsync())[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("Characteristic,Group,Staff pool,", lines[0], StringComparison.Ordinal);
        var countColumns = new[] { 2, 4, 6, 8 };
        var rows = lines.Skip(1).Select(l => l.Split(',')).ToList();
        var white = rows.Single(r => r[0] == "Ethnic group" && r[1] == "White");
        Assert.Equal(["600", "60.0", "12", "60.0"], new[] { white[2], white[3], white[4], white[5] });
        Assert.Contains(rows, r => r[0] == "Ethnic group" && r[1] == "Black or Black British" && r[4] == "Suppressed");
        Assert.All(rows, r => Assert.All(countColumns, c => Assert.True(!int.TryParse(r[c], out var n) || n >= 5, $"{string.Join(",", r)}")));

        using var zip = new ZipArchive(await xlsxResponse.Content.ReadAsStreamAsync());
        XNamespace main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
        var sheet = XDocument.Load(zip.GetEntry("xl/worksheets/sheet1.xml")!.Open());
        var counts = sheet.Descendants(main + "c")
            .Where(c => c.Attribute("r")!.Value[0] is 'C' or 'E' or 'G' or 'I' && c.Element(main + "v") is not null)
            .Select(c => double.Parse(c.Element(main + "v")!.Value, System.Globalization.CultureInfo.InvariantCulture))
            .ToList();
        Assert.Contains(600, counts);
        Assert.All(counts, n => Assert.True(n >= 5, $"A figure of {n} is in the Excel export"));
    }

    [Fact]
    public async Task The_suppression_threshold_comes_from_configuration()
    {
        app.Settings["Equality:SuppressionThreshold"] = "2";
        var (lead, _) = await TakeUpDataAsync();
        var opportunity = await app.WithDbAsync(db => db.Opportunities.SingleAsync());
        await app.CandidatesAsync(opportunity, lead.Id, EqualityTestData.Mixed, EoiStage.Submitted, 1);
        using var client = await app.SignedInAsync(lead.Email!);

        var page = await client.GetPageAsync("/Reports/Equality");

        Assert.Equal("2", Count(page, "EthnicGroup", "Black", "interested"));
        Assert.Contains("any figure below 2", page.QuerySelector("#suppression-note")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_staff_pool_file_with_bad_lines_is_refused_line_by_line_and_nothing_is_imported()
    {
        var (lead, _) = await TakeUpDataAsync();
        using var client = await app.SignedInAsync(lead.Email!);
        var before = await app.WithDbAsync(db => db.StaffPoolGroups.AsNoTracking().OrderBy(g => g.Id).Select(g => g.Id).ToListAsync());

        using var response = await UploadAsync(client,
            "Characteristic,Group,Organisation,Count\nEthnicGroup,White,,900\nEthnicGroup,Purple,,4\nSex,Female,,lots\n", "/Reports/StaffPool");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await PortalClient.ParseAsync(response);
        var errors = Assertions.ErrorSummary(page);
        Assert.Equal("The file has 2 problems. Nothing was imported: correct the file and upload it again.", errors[0]);
        Assert.StartsWith("Line 3: \"Purple\" is not a group of EthnicGroup", errors[1], StringComparison.Ordinal);
        Assert.StartsWith("Line 4: the count \"lots\" must be a whole number", errors[2], StringComparison.Ordinal);
        Assert.Equal(2, page.QuerySelectorAll("#import-problems li").Length);
        Assert.Equal(before, await app.WithDbAsync(db => db.StaffPoolGroups.AsNoTracking().OrderBy(g => g.Id).Select(g => g.Id).ToListAsync()));
    }

    [Fact]
    public async Task A_clean_staff_pool_file_replaces_the_previous_pool()
    {
        var (lead, organisationId) = await TakeUpDataAsync();
        var organisation = await app.WithDbAsync(db => db.Organisations.SingleAsync(o => o.Id == organisationId));
        using var client = await app.SignedInAsync(lead.Email!);

        using var response = await UploadAsync(client,
            $"Characteristic,Group,Organisation,Count\r\nEthnicGroup,A,\"{organisation.Name}\",50\r\nEthnicGroup,B,\"{organisation.Name}\",10\r\nSex,Female,,80\r\n",
            "/Reports/StaffPool");

        Assertions.IsRedirectTo(response, "/Reports/StaffPool");
        var pool = await app.WithDbAsync(db => db.StaffPoolGroups.AsNoTracking().OrderBy(g => g.Count).ToListAsync());
        Assert.Equal(2, pool.Count);
        Assert.Equal(((Guid?)organisationId, Characteristic.EthnicGroup, "White", 60), (pool[0].OrganisationId, pool[0].Characteristic, pool[0].Group, pool[0].Count));
        Assert.Equal(((Guid?)null, Characteristic.Sex, "Female", 80), (pool[1].OrganisationId, pool[1].Characteristic, pool[1].Group, pool[1].Count));
        Assert.All(pool, g => Assert.Equal(lead.Id, g.ImportedById));
        Assert.Equal(1, await app.WithDbAsync(db => db.AuditEntries.CountAsync(e => e.Action == "StaffPool.Imported")));
        var page = await client.GetPageAsync("/Reports/StaffPool");
        Assert.Equal(2, page.QuerySelectorAll("#pool tbody tr").Length);
    }

    [Fact]
    public async Task A_lead_records_a_leaver_who_then_shows_in_turnover_with_the_reason()
    {
        var lead = await app.PersonAsync("lead@example.org", Roles.ProgrammeLead);
        var organisation = await app.OrganisationAsync();
        var opportunity = await app.OpportunityAsync(lead.Id, organisation.Id);
        await app.CandidatesAsync(opportunity, lead.Id, null, EoiStage.Appointed, 1);
        var appointed = await app.WithDbAsync(db => db.ExpressionsOfInterest.Select(e => e.Person!).SingleAsync());
        using var client = await app.SignedInAsync(lead.Email!);

        using var bad = await client.PostFormAsync("/Reports/Leavers", new() { ["PersonEmail"] = "nobody@example.org", ["LeftOn"] = "2026-10-01", ["Reason"] = "Promotion" });
        var badPage = await PortalClient.ParseAsync(bad);
        Assert.Equal(["There is no one in the portal with this email address"], Assertions.ErrorSummary(badPage));
        Assert.Equal("nobody@example.org", Assertions.FieldValue(badPage, "PersonEmail"));

        using var response = await client.PostFormAsync("/Reports/Leavers", new()
        {
            ["PersonEmail"] = appointed.Email, ["LeftOn"] = "2026-10-01", ["Reason"] = "OtherNhsRole", ["Note"] = "Band 8a at the trust next door",
        });

        Assertions.IsRedirectTo(response, "/Reports/Turnover");
        var leaver = await app.WithDbAsync(db => db.Leavers.SingleAsync());
        Assert.Equal((appointed.Id, new DateOnly(2026, 10, 1), LeaverReason.OtherNhsRole, lead.Id), (leaver.PersonId, leaver.LeftOn, leaver.Reason, leaver.RecordedById));
        var page = await client.GetPageAsync("/Reports/Turnover");
        Assert.Equal("1", page.QuerySelector("#by-reason tr[data-reason=OtherNhsRole] td")!.TextContent.Trim());
        Assert.Contains("Appointed to an opportunity", page.QuerySelector("#leavers tbody")!.TextContent, StringComparison.Ordinal);
        using var csv = await client.GetAsync("/Reports/Turnover/Export?format=Csv");
        Assert.Contains("Another NHS role", await csv.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_opportunities_report_counts_opportunities_by_type_and_lists_explain_or_comply_records()
    {
        var lead = await app.PersonAsync("lead@example.org", Roles.ProgrammeLead);
        var organisation = await app.OrganisationAsync();
        await app.OpportunityAsync(lead.Id, organisation.Id, "Open secondment");
        var unadvertised = await app.OpportunityAsync(lead.Id, organisation.Id, "Quietly filled", AdvertisingChannels.None);
        await app.CandidatesAsync(unadvertised, lead.Id, null, EoiStage.Appointed, 1);
        await app.WithDbAsync(async db =>
        {
            var opportunity = await db.Opportunities.SingleAsync(o => o.Id == unadvertised.Id);
            EqualityTestData.Must(opportunity.MarkFilled(1, "The post holder fell ill suddenly and cover was needed that day.", DateTime.UtcNow));
            await db.SaveChangesAsync();
        });
        using var client = await app.SignedInAsync(lead.Email!);

        var page = await client.GetPageAsync("/Reports/Opportunities");

        Assert.Equal(["2", "1", "1", "0"], page.QuerySelectorAll("#by-type tr[data-type=ActingUp] td").Select(td => td.TextContent.Trim()));
        var explained = page.QuerySelector("#explain-or-comply tbody")!.TextContent;
        Assert.Contains("Quietly filled", explained, StringComparison.Ordinal);
        Assert.Contains("Not advertised", explained, StringComparison.Ordinal);
        Assert.Contains("fell ill suddenly", explained, StringComparison.Ordinal);
        Assert.DoesNotContain("Open secondment", explained, StringComparison.Ordinal);
        using var csv = await client.GetAsync("/Reports/Opportunities/Export?format=Csv");
        Assert.Equal(3, (await csv.Content.ReadAsStringAsync()).Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Length);
    }

    [Fact]
    public async Task The_improvements_report_shows_what_completed_assignments_improved()
    {
        var lead = await app.PersonAsync("lead@example.org", Roles.ProgrammeLead);
        var mentor = await app.PersonAsync("mentor@example.org", Roles.Mentor);
        var mentee = await app.PersonAsync("mentee@example.org", Roles.Mentee);
        var (_, cohort) = await app.ProgrammeAsync(lead.Id);
        var enrolment = await app.EnrolmentAsync(cohort.Id, mentee.Id, mentor.Id);
        await Home.AssignmentTestData.AssignmentAsync(app, enrolment, "Outpatient triage", AssignmentStatus.Completed,
            new DateOnly(2026, 9, 1), new DateOnly(2026, 11, 1), new DateTime(2026, 11, 10, 9, 0, 0, DateTimeKind.Utc));
        await Home.AssignmentTestData.AssignmentAsync(app, enrolment, "Still going", AssignmentStatus.InProgress,
            new DateOnly(2026, 9, 1), new DateOnly(2026, 12, 1), new DateTime(2026, 11, 10, 9, 0, 0, DateTimeKind.Utc));
        using var client = await app.SignedInAsync(lead.Email!);

        var page = await client.GetPageAsync("/Reports/Improvements");

        var rows = page.QuerySelectorAll("#improvements tbody tr");
        Assert.Single(rows);
        Assert.Contains("Outpatient triage", rows[0].TextContent, StringComparison.Ordinal);
        Assert.Contains("New triage", rows[0].TextContent, StringComparison.Ordinal);
        using var xlsx = await client.GetAsync("/Reports/Improvements/Export?format=Xlsx");
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", xlsx.Content.Headers.ContentType?.MediaType);
    }

    /// <summary>
    /// A lead, an organisation with one opportunity, and interest in it: White 12 (10 shortlisted, 5 appointed), Asian 6
    /// (5 shortlisted, none appointed), Black 2 (1 withdrawn as well, not counted); a whole pool of 1,000 (White 600,
    /// Asian 200, Black 100, Mixed 40, Other 30, prefer not to say 30), and 3 disabled staff at the organisation.
    /// </summary>
    private async Task<(Person Lead, Guid OrganisationId)> TakeUpDataAsync()
    {
        var lead = await app.PersonAsync("lead@example.org", Roles.ProgrammeLead);
        var organisation = await app.OrganisationAsync();
        var other = await app.OrganisationAsync();
        var opportunity = await app.OpportunityAsync(lead.Id, other.Id);
        await app.CandidatesAsync(opportunity, lead.Id, EqualityTestData.White, EoiStage.Appointed, 5);
        await app.CandidatesAsync(opportunity, lead.Id, EqualityTestData.White, EoiStage.NotAppointed, 5);
        await app.CandidatesAsync(opportunity, lead.Id, EqualityTestData.White, EoiStage.Submitted, 2);
        await app.CandidatesAsync(opportunity, lead.Id, EqualityTestData.Asian, EoiStage.NotAppointed, 5);
        await app.CandidatesAsync(opportunity, lead.Id, EqualityTestData.Asian, EoiStage.NotShortlisted, 1);
        await app.CandidatesAsync(opportunity, lead.Id, EqualityTestData.Black, EoiStage.Submitted, 2);
        await app.CandidatesAsync(opportunity, lead.Id, EqualityTestData.Black, EoiStage.Withdrawn, 1);
        await app.WithDbAsync(async db =>
        {
            var now = DateTime.UtcNow;
            db.StaffPoolGroups.AddRange(
                new StaffPoolGroup(null, Characteristic.EthnicGroup, "White", 600, now, lead.Id),
                new StaffPoolGroup(null, Characteristic.EthnicGroup, "Asian", 200, now, lead.Id),
                new StaffPoolGroup(null, Characteristic.EthnicGroup, "Black", 100, now, lead.Id),
                new StaffPoolGroup(null, Characteristic.EthnicGroup, "Mixed", 40, now, lead.Id),
                new StaffPoolGroup(null, Characteristic.EthnicGroup, "Other", 30, now, lead.Id),
                new StaffPoolGroup(null, Characteristic.EthnicGroup, "PreferNotToSay", 30, now, lead.Id),
                new StaffPoolGroup(organisation.Id, Characteristic.Disability, "Yes", 3, now, lead.Id),
                new StaffPoolGroup(organisation.Id, Characteristic.Disability, "No", 300, now, lead.Id));
            await db.SaveChangesAsync();
        });
        return (lead, organisation.Id);
    }

    private static string Count(IHtmlDocument page, string characteristic, string group, string column)
    {
        var cell = page.QuerySelector($"#takeup-{characteristic} tr[data-group={group}] td[data-column={column}]")
            ?? throw new InvalidOperationException($"No {column} cell for {group} of {characteristic}");
        return FirstText(cell);
    }

    private static string FirstText(AngleSharp.Dom.IElement cell) =>
        cell.ChildNodes.Select(n => n.TextContent.Trim()).FirstOrDefault(t => t.Length > 0) ?? "";

    private static string Share(IHtmlDocument page, string characteristic, string group, string column) =>
        page.QuerySelector($"#takeup-{characteristic} tr[data-group={group}] td[data-column={column}] .app-meta")!.TextContent.Trim();

    private static async Task<HttpResponseMessage> UploadAsync(PortalClient client, string csv, string tokenPage)
    {
        var page = await client.GetPageAsync(tokenPage);
        var token = page.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        using var content = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
        };
        var file = new ByteArrayContent(Encoding.UTF8.GetBytes(csv));
        file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        content.Add(file, "File", "pool.csv");
        return await client.Http.PostAsync(new Uri("/Reports/StaffPool", UriKind.Relative), content);
    }
}
