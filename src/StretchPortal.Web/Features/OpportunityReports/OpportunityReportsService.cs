using Microsoft.EntityFrameworkCore;
using StretchPortal.Web.Data;
using StretchPortal.Web.Domain;
using StretchPortal.Web.Features.Shared;
using StretchPortal.Web.Infrastructure.Exports;

namespace StretchPortal.Web.Features.OpportunityReports;

/// <summary>
/// The toolkit's other metrics: number and type of opportunities with their "explain or comply" records, turnover
/// after development with reasons (and recording a leaver), and improvements to working practice from completed
/// assignments.
/// </summary>
public sealed partial class OpportunityReportsService(StretchPortalDbContext db, TimeProvider clock, ILogger<OpportunityReportsService> logger)
{
    public const string PersonNotFound = "There is no one in the portal with this email address";

    public async Task<OpportunitiesReportViewModel> OpportunitiesAsync(CancellationToken cancellationToken)
    {
        var rows = await db.Opportunities.AsNoTracking()
            .Where(o => o.Status != OpportunityStatus.Draft)
            .OrderByDescending(o => o.ClosesAtUtc)
            .Select(o => new OpportunityReportRow(
                o.Id, o.Title, o.Type, o.Organisation!.Name, o.Band, o.Status, o.ClosesAtUtc, o.Channels, o.PositiveAction,
                o.ExpressionsOfInterest.Count(e => e.Stage != EoiStage.Withdrawn), o.Appointed, o.ExplainOrComply))
            .ToListAsync(cancellationToken);
        var byType = Enum.GetValues<OpportunityType>()
            .Select(t => new TypeCount(
                t,
                rows.Count(r => r.Type == t),
                rows.Count(r => r.Type == t && r.Status == OpportunityStatus.Open),
                rows.Count(r => r.Type == t && r.Status == OpportunityStatus.Filled),
                rows.Count(r => r.Type == t && r.PositiveAction)))
            .ToList();
        return new OpportunitiesReportViewModel { ByType = byType, Opportunities = rows };
    }

    public static ExportTable OpportunitiesExport(OpportunitiesReportViewModel report) =>
        new("Opportunities",
            ["Title", "Type", "Organisation", "Band", "Status", "Closes", "Advertised through", "Positive action", "Expressions of interest", "Appointed", "Explain or comply needed", "Explanation"],
            [.. report.Opportunities.Select(o => (IReadOnlyList<object?>)[
                o.Title, o.Type.DisplayName(), o.Organisation, o.Band, o.Status.DisplayName(), o.ClosesAtUtc, Channels(o.Channels),
                o.PositiveAction ? "Yes" : "No", o.ExpressionsOfInterest, o.Appointed, o.NeedsExplanation ? "Yes" : "No", o.ExplainOrComply,
            ])]);

    public static string Channels(AdvertisingChannels channels) =>
        channels == AdvertisingChannels.None ? "Not advertised"
        : string.Join(", ", Enum.GetValues<AdvertisingChannels>().Where(c => c != AdvertisingChannels.None && channels.HasFlag(c)).Select(c => c.DisplayName()));

    public async Task<TurnoverReportViewModel> TurnoverAsync(CancellationToken cancellationToken)
    {
        var appointed = db.ExpressionsOfInterest.Where(e => e.Stage == EoiStage.Appointed).Select(e => e.PersonId);
        var enrolled = db.Enrolments.Where(e => e.Status == EnrolmentStatus.Completed || e.Status == EnrolmentStatus.Alumni).Select(e => e.MenteeId);
        var leavers = await db.Leavers.AsNoTracking()
            .OrderByDescending(l => l.LeftOn)
            .Select(l => new LeaverRow(
                l.Person!.FullName,
                l.LeftOn,
                l.Reason,
                l.Note,
                db.Users.Where(p => p.Id == l.RecordedById).Select(p => p.FullName).FirstOrDefault() ?? "",
                appointed.Contains(l.PersonId),
                enrolled.Contains(l.PersonId)))
            .ToListAsync(cancellationToken);
        var developed = await appointed.Union(enrolled).CountAsync(cancellationToken);
        return new TurnoverReportViewModel
        {
            ByReason = [.. Enum.GetValues<LeaverReason>().Select(r => (r, leavers.Count(l => l.Reason == r)))],
            Leavers = leavers,
            Developed = developed,
        };
    }

    public static ExportTable TurnoverExport(TurnoverReportViewModel report) =>
        new("Turnover after development",
            ["Person", "Left on", "Reason", "Note", "Appointed to an opportunity", "Completed a programme", "Recorded by"],
            [.. report.Leavers.Select(l => (IReadOnlyList<object?>)[
                l.Person, l.LeftOn, l.Reason.DisplayName(), l.Note, l.WasAppointed ? "Yes" : "No", l.WasEnrolled ? "Yes" : "No", l.RecordedBy,
            ])]);

    public async Task<FormResult> RecordLeaverAsync(string recordedById, RecordLeaverForm form, CancellationToken cancellationToken)
    {
        var email = form.PersonEmail.Trim().ToUpperInvariant();
        var personId = await db.Users.AsNoTracking().Where(p => p.NormalizedEmail == email).Select(p => p.Id).FirstOrDefaultAsync(cancellationToken);
        if (personId is null)
        {
            return FormResult.Refused(nameof(RecordLeaverForm.PersonEmail), PersonNotFound);
        }

        var leaver = new Leaver(personId, form.LeftOn!.Value, form.Reason!.Value, form.Note, recordedById, clock.GetUtcNow().UtcDateTime);
        db.Leavers.Add(leaver);
        await db.SaveChangesAsync(cancellationToken);
        LogLeaverRecorded(logger, recordedById, leaver.Id);
        return FormResult.Done(leaver.Id);
    }

    public async Task<IReadOnlyList<ImprovementRow>> ImprovementsAsync(CancellationToken cancellationToken)
    {
        var rows = await db.StretchAssignments.AsNoTracking()
            .Where(a => (a.Status == AssignmentStatus.Completed || a.Status == AssignmentStatus.Presented) && a.PracticeImprovements != null && a.PracticeImprovements != "")
            .OrderByDescending(a => a.CompletedAt)
            .Select(a => new { a.Title, Mentee = a.Enrolment!.Mentee!.FullName, Programme = a.Enrolment.Cohort!.Programme!.Name, a.CompletedAt, a.PracticeImprovements })
            .ToListAsync(cancellationToken);
        return [.. rows.Select(r => new ImprovementRow(r.Title, r.Mentee, r.Programme, r.CompletedAt is { } c ? DateOnly.FromDateTime(c) : null, r.PracticeImprovements!))];
    }

    public static ExportTable ImprovementsExport(IReadOnlyList<ImprovementRow> rows) =>
        new("Improvements to working practice",
            ["Assignment", "Mentee", "Programme", "Completed", "Improvements to working practice"],
            [.. rows.Select(r => (IReadOnlyList<object?>)[r.Title, r.Mentee, r.Programme, r.CompletedOn, r.Improvements])]);

    [LoggerMessage(LogLevel.Information, "Person {PersonId} recorded leaver {LeaverId}")]
    private static partial void LogLeaverRecorded(ILogger logger, string personId, Guid leaverId);
}
