using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using StretchPortal.Web.Data;
using StretchPortal.Web.Domain;
using StretchPortal.Web.Features.Shared;

namespace StretchPortal.Web.Features.Assignments;

/// <summary>
/// What the assignment pages show: the list a person may see, and one assignment with its warnings, the scope last
/// agreed, its completion report and its timeline. Reads only; the caller has already authorized the person.
/// </summary>
public sealed class AssignmentPagesService(StretchPortalDbContext db)
{
    private const string IcsPrioritiesField = "ICS priorities";
    private const string PdrObjectivesField = "PDR objectives";

    private static readonly IReadOnlyList<SelectListItem> Statuses =
        Enum.GetValues<AssignmentStatus>().Select(s => new SelectListItem(s.DisplayName(), s.ToString())).ToList();

    public async Task<AssignmentIndexViewModel> ListAsync(
        string personId, AssignmentStatus? status, bool mayDraft, CancellationToken cancellationToken)
    {
        var visible = db.StretchAssignments.AsNoTracking().VisibleTo(personId);
        if (status is not null)
        {
            visible = visible.Where(a => a.Status == status);
        }

        var rows = await visible
            .Select(a => new AssignmentRow(
                a.Id, a.Title, a.Enrolment!.Mentee!.FullName, a.Type, a.OtherType, a.Status, a.StartDate, a.EndDate))
            .ToListAsync(cancellationToken);
        return new AssignmentIndexViewModel
        {
            Status = status,
            Statuses = Statuses,
            Assignments = rows.OrderBy(r => r.Status).ThenBy(r => r.StartDate).ThenBy(r => r.Title, StringComparer.CurrentCulture).ToList(),
            MayDraft = mayDraft,
        };
    }

    public async Task<AssignmentSummaryViewModel> SummaryAsync(Guid id, CancellationToken cancellationToken) =>
        await SummaryOf(await LoadAsync(id, cancellationToken), cancellationToken);

    public async Task<AssignmentDetailsViewModel> DetailsAsync(Guid id, AssignmentActions actions, CancellationToken cancellationToken)
    {
        var row = await LoadAsync(id, cancellationToken);
        return new AssignmentDetailsViewModel
        {
            Summary = await SummaryOf(row, cancellationToken),
            Completion = row.CompletedAt is null
                ? null
                : new CompletionReportViewModel(
                    row.OutcomesAchieved ?? "", row.LessonsLearned ?? "", row.PracticeImprovements ?? "", row.CompletedAt.Value, row.PresentedAt),
            WithdrawalReason = row.WithdrawalReason,
            Timeline = await TimelineAsync(id, cancellationToken),
            Actions = actions,
        };
    }

    private Task<AssignmentRecord> LoadAsync(Guid id, CancellationToken cancellationToken) =>
        db.StretchAssignments.AsNoTracking()
            .Where(a => a.Id == id)
            .Select(a => new AssignmentRecord
            {
                Id = a.Id,
                EnrolmentId = a.EnrolmentId,
                Version = a.Version,
                Title = a.Title,
                Status = a.Status,
                Mentee = a.Enrolment!.Mentee!.FullName,
                Mentor = a.Enrolment.Mentor == null ? null : a.Enrolment.Mentor.FullName,
                Programme = a.Enrolment.Cohort!.Programme!.Name,
                Cohort = a.Enrolment.Cohort.Name,
                PracticalElementStart = a.Enrolment.Cohort.Programme.PracticalElementStart,
                PracticalElementEnd = a.Enrolment.Cohort.Programme.PracticalElementEnd,
                Type = a.Type,
                OtherType = a.OtherType,
                Aim = a.Aim,
                Description = a.Description,
                MenteeRole = a.MenteeRole,
                AnticipatedOutcomes = a.AnticipatedOutcomes,
                StartDate = a.StartDate,
                EndDate = a.EndDate,
                HoursPerWeek = a.HoursPerWeek,
                HostOrganisation = a.HostOrganisation,
                AgreedScopeJson = a.AgreedScopeJson,
                Priorities = a.Priorities
                    .OrderBy(p => p.IcsPriority!.SortOrder).ThenBy(p => p.IcsPriority!.Name)
                    .Select(p => new NamedId(p.IcsPriorityId, p.IcsPriority!.Name))
                    .ToList(),
                PdrObjectives = a.PdrObjectives
                    .OrderByDescending(p => p.PdrObjective!.Year).ThenBy(p => p.PdrObjective!.Title)
                    .Select(p => p.PdrObjective!.Title + " (" + p.PdrObjective.Year + ")")
                    .ToList(),
                OutcomesAchieved = a.OutcomesAchieved,
                LessonsLearned = a.LessonsLearned,
                PracticeImprovements = a.PracticeImprovements,
                CompletedAt = a.CompletedAt,
                PresentedAt = a.PresentedAt,
                WithdrawalReason = a.WithdrawalReason,
            })
            .AsSplitQuery()
            .SingleAsync(cancellationToken);

    private async Task<AssignmentSummaryViewModel> SummaryOf(AssignmentRecord row, CancellationToken cancellationToken) => new()
    {
        Id = row.Id,
        EnrolmentId = row.EnrolmentId,
        Version = row.Version,
        Title = row.Title,
        Status = row.Status,
        Mentee = row.Mentee,
        Mentor = row.Mentor,
        Programme = row.Programme,
        Cohort = row.Cohort,
        Type = AssignmentTypes.Describe(row.Type, row.OtherType),
        Aim = row.Aim,
        Description = row.Description,
        MenteeRole = row.MenteeRole,
        AnticipatedOutcomes = row.AnticipatedOutcomes,
        StartDate = row.StartDate,
        EndDate = row.EndDate,
        HoursPerWeek = row.HoursPerWeek,
        HostOrganisation = row.HostOrganisation,
        IcsPriorities = row.Priorities.Select(p => p.Name).ToList(),
        PdrObjectives = row.PdrObjectives,
        Warnings = AssignmentSchedule.Warnings(row.StartDate, row.EndDate, row.PracticalElementStart, row.PracticalElementEnd),
        LastAgreedScope = await LastAgreedScopeAsync(row, cancellationToken),
    };

    /// <summary>The scope the mentor last agreed, when the mentee has changed it since; else null.</summary>
    private async Task<AgreedScopeViewModel?> LastAgreedScopeAsync(AssignmentRecord row, CancellationToken cancellationToken)
    {
        if (row.AgreedScopeJson is null)
        {
            return null;
        }

        var agreed = JsonSerializer.Deserialize<AssignmentScope>(row.AgreedScopeJson)!;
        var current = new AssignmentScope(
            row.Aim, row.MenteeRole, row.AnticipatedOutcomes, row.StartDate, row.EndDate, row.HoursPerWeek,
            row.Priorities.Select(p => p.Id).ToList());
        var changed = agreed.Differences(current);
        if (changed.Count == 0)
        {
            return null;
        }

        var names = await PriorityNamesAsync(agreed.IcsPriorityIds, cancellationToken);
        return new AgreedScopeViewModel(
            agreed.Aim,
            agreed.MenteeRole,
            agreed.AnticipatedOutcomes,
            agreed.StartDate,
            agreed.EndDate,
            agreed.HoursPerWeek,
            agreed.IcsPriorityIds.Select(p => names.GetValueOrDefault(p, "A removed ICS priority")).ToList(),
            changed.Keys.ToList());
    }

    private async Task<IReadOnlyList<TimelineEntryViewModel>> TimelineAsync(Guid id, CancellationToken cancellationToken)
    {
        var events = await db.AssignmentEvents.AsNoTracking()
            .Where(e => e.AssignmentId == id)
            .OrderBy(e => e.OccurredAt).ThenBy(e => e.Id)
            .Select(e => new { e.OccurredAt, Who = e.Actor!.FullName, e.Kind, e.Comment, e.ChangedFields })
            .ToListAsync(cancellationToken);
        var steps = events
            .Select(e => (Event: e, Changes: e.ChangedFields is null
                ? []
                : JsonSerializer.Deserialize<Dictionary<string, string?[]>>(e.ChangedFields) ?? []))
            .ToList();
        var priorityNames = await PriorityNamesAsync(IdsIn(steps.Select(s => s.Changes), IcsPrioritiesField), cancellationToken);
        var objectiveIds = IdsIn(steps.Select(s => s.Changes), PdrObjectivesField);
        var objectiveNames = await db.PdrObjectives.AsNoTracking()
            .Where(o => objectiveIds.Contains(o.Id))
            .ToDictionaryAsync(o => o.Id, o => $"{o.Title} ({o.Year})", cancellationToken);

        return steps
            .Select(s => new TimelineEntryViewModel(
                DateTime.SpecifyKind(s.Event.OccurredAt, DateTimeKind.Utc),
                s.Event.Who,
                s.Event.Kind,
                s.Event.Comment,
                s.Changes.Select(c => $"{c.Key}: {Show(c.Key, c.Value[0])} → {Show(c.Key, c.Value[1])}").ToList()))
            .ToList();

        string Show(string field, string? value)
        {
            if (string.IsNullOrEmpty(value))
            {
                return "none";
            }

            return field switch
            {
                IcsPrioritiesField => NamesOf(value, priorityNames, "a removed ICS priority"),
                PdrObjectivesField => NamesOf(value, objectiveNames, "a removed PDR objective"),
                "Start date" or "End date" when DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
                    => date.ToDisplayDate(),
                "Type" when Enum.TryParse<AssignmentType>(value, out var type) => type.DisplayName(),
                _ => value,
            };
        }
    }

    private static string NamesOf(string ids, Dictionary<Guid, string> names, string missing) =>
        string.Join("; ", ids.Split(',').Select(id => Guid.TryParse(id, out var guid) ? names.GetValueOrDefault(guid, missing) : id));

    private static List<Guid> IdsIn(IEnumerable<Dictionary<string, string?[]>> changes, string field) =>
        changes.Where(c => c.ContainsKey(field))
            .SelectMany(c => c[field])
            .SelectMany(v => (v ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries))
            .Select(v => Guid.TryParse(v, out var id) ? id : Guid.Empty)
            .Where(id => id != Guid.Empty)
            .Distinct()
            .ToList();

    private Task<Dictionary<Guid, string>> PriorityNamesAsync(IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken) =>
        db.IcsPriorities.AsNoTracking().Where(p => ids.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.Name, cancellationToken);

    private sealed record NamedId(Guid Id, string Name);

    /// <summary>The columns the assignment pages read, in one query.</summary>
    private sealed class AssignmentRecord
    {
        public Guid Id { get; init; }

        public Guid EnrolmentId { get; init; }

        public Guid Version { get; init; }

        public string Title { get; init; } = "";

        public AssignmentStatus Status { get; init; }

        public string Mentee { get; init; } = "";

        public string? Mentor { get; init; }

        public string Programme { get; init; } = "";

        public string Cohort { get; init; } = "";

        public DateOnly PracticalElementStart { get; init; }

        public DateOnly PracticalElementEnd { get; init; }

        public AssignmentType Type { get; init; }

        public string? OtherType { get; init; }

        public string Aim { get; init; } = "";

        public string? Description { get; init; }

        public string MenteeRole { get; init; } = "";

        public string AnticipatedOutcomes { get; init; } = "";

        public DateOnly StartDate { get; init; }

        public DateOnly EndDate { get; init; }

        public double HoursPerWeek { get; init; }

        public string? HostOrganisation { get; init; }

        public string? AgreedScopeJson { get; init; }

        public List<NamedId> Priorities { get; init; } = [];

        public List<string> PdrObjectives { get; init; } = [];

        public string? OutcomesAchieved { get; init; }

        public string? LessonsLearned { get; init; }

        public string? PracticeImprovements { get; init; }

        public DateTime? CompletedAt { get; init; }

        public DateTime? PresentedAt { get; init; }

        public string? WithdrawalReason { get; init; }
    }
}
