using System.Globalization;
using StretchPortal.Web.Domain;

namespace StretchPortal.Web.Features.Weeks;

/// <summary>An assignment's weeks, the counts that matter at a glance, and what the viewer may do.</summary>
public sealed class WeekListViewModel
{
    public required WeekAssignmentViewModel Assignment { get; init; }

    public required WeekSummary Summary { get; init; }

    public IReadOnlyList<WeekRowViewModel> Weeks { get; init; } = [];

    /// <summary>The mentee, while the assignment takes weekly updates.</summary>
    public bool MayPlanAndUpdate { get; init; }

    /// <summary>The mentee's mentor, while the assignment has not been withdrawn.</summary>
    public bool MayReview { get; init; }

    /// <summary>Why weeks cannot be planned or updated now, when they cannot.</summary>
    public string? NotTakingUpdates { get; init; }
}

/// <summary>The assignment as the weeks pages show it, above every page.</summary>
public sealed record WeekAssignmentViewModel(Guid Id, string Title, string MenteeName, string Aim, double HoursPerWeek, AssignmentStatus Status)
{
    public string AgreedHours => WeekRowViewModel.FormatHours(HoursPerWeek);
}

/// <summary>How many weeks went well, went badly, are missing, or took more than the agreed hours.</summary>
public sealed record WeekSummary(int Done, int Slipped, int Blocked, int Overdue, int OverHours);

/// <summary>One week of the assignment, planned or not.</summary>
public sealed record WeekRowViewModel
{
    public DateOnly WeekStarting { get; init; }

    public DateOnly WeekEnding => WeekStarting.AddDays(6);

    /// <summary>The weekly deliverable's id; null for a week nobody has planned.</summary>
    public Guid? Id { get; init; }

    /// <summary>The weekly deliverable's version as saved now, for a form that must be saved again after a refusal.</summary>
    public Guid? Version { get; init; }

    public string? Plan { get; init; }

    public string? LinkToAim { get; init; }

    public DeliverableStatus? Status { get; init; }

    public bool IsUpdated { get; init; }

    public string? Note { get; init; }

    public double? HoursWorked { get; init; }

    public bool IsOverHours { get; init; }

    public bool IsOverdue { get; init; }

    public string? MentorComment { get; init; }

    public DateOnly? SignedOffOn { get; init; }

    public bool IsPlanned => Id is not null;

    public bool IsSignedOff => SignedOffOn is not null;

    /// <summary>The value the "week" query parameter takes.</summary>
    public string WeekParameter => WeekStarting.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public string? Hours => HoursWorked is { } hours ? FormatHours(hours) : null;

    public static WeekRowViewModel From(WeeklyDeliverable week, double agreedHoursPerWeek, DateOnly today) => new()
    {
        WeekStarting = week.WeekStarting,
        Id = week.Id,
        Version = week.Version,
        Plan = week.Plan,
        LinkToAim = week.LinkToAim,
        Status = week.Status,
        IsUpdated = week.UpdatedAt is not null,
        Note = week.Note,
        HoursWorked = week.HoursWorked,
        IsOverHours = week.IsOverHours(agreedHoursPerWeek),
        IsOverdue = week.IsOverdue(today),
        MentorComment = week.MentorComment,
        SignedOffOn = week.SignedOffAt is { } at ? DateOnly.FromDateTime(at) : null,
    };

    /// <summary>A week with no plan: overdue once it has ended, like a planned week with no update.</summary>
    public static WeekRowViewModel Unplanned(DateOnly weekStarting, DateOnly today) => new()
    {
        WeekStarting = weekStarting,
        IsOverdue = today > weekStarting.AddDays(6),
    };

    public static string FormatHours(double hours) => hours.ToString("0.##", CultureInfo.GetCultureInfo("en-GB"));
}
