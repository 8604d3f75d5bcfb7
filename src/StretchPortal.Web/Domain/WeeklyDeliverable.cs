using System.ComponentModel.DataAnnotations;

namespace StretchPortal.Web.Domain;

public enum DeliverableStatus
{
    [Display(Name = "Planned")] Planned = 1,
    [Display(Name = "Done")] Done = 2,
    [Display(Name = "Partly done")] PartlyDone = 3,
    [Display(Name = "Slipped")] Slipped = 4,
    [Display(Name = "Blocked")] Blocked = 5,
}

/// <summary>
/// One week of an assignment: what the mentee plans to deliver and how it serves the aim, then how it went and the
/// hours it took; the mentor comments on it or signs it off.
/// </summary>
public class WeeklyDeliverable : Entity
{
    public Guid AssignmentId { get; private set; }

    public StretchAssignment? Assignment { get; private set; }

    /// <summary>The Monday the week starts on.</summary>
    public DateOnly WeekStarting { get; private set; }

    public string Plan { get; private set; } = "";

    public string LinkToAim { get; private set; } = "";

    public DeliverableStatus Status { get; private set; } = DeliverableStatus.Planned;

    public string? Note { get; private set; }

    public double? HoursWorked { get; private set; }

    public DateTime PlannedAt { get; private set; }

    public DateTime? UpdatedAt { get; private set; }

    public string? MentorComment { get; private set; }

    public DateTime? MentorCommentedAt { get; private set; }

    public DateTime? SignedOffAt { get; private set; }

    public string? SignedOffById { get; private set; }

    public DateOnly WeekEnding => WeekStarting.AddDays(6);

    public bool IsSignedOff => SignedOffAt is not null;

    public static WeeklyDeliverable Planned(Guid assignmentId, DateOnly weekStarting, string plan, string linkToAim, DateTime now) => new()
    {
        AssignmentId = assignmentId,
        WeekStarting = weekStarting,
        Plan = plan.Trim(),
        LinkToAim = linkToAim.Trim(),
        PlannedAt = now,
    };

    public bool IsOverHours(double agreedHoursPerWeek) => HoursWorked > agreedHoursPerWeek;

    /// <summary>A week is overdue once it has ended with no update of how it went.</summary>
    public bool IsOverdue(DateOnly today) => today > WeekEnding && UpdatedAt is null;

    public Outcome Replan(string plan, string linkToAim)
    {
        if (IsSignedOff)
        {
            return Outcome.Refused("This week has been signed off by the mentor and can no longer be changed.");
        }

        Plan = plan.Trim();
        LinkToAim = linkToAim.Trim();
        return Outcome.Done;
    }

    public Outcome RecordProgress(DeliverableStatus status, string? note, double hoursWorked, DateTime now)
    {
        if (IsSignedOff)
        {
            return Outcome.Refused("This week has been signed off by the mentor and can no longer be changed.");
        }

        if (hoursWorked < 0)
        {
            return Outcome.Refused("Hours worked cannot be negative.");
        }

        Status = status;
        Note = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
        HoursWorked = hoursWorked;
        UpdatedAt = now;
        return Outcome.Done;
    }

    public Outcome CommentAsMentor(string comment, DateTime now)
    {
        if (string.IsNullOrWhiteSpace(comment))
        {
            return Outcome.Refused("Enter a comment.");
        }

        MentorComment = comment.Trim();
        MentorCommentedAt = now;
        return Outcome.Done;
    }

    public Outcome SignOff(string mentorId, string? comment, DateTime now)
    {
        if (UpdatedAt is null)
        {
            return Outcome.Refused("A week can be signed off once the mentee has said how it went.");
        }

        if (IsSignedOff)
        {
            return Outcome.Refused("This week is already signed off.");
        }

        if (!string.IsNullOrWhiteSpace(comment))
        {
            MentorComment = comment.Trim();
            MentorCommentedAt = now;
        }

        SignedOffAt = now;
        SignedOffById = mentorId;
        return Outcome.Done;
    }
}
