using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using StretchPortal.Web.Data;
using StretchPortal.Web.Domain;
using StretchPortal.Web.Features.Equality;
using StretchPortal.Web.Features.Shared;
using StretchPortal.Web.Infrastructure.Auditing;
using StretchPortal.Web.Infrastructure.Exports;

namespace StretchPortal.Web.Features.EqualityReports;

/// <summary>
/// Take-up of opportunities by protected characteristic against the staff pool, and the staff pool's import. Reads
/// declarations only to count them by group; no person's answers ever leave this service. Every opening of the report
/// is audited.
/// </summary>
public sealed partial class EqualityReportsService(
    StretchPortalDbContext db,
    AuditTrail audit,
    IOptions<EqualityOptions> options,
    TimeProvider clock,
    ILogger<EqualityReportsService> logger)
{
    public const string ReportName = "TakeUp";

    public int Threshold { get; } = options.Value.EffectiveThreshold;

    /// <summary>Writes the audit entry for an opening of the equality report (on screen or as a download), at once.</summary>
    public Task AuditOpeningAsync(string personId, Guid? organisationId, string? format)
    {
        LogOpened(logger, personId, organisationId, format ?? "page");
        return audit.RecordNowAsync(
            format is null ? "EqualityReport.Viewed" : "EqualityReport.Exported",
            "EqualityReport",
            ReportName,
            JsonSerializer.Serialize(new { OrganisationId = organisationId, Format = format ?? "page", Threshold }));
    }

    public async Task<bool> OrganisationExistsAsync(Guid organisationId, CancellationToken cancellationToken) =>
        await db.Organisations.AsNoTracking().AnyAsync(o => o.Id == organisationId, cancellationToken);

    public async Task<TakeUpReportViewModel> TakeUpAsync(Guid? organisationId, CancellationToken cancellationToken)
    {
        var organisations = await db.Organisations.AsNoTracking().OrderBy(o => o.Name)
            .Select(o => new { o.Id, o.Name }).ToListAsync(cancellationToken);

        var interest = db.ExpressionsOfInterest.AsNoTracking().Where(e => e.Stage != EoiStage.Withdrawn);
        var pool = db.StaffPoolGroups.AsNoTracking();
        if (organisationId is { } id)
        {
            interest = interest.Where(e => e.Opportunity!.OrganisationId == id);
            pool = pool.Where(g => g.OrganisationId == id);
        }

        var stages = await interest.Select(e => new { e.PersonId, e.Stage }).ToListAsync(cancellationToken);
        var answers = await db.EqualityDeclarations.AsNoTracking()
            .Where(d => interest.Select(e => e.PersonId).Contains(d.PersonId))
            .Select(d => new { d.PersonId, Answers = new EqualityAnswers(d.EthnicGroup, d.Sex, d.Disability, d.AgeBand, d.SexualOrientation, d.Religion) })
            .ToDictionaryAsync(d => d.PersonId, d => d.Answers, cancellationToken);
        var poolCounts = await pool.GroupBy(g => new { g.Characteristic, g.Group })
            .Select(g => new { g.Key.Characteristic, g.Key.Group, Count = g.Sum(x => x.Count) })
            .ToListAsync(cancellationToken);
        var importedAt = await db.StaffPoolGroups.AsNoTracking().MaxAsync(g => (DateTime?)g.ImportedAtUtc, cancellationToken);
        var hasPool = poolCounts.Count > 0;

        var tables = EqualityGroups.Characteristics.Select(characteristic =>
        {
            Dictionary<string, int> Count(Func<EoiStage, bool> reached) => stages
                .Where(s => reached(s.Stage))
                .GroupBy(s => EqualityGroups.KeyOf(characteristic, answers.GetValueOrDefault(s.PersonId)))
                .ToDictionary(g => g.Key, g => g.Count());

            var counts = new TakeUpCounts(
                poolCounts.Where(p => p.Characteristic == characteristic).ToDictionary(p => p.Group, p => p.Count),
                Count(_ => true),
                Count(IsShortlisted),
                Count(s => s == EoiStage.Appointed));
            return TakeUpTable.Build(characteristic, counts, Threshold, hasPool);
        }).ToList();

        return new TakeUpReportViewModel
        {
            Threshold = Threshold,
            OrganisationId = organisationId,
            OrganisationName = organisations.FirstOrDefault(o => o.Id == organisationId)?.Name,
            Organisations = [.. organisations.Select(o => new SelectListItem(o.Name, o.Id.ToString()))],
            PoolImportedAtUtc = importedAt,
            Characteristics = tables,
        };
    }

    /// <summary>The report as one table, with exactly the figures the page shows: hidden ones say "Suppressed".</summary>
    public static ExportTable Export(TakeUpReportViewModel report)
    {
        IReadOnlyList<string> headers =
        [
            "Characteristic", "Group", "Staff pool", "Staff pool share (%)", "Expressed interest", "Interest share (%)",
            "Shortlisted", "Shortlisted share (%)", "Appointed", "Appointed share (%)", "Shortlisting rate (%)",
            "Appointment rate (%)", "Relative likelihood of appointment (reference ÷ group)", "Outside 0.8 to 1.25",
        ];
        var rows = new List<IReadOnlyList<object?>>();
        foreach (var table in report.Characteristics)
        {
            var name = table.Characteristic.DisplayName();
            foreach (var row in table.Rows.Append(table.Total))
            {
                var likelihood = table.Likelihoods.FirstOrDefault(l => l.Key == row.Key);
                rows.Add([
                    name, row.Label,
                    .. Cells(row.Pool), .. Cells(row.Interested), .. Cells(row.Shortlisted), .. Cells(row.Appointed),
                    Percent(row.ShortlistingRate), Percent(row.AppointmentRate),
                    .. Likelihood(likelihood, row.Key == EqualityGroups.ReferenceOf(table.Characteristic)),
                ]);
            }

            foreach (var combined in table.Likelihoods.Where(l => table.Rows.All(r => r.Key != l.Key)))
            {
                rows.Add([name, combined.Label, null, null, null, null, null, null, null, null, null, null, .. Likelihood(combined, false)]);
            }
        }

        return new ExportTable("Take-up by characteristic", headers, rows);

        static object?[] Cells(TakeUpCell cell) =>
            !cell.Applies ? [null, null] : cell.Count is null ? [Suppressed, Suppressed] : [cell.Count, Percent(cell.Share)];

        static object?[] Likelihood(LikelihoodRow? row, bool reference) =>
            reference ? ["Reference group", null]
            : row is null ? [null, null]
            : row.RelativeLikelihood is { } value ? [Math.Round(value, 2), row.Flagged ? "Yes" : "No"]
            : [NotAvailable, null];
    }

    public const string Suppressed = "Suppressed";

    public const string NotAvailable = "Not available";

    public static object? Percent(decimal? share) => share is { } s ? Math.Round(s * 100, 1) : null;

    public async Task<StaffPoolViewModel> StaffPoolAsync(CancellationToken cancellationToken)
    {
        var rows = await db.StaffPoolGroups.AsNoTracking()
            .GroupJoin(db.Organisations, g => g.OrganisationId, o => o.Id, (g, o) => new { g, o })
            .SelectMany(x => x.o.DefaultIfEmpty(), (x, o) => new { x.g.Characteristic, x.g.Group, Organisation = o == null ? null : o.Name, x.g.Count, x.g.ImportedAtUtc, x.g.ImportedById })
            .ToListAsync(cancellationToken);
        var latest = rows.MaxBy(r => r.ImportedAtUtc);
        var importedBy = latest is null ? null
            : await db.Users.AsNoTracking().Where(p => p.Id == latest.ImportedById).Select(p => p.FullName).SingleOrDefaultAsync(cancellationToken);
        return new StaffPoolViewModel
        {
            ImportedAtUtc = latest?.ImportedAtUtc,
            ImportedBy = importedBy,
            Rows = [.. rows
                .GroupBy(r => (r.Organisation, r.Characteristic))
                .OrderBy(g => g.Key.Organisation).ThenBy(g => g.Key.Characteristic)
                .SelectMany(breakdown =>
                {
                    // Each organisation's breakdown of a characteristic adds up to the same staff as its others, so it
                    // is suppressed as a breakdown with a total, like the report's columns.
                    var ordered = breakdown.OrderBy(r => EqualityGroups.For(r.Characteristic).ToList().FindIndex(g => g.Key == r.Group)).ToList();
                    var shown = EqualityArithmetic.Suppress([.. ordered.Select(r => r.Count)], ordered.Sum(r => r.Count), Threshold);
                    return ordered.Select((r, i) => new StaffPoolRow(
                        r.Characteristic.DisplayName(), EqualityGroups.Label(r.Characteristic, r.Group), r.Organisation ?? "Whole pool", shown.Groups[i]));
                })],
            OrganisationNames = await db.Organisations.AsNoTracking().Where(o => !o.IsArchived).OrderBy(o => o.Name).Select(o => o.Name).ToListAsync(cancellationToken),
        };
    }

    /// <summary>
    /// Imports a staff pool CSV in place of the current pool, in one save, or nothing at all when any line is bad:
    /// then every problem is answered with its line number.
    /// </summary>
    public async Task<IReadOnlyList<string>> ImportStaffPoolAsync(string personId, string text, CancellationToken cancellationToken)
    {
        var organisations = await db.Organisations.AsNoTracking().Select(o => new { o.Name, o.Id }).ToListAsync(cancellationToken);
        var byName = organisations.GroupBy(o => o.Name.Trim(), StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.First().Id, StringComparer.OrdinalIgnoreCase);
        var (lines, errors) = StaffPoolCsv.Read(text, byName);
        if (errors.Count > 0)
        {
            LogImportRefused(logger, personId, errors.Count);
            return errors;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        db.StaffPoolGroups.RemoveRange(await db.StaffPoolGroups.ToListAsync(cancellationToken));
        db.StaffPoolGroups.AddRange(lines.Select(l => new StaffPoolGroup(l.OrganisationId, l.Characteristic, l.Group, l.Count, now, personId)));
        audit.Record("StaffPool.Imported", nameof(StaffPoolGroup), "pool", JsonSerializer.Serialize(new { Groups = lines.Count, Staff = lines.Sum(l => (long)l.Count) }));
        await db.SaveChangesAsync(cancellationToken);
        LogImported(logger, personId, lines.Count);
        return [];
    }

    private static bool IsShortlisted(EoiStage stage) => stage is EoiStage.Shortlisted or EoiStage.Appointed or EoiStage.NotAppointed;

    [LoggerMessage(LogLevel.Information, "Person {PersonId} opened the equality take-up report (organisation {OrganisationId}, {Format})")]
    private static partial void LogOpened(ILogger logger, string personId, Guid? organisationId, string format);

    [LoggerMessage(LogLevel.Information, "Person {PersonId} imported a staff pool of {Groups} groups")]
    private static partial void LogImported(ILogger logger, string personId, int groups);

    [LoggerMessage(LogLevel.Information, "Staff pool import by person {PersonId} refused with {Errors} problems")]
    private static partial void LogImportRefused(ILogger logger, string personId, int errors);
}
