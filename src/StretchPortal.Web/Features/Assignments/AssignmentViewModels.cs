using Microsoft.AspNetCore.Mvc.Rendering;
using StretchPortal.Web.Domain;
using StretchPortal.Web.Features.Shared;

namespace StretchPortal.Web.Features.Assignments;

/// <summary>The assignments a person may see, grouped by status, optionally only one status.</summary>
public sealed class AssignmentIndexViewModel
{
    public AssignmentStatus? Status { get; init; }

    public IReadOnlyList<SelectListItem> Statuses { get; init; } = [];

    public IReadOnlyList<AssignmentRow> Assignments { get; init; } = [];

    /// <summary>Whether the person is a mentee with an active enrolment, who may draft an assignment.</summary>
    public bool MayDraft { get; init; }
}

public sealed record AssignmentRow(
    Guid Id, string Title, string Mentee, AssignmentType Type, string? OtherType, AssignmentStatus Status, DateOnly StartDate, DateOnly EndDate)
{
    public string TypeName => AssignmentTypes.Describe(Type, OtherType);
}

public static class AssignmentTypes
{
    /// <summary>The type's display name; for "Other", with the mentee's own description.</summary>
    public static string Describe(AssignmentType type, string? otherType) =>
        type == AssignmentType.Other && !string.IsNullOrWhiteSpace(otherType) ? $"{type.DisplayName()}: {otherType}" : type.DisplayName();
}

/// <summary>Text a person typed, as the paragraphs they wrote it in.</summary>
public static class TypedText
{
    public static IReadOnlyList<string> Paragraphs(string? text) =>
        (text ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}

/// <summary>An assignment as a page about it names it: caption, breadcrumb and status.</summary>
public sealed record AssignmentHeading(Guid Id, string Title, AssignmentStatus Status)
{
    public static AssignmentHeading None { get; } = new(Guid.Empty, "", AssignmentStatus.Draft);

    public static AssignmentHeading Of(StretchAssignment assignment) => new(assignment.Id, assignment.Title, assignment.Status);
}

/// <summary>Everything written about an assignment, with the warnings its dates deserve and the scope last agreed.</summary>
public sealed class AssignmentSummaryViewModel
{
    public static AssignmentSummaryViewModel None { get; } = new();

    public Guid Id { get; init; }

    public Guid EnrolmentId { get; init; }

    public Guid Version { get; init; }

    public string Title { get; init; } = "";

    public AssignmentStatus Status { get; init; }

    public string Mentee { get; init; } = "";

    public string? Mentor { get; init; }

    public string Programme { get; init; } = "";

    public string Cohort { get; init; } = "";

    public string Type { get; init; } = "";

    public string Aim { get; init; } = "";

    public string? Description { get; init; }

    public string MenteeRole { get; init; } = "";

    public string AnticipatedOutcomes { get; init; } = "";

    public DateOnly StartDate { get; init; }

    public DateOnly EndDate { get; init; }

    public double HoursPerWeek { get; init; }

    public string? HostOrganisation { get; init; }

    public IReadOnlyList<string> IcsPriorities { get; init; } = [];

    public IReadOnlyList<string> PdrObjectives { get; init; } = [];

    /// <summary>Where the dates stray from the programme's practical element: shown, never blocking.</summary>
    public IReadOnlyList<string> Warnings { get; init; } = [];

    /// <summary>The scope the mentor last agreed, when the current scope differs from it; otherwise null.</summary>
    public AgreedScopeViewModel? LastAgreedScope { get; init; }

}

/// <summary>The scope as the mentor last agreed it, and the names of the fields changed since.</summary>
public sealed record AgreedScopeViewModel(
    string Aim,
    string MenteeRole,
    string AnticipatedOutcomes,
    DateOnly StartDate,
    DateOnly EndDate,
    double HoursPerWeek,
    IReadOnlyList<string> IcsPriorities,
    IReadOnlyList<string> ChangedFields);

/// <summary>One assignment's page: its summary, the completion report, its timeline, and what the viewer may do.</summary>
public sealed class AssignmentDetailsViewModel
{
    public AssignmentSummaryViewModel Summary { get; init; } = AssignmentSummaryViewModel.None;

    public CompletionReportViewModel? Completion { get; init; }

    public string? WithdrawalReason { get; init; }

    public IReadOnlyList<TimelineEntryViewModel> Timeline { get; init; } = [];

    public AssignmentActions Actions { get; init; } = AssignmentActions.None;
}

public sealed record CompletionReportViewModel(
    string OutcomesAchieved, string LessonsLearned, string PracticeImprovements, DateTime CompletedAt, DateTime? PresentedAt);

/// <summary>One step of the timeline: when, who, what, why, and the fields changed as "Field: old → new".</summary>
public sealed record TimelineEntryViewModel(
    DateTime OccurredAt, string Who, AssignmentEventKind Kind, string? Comment, IReadOnlyList<string> Changes);

/// <summary>
/// The actions to offer: those the authorization handler allows this viewer and the assignment's status makes
/// possible. Offering is only a courtesy; the entity still decides when the action is posted.
/// </summary>
public sealed record AssignmentActions(
    bool Edit, bool Submit, bool Agree, bool RequestChanges, bool Start, bool Complete, bool Withdraw, bool Present)
{
    public static AssignmentActions None { get; } = new(false, false, false, false, false, false, false, false);

    public bool Any => Edit || Submit || Agree || RequestChanges || Start || Complete || Withdraw || Present;

    public static AssignmentActions For(
        StretchAssignment assignment, bool mayDeliver, bool mayDecide, bool mayWithdraw, bool mayPresent)
    {
        var status = assignment.Status;
        return new(
            Edit: mayDeliver && assignment.IsEditable,
            Submit: mayDeliver && status is AssignmentStatus.Draft or AssignmentStatus.ChangesRequested,
            Agree: mayDecide && status == AssignmentStatus.Submitted,
            RequestChanges: mayDecide && status == AssignmentStatus.Submitted,
            Start: mayDeliver && status == AssignmentStatus.Agreed,
            Complete: mayDeliver && status == AssignmentStatus.InProgress,
            Withdraw: mayWithdraw && assignment.IsOpen,
            Present: mayPresent && status == AssignmentStatus.Completed);
    }
}

/// <summary>Moments on the timeline as people in England read them: "5 October 2026 at 10:30am", UK time.</summary>
public static class TimelineTimes
{
    private static readonly System.Globalization.CultureInfo EnglishUk = System.Globalization.CultureInfo.GetCultureInfo("en-GB");

    private static readonly TimeZoneInfo UkTime = FindUkTime();

    public static string ToDisplayTime(this DateTime utc)
    {
        var local = TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), UkTime);
        var hour = local.Hour % 12 == 0 ? 12 : local.Hour % 12;
        var minutes = local.Minute == 0 ? "" : ":" + local.Minute.ToString("00", EnglishUk);
        return $"{local.ToString("d MMMM yyyy", EnglishUk)} at {hour}{minutes}{(local.Hour < 12 ? "am" : "pm")}";
    }

    private static TimeZoneInfo FindUkTime()
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById("Europe/London");
        }
        catch (TimeZoneNotFoundException)
        {
            return TimeZoneInfo.Utc;
        }
    }
}
