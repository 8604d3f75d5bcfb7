using System.Text.Json;

namespace StretchPortal.Web.Domain;

/// <summary>
/// A project a mentee delivers to grow beyond their current level (seed 000). Nothing is agreed until the mentee's
/// mentor agrees it; every decision is kept on the timeline. The state rules live here.
/// </summary>
public class StretchAssignment : Entity
{
    public Guid EnrolmentId { get; private set; }

    public Enrolment? Enrolment { get; private set; }

    public string Title { get; private set; } = "";

    public AssignmentType Type { get; private set; }

    public string? OtherType { get; private set; }

    public string Aim { get; private set; } = "";

    public string? Description { get; private set; }

    public string MenteeRole { get; private set; } = "";

    public string AnticipatedOutcomes { get; private set; } = "";

    public DateOnly StartDate { get; private set; }

    public DateOnly EndDate { get; private set; }

    public double HoursPerWeek { get; private set; }

    public string? HostOrganisation { get; private set; }

    public AssignmentStatus Status { get; private set; } = AssignmentStatus.Draft;

    public DateTime CreatedAt { get; private set; }

    public DateTime? AgreedAt { get; private set; }

    public DateTime? StartedAt { get; private set; }

    public DateTime? CompletedAt { get; private set; }

    public DateTime? PresentedAt { get; private set; }

    public string? OutcomesAchieved { get; private set; }

    public string? LessonsLearned { get; private set; }

    public string? PracticeImprovements { get; private set; }

    public string? WithdrawalReason { get; private set; }

    /// <summary>The scope the mentor last agreed, kept while a changed scope waits for agreement again.</summary>
    public string? AgreedScopeJson { get; private set; }

    /// <summary>Weeks updated as done; this and the other week totals follow <see cref="WeekTotals"/>.</summary>
    public int WeeksDone { get; private set; }

    public int WeeksPartlyDone { get; private set; }

    public int WeeksSlipped { get; private set; }

    public int WeeksBlocked { get; private set; }

    /// <summary>Updated weeks within the assignment's dates: the ones that keep an ended week from being overdue.</summary>
    public int WeeksUpdated { get; private set; }

    public int WeeksOverHours { get; private set; }

    /// <summary>Hours worked beyond the agreed hours a week, summed over the weeks over them.</summary>
    public double HoursOver { get; private set; }

    public DateTime? LastWeekUpdateAt { get; private set; }

    public List<AssignmentPriority> Priorities { get; } = [];

    public List<AssignmentPdrObjective> PdrObjectives { get; } = [];

    public List<AssignmentEvent> Timeline { get; } = [];

    public List<WeeklyDeliverable> Weeks { get; } = [];

    public AssignmentScope Scope => new(
        Aim, MenteeRole, AnticipatedOutcomes, StartDate, EndDate, HoursPerWeek, Priorities.Select(p => p.IcsPriorityId).ToList());

    public AssignmentScope? AgreedScope =>
        AgreedScopeJson is null ? null : JsonSerializer.Deserialize<AssignmentScope>(AgreedScopeJson);

    public bool IsOpen => Status is AssignmentStatus.Draft or AssignmentStatus.Submitted or AssignmentStatus.ChangesRequested
        or AssignmentStatus.Agreed or AssignmentStatus.InProgress;

    /// <summary>The mentee may change the details while drafting, after changes were asked for, and once agreed.</summary>
    public bool IsEditable => Status is AssignmentStatus.Draft or AssignmentStatus.ChangesRequested
        or AssignmentStatus.Agreed or AssignmentStatus.InProgress;

    /// <summary>Weekly deliverables are recorded once the mentor has agreed the assignment.</summary>
    public bool TakesWeeklyUpdates => Status is AssignmentStatus.Agreed or AssignmentStatus.InProgress
        || (Status == AssignmentStatus.Submitted && AgreedScopeJson is not null);

    public static StretchAssignment Draft(Guid enrolmentId, AssignmentDetails details, string actorId, DateTime now)
    {
        var assignment = new StretchAssignment { EnrolmentId = enrolmentId, CreatedAt = now };
        assignment.Apply(details);
        assignment.Record(AssignmentEventKind.Drafted, actorId, now);
        return assignment;
    }

    /// <summary>
    /// Changes the details. On an agreed assignment, a change of scope sends it back for agreement; the agreed scope
    /// stays visible until the mentor agrees the new one.
    /// </summary>
    public Outcome Revise(AssignmentDetails details, string actorId, DateTime now)
    {
        if (!IsEditable)
        {
            return Outcome.Refused($"An assignment that is {Describe(Status)} cannot be changed.");
        }

        var before = Describe();
        var scopeBefore = Scope;
        Apply(details);
        var changes = Differences(before, Describe());
        if (changes.Count == 0)
        {
            return Outcome.Done;
        }

        var scopeChanged = scopeBefore.Differences(Scope).Count > 0;
        if (scopeChanged && Status is AssignmentStatus.Agreed or AssignmentStatus.InProgress)
        {
            Status = AssignmentStatus.Submitted;
            Record(AssignmentEventKind.ScopeChanged, actorId, now, changes: changes);
        }
        else
        {
            Record(AssignmentEventKind.Revised, actorId, now, changes: changes);
        }

        return Outcome.Done;
    }

    public Outcome Submit(string actorId, DateTime now)
    {
        if (Status is not (AssignmentStatus.Draft or AssignmentStatus.ChangesRequested))
        {
            return Outcome.Refused($"Only a draft, or an assignment with changes requested, can be submitted. This one is {Describe(Status)}.");
        }

        if (Priorities.Count == 0)
        {
            return Outcome.Refused("Link the assignment to at least one ICS priority before submitting it.");
        }

        Status = AssignmentStatus.Submitted;
        Record(AssignmentEventKind.Submitted, actorId, now);
        return Outcome.Done;
    }

    public Outcome RequestChanges(string mentorId, string comment, DateTime now)
    {
        if (Status != AssignmentStatus.Submitted)
        {
            return Outcome.Refused($"Changes can only be requested on a submitted assignment. This one is {Describe(Status)}.");
        }

        if (string.IsNullOrWhiteSpace(comment))
        {
            return Outcome.Refused("Say what needs to change.");
        }

        Status = AssignmentStatus.ChangesRequested;
        Record(AssignmentEventKind.ChangesRequested, mentorId, now, comment.Trim());
        return Outcome.Done;
    }

    public Outcome Agree(string mentorId, string? comment, DateTime now)
    {
        if (Status != AssignmentStatus.Submitted)
        {
            return Outcome.Refused($"Only a submitted assignment can be agreed. This one is {Describe(Status)}.");
        }

        Status = StartedAt is null ? AssignmentStatus.Agreed : AssignmentStatus.InProgress;
        AgreedAt = now;
        AgreedScopeJson = JsonSerializer.Serialize(Scope);
        Record(AssignmentEventKind.Agreed, mentorId, now, string.IsNullOrWhiteSpace(comment) ? null : comment.Trim());
        return Outcome.Done;
    }

    public Outcome Start(string actorId, DateTime now)
    {
        if (Status != AssignmentStatus.Agreed)
        {
            return Outcome.Refused($"Only an agreed assignment can be started. This one is {Describe(Status)}.");
        }

        Status = AssignmentStatus.InProgress;
        StartedAt = now;
        Record(AssignmentEventKind.Started, actorId, now);
        return Outcome.Done;
    }

    public Outcome Complete(string actorId, string outcomesAchieved, string lessonsLearned, string practiceImprovements, DateTime now)
    {
        if (Status != AssignmentStatus.InProgress)
        {
            return Outcome.Refused($"Only an assignment in progress can be completed. This one is {Describe(Status)}.");
        }

        Status = AssignmentStatus.Completed;
        CompletedAt = now;
        OutcomesAchieved = outcomesAchieved.Trim();
        LessonsLearned = lessonsLearned.Trim();
        PracticeImprovements = practiceImprovements.Trim();
        Record(AssignmentEventKind.Completed, actorId, now);
        return Outcome.Done;
    }

    public Outcome MarkPresented(string actorId, DateTime now)
    {
        if (Status != AssignmentStatus.Completed)
        {
            return Outcome.Refused($"Only a completed assignment can be presented. This one is {Describe(Status)}.");
        }

        Status = AssignmentStatus.Presented;
        PresentedAt = now;
        Record(AssignmentEventKind.Presented, actorId, now);
        return Outcome.Done;
    }

    public Outcome Withdraw(string actorId, string reason, DateTime now)
    {
        if (!IsOpen)
        {
            return Outcome.Refused($"An assignment that is {Describe(Status)} cannot be withdrawn.");
        }

        if (string.IsNullOrWhiteSpace(reason))
        {
            return Outcome.Refused("Enter the reason for withdrawing the assignment.");
        }

        Status = AssignmentStatus.Withdrawn;
        WithdrawalReason = reason.Trim();
        Record(AssignmentEventKind.Withdrawn, actorId, now, WithdrawalReason);
        return Outcome.Done;
    }

    /// <summary>
    /// Recounts the week totals from <see cref="Weeks"/> (which must hold all the assignment's weeks), by the rule in
    /// <see cref="WeekTotals"/>. Saving a week recounts them in the database anyway; this is for code that builds an
    /// assignment and its weeks in memory.
    /// </summary>
    public void CountWeeks()
    {
        WeeksDone = WeekTotals.InMemory.Done(this);
        WeeksPartlyDone = WeekTotals.InMemory.PartlyDone(this);
        WeeksSlipped = WeekTotals.InMemory.Slipped(this);
        WeeksBlocked = WeekTotals.InMemory.Blocked(this);
        WeeksUpdated = WeekTotals.InMemory.Updated(this);
        WeeksOverHours = WeekTotals.InMemory.OverHours(this);
        HoursOver = WeekTotals.InMemory.HoursOver(this);
        LastWeekUpdateAt = WeekTotals.InMemory.LastUpdateAt(this);
    }

    private static string Describe(AssignmentStatus status) => status switch
    {
        AssignmentStatus.Submitted => "waiting for agreement",
        AssignmentStatus.ChangesRequested => "waiting for changes",
        AssignmentStatus.InProgress => "in progress",
        _ => status.ToString().ToLowerInvariant(),
    };

    private void Apply(AssignmentDetails details)
    {
        Title = details.Title.Trim();
        Type = details.Type;
        OtherType = details.Type == AssignmentType.Other ? details.OtherType?.Trim() : null;
        Aim = details.Aim.Trim();
        Description = string.IsNullOrWhiteSpace(details.Description) ? null : details.Description.Trim();
        MenteeRole = details.MenteeRole.Trim();
        AnticipatedOutcomes = details.AnticipatedOutcomes.Trim();
        StartDate = details.StartDate;
        EndDate = details.EndDate;
        HoursPerWeek = details.HoursPerWeek;
        HostOrganisation = string.IsNullOrWhiteSpace(details.HostOrganisation) ? null : details.HostOrganisation.Trim();

        Priorities.RemoveAll(p => !details.IcsPriorityIds.Contains(p.IcsPriorityId));
        foreach (var id in details.IcsPriorityIds.Where(id => Priorities.TrueForAll(p => p.IcsPriorityId != id)))
        {
            Priorities.Add(new AssignmentPriority { AssignmentId = Id, IcsPriorityId = id });
        }

        PdrObjectives.RemoveAll(p => !details.PdrObjectiveIds.Contains(p.PdrObjectiveId));
        foreach (var id in details.PdrObjectiveIds.Where(id => PdrObjectives.TrueForAll(p => p.PdrObjectiveId != id)))
        {
            PdrObjectives.Add(new AssignmentPdrObjective { AssignmentId = Id, PdrObjectiveId = id });
        }
    }

    private Dictionary<string, string?> Describe() => new()
    {
        ["Title"] = Title,
        ["Type"] = Type.ToString(),
        ["Other type"] = OtherType,
        ["Aim"] = Aim,
        ["Description"] = Description,
        ["Your role"] = MenteeRole,
        ["Anticipated outcomes"] = AnticipatedOutcomes,
        ["Start date"] = StartDate.ToString("yyyy-MM-dd", null),
        ["End date"] = EndDate.ToString("yyyy-MM-dd", null),
        ["Hours per week"] = HoursPerWeek.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Host organisation or team"] = HostOrganisation,
        ["ICS priorities"] = string.Join(",", Priorities.Select(p => p.IcsPriorityId).Order()),
        ["PDR objectives"] = string.Join(",", PdrObjectives.Select(p => p.PdrObjectiveId).Order()),
    };

    private static Dictionary<string, string?[]> Differences(Dictionary<string, string?> before, Dictionary<string, string?> after) =>
        before.Where(b => !string.Equals(b.Value, after[b.Key], StringComparison.Ordinal))
            .ToDictionary(b => b.Key, b => new[] { b.Value, after[b.Key] });

    private void Record(AssignmentEventKind kind, string actorId, DateTime now, string? comment = null, Dictionary<string, string?[]>? changes = null) =>
        Timeline.Add(new AssignmentEvent
        {
            AssignmentId = Id,
            OccurredAt = now,
            ActorId = actorId,
            Kind = kind,
            Comment = comment,
            ChangedFields = changes is null ? null : JsonSerializer.Serialize(changes),
        });
}

/// <summary>An ICS priority an assignment serves.</summary>
public class AssignmentPriority
{
    public Guid AssignmentId { get; set; }

    public Guid IcsPriorityId { get; set; }

    public IcsPriority? IcsPriority { get; set; }
}

/// <summary>One of the mentee's PDR objectives an assignment links to.</summary>
public class AssignmentPdrObjective
{
    public Guid AssignmentId { get; set; }

    public Guid PdrObjectiveId { get; set; }

    public PdrObjective? PdrObjective { get; set; }
}
