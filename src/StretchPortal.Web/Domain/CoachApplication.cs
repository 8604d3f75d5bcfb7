namespace StretchPortal.Web.Domain;

/// <summary>
/// A person's application to coach in the Clinical Leadership Career Coaching service (seed 003): their
/// qualification, experience, register, the regions they offer, the confirmations the form asks for, their line
/// manager's agreement (given through an emailed link), the programme lead's decision, and then their training. Once
/// approved and trained, this record is the coach's standing in the service, with the number of coachees they take.
/// </summary>
public class CoachApplication : Entity
{
    /// <summary>The qualification level the service requires (seed 003: "Level 5 minimum").</summary>
    public const int RequiredLevel = 5;

    /// <summary>How long the line manager's link works.</summary>
    public static readonly TimeSpan LineManagerLinkLifetime = TimeSpan.FromDays(7);

    public string ApplicantId { get; set; } = "";

    public Person? Applicant { get; set; }

    public string QualificationName { get; set; } = "";

    public string QualificationProvider { get; set; } = "";

    public int QualificationLevel { get; set; }

    public string ExperienceSummary { get; set; } = "";

    public int NumberOfCoachees { get; set; }

    public string CoacheeSeniority { get; set; } = "";

    /// <summary>The local coaching register the applicant is on (the seven regions).</summary>
    public NhsRegion CoachingRegister { get; set; }

    public CoachingRegions RegionsOffered { get; set; }

    public bool ActiveRegisterMember { get; set; }

    public bool HasSupervision { get; set; }

    public bool CpdEvidenced { get; set; }

    public bool AvailableOnceTrained { get; set; }

    public bool LineManagerPermission { get; set; }

    public bool AcceptsTerms { get; set; }

    public bool AcceptsDataUse { get; set; }

    public string LineManagerName { get; set; } = "";

    public string LineManagerEmail { get; set; } = "";

    /// <summary>SHA-256 of the token in the line manager's link (base64url); the token itself is never stored.</summary>
    public string? LineManagerTokenHash { get; private set; }

    public DateTime? LineManagerTokenExpiresAtUtc { get; private set; }

    public DateTime? LineManagerTokenUsedAtUtc { get; private set; }

    public DateTime? LineManagerConfirmedAtUtc { get; private set; }

    public DateTime SubmittedAtUtc { get; set; }

    public CoachApplicationStatus Status { get; private set; } = CoachApplicationStatus.Submitted;

    public string? DecisionReason { get; private set; }

    public string? DecidedById { get; private set; }

    public Person? DecidedBy { get; private set; }

    public DateTime? DecidedAtUtc { get; private set; }

    public List<CoachingWorkshopBooking> Bookings { get; } = [];

    public DateTime? RecordedSessionConfirmedAtUtc { get; private set; }

    /// <summary>Set when both live workshops are attended and the recorded session is confirmed.</summary>
    public DateTime? TrainedAtUtc { get; private set; }

    /// <summary>How many coachees the coach will support at once (at least one).</summary>
    public int Capacity { get; private set; } = 1;

    public bool IsApproved => Status == CoachApplicationStatus.Approved;

    public bool IsTrained => TrainedAtUtc is not null;

    /// <summary>Whether the service's criteria are met, each with what it says, for the lead to decide against.</summary>
    public IReadOnlyList<CoachCriterion> Criteria() =>
    [
        new("Coaching qualification at level 5 or above", QualificationLevel >= RequiredLevel, Required: true),
        new("Line manager has confirmed their support", LineManagerConfirmedAtUtc is not null, Required: true),
        new("Active member of a coaching register", ActiveRegisterMember, Required: false),
        new("Access to supervision", HasSupervision, Required: false),
        new("CPD and supervision evidenced for the last 12 months", CpdEvidenced, Required: false),
        new("Available to coach once trained", AvailableOnceTrained, Required: false),
        new("Terms and conditions and use of data accepted", AcceptsTerms && AcceptsDataUse, Required: false),
    ];

    /// <summary>Starts a new line manager link (replacing any earlier one), given the hash of its token.</summary>
    public Outcome IssueLineManagerLink(string tokenHash, DateTime now)
    {
        if (LineManagerConfirmedAtUtc is not null)
        {
            return Outcome.Refused("The line manager has already confirmed their support.");
        }

        if (Status != CoachApplicationStatus.Submitted)
        {
            return Outcome.Refused("This application has already been decided.");
        }

        LineManagerTokenHash = tokenHash;
        LineManagerTokenExpiresAtUtc = now + LineManagerLinkLifetime;
        LineManagerTokenUsedAtUtc = null;
        return Outcome.Done;
    }

    /// <summary>Whether a link with this token hash can still be used.</summary>
    public Outcome CheckLineManagerLink(string tokenHash, DateTime now)
    {
        if (LineManagerTokenHash is null || !string.Equals(LineManagerTokenHash, tokenHash, StringComparison.Ordinal))
        {
            return Outcome.Refused("This link is not valid.");
        }

        if (LineManagerTokenUsedAtUtc is not null)
        {
            return Outcome.Refused("This link has already been used.");
        }

        if (now >= LineManagerTokenExpiresAtUtc)
        {
            return Outcome.Refused("This link has expired.");
        }

        if (Status != CoachApplicationStatus.Submitted)
        {
            return Outcome.Refused("This application has already been decided.");
        }

        return Outcome.Done;
    }

    public Outcome ConfirmLineManager(string tokenHash, DateTime now)
    {
        var check = CheckLineManagerLink(tokenHash, now);
        if (!check.Succeeded)
        {
            return check;
        }

        LineManagerTokenUsedAtUtc = now;
        LineManagerConfirmedAtUtc = now;
        return Outcome.Done;
    }

    public Outcome Approve(string leadId, DateTime now)
    {
        if (Status != CoachApplicationStatus.Submitted)
        {
            return Outcome.Refused("This application has already been decided.");
        }

        if (QualificationLevel < RequiredLevel)
        {
            return Outcome.Refused($"The coaching qualification must be level {RequiredLevel} or above.");
        }

        if (LineManagerConfirmedAtUtc is null)
        {
            return Outcome.Refused("The line manager has not confirmed their support yet.");
        }

        Status = CoachApplicationStatus.Approved;
        DecidedById = leadId;
        DecidedAtUtc = now;
        DecisionReason = null;
        return Outcome.Done;
    }

    public Outcome Decline(string leadId, string reason, DateTime now)
    {
        if (Status != CoachApplicationStatus.Submitted)
        {
            return Outcome.Refused("This application has already been decided.");
        }

        if (string.IsNullOrWhiteSpace(reason))
        {
            return Outcome.Refused("Enter the reason for declining.");
        }

        Status = CoachApplicationStatus.Declined;
        DecidedById = leadId;
        DecidedAtUtc = now;
        DecisionReason = reason.Trim();
        return Outcome.Done;
    }

    /// <summary>The coach has watched the recorded training session.</summary>
    public Outcome ConfirmRecordedSession(DateTime now)
    {
        if (!IsApproved)
        {
            return Outcome.Refused("Training starts once the application is approved.");
        }

        if (RecordedSessionConfirmedAtUtc is not null)
        {
            return Outcome.Refused("You have already confirmed the recorded session.");
        }

        RecordedSessionConfirmedAtUtc = now;
        UpdateTraining(now);
        return Outcome.Done;
    }

    /// <summary>
    /// Marks the coach trained once both live workshops are attended and the recorded session confirmed. Needs the
    /// bookings loaded with their workshops.
    /// </summary>
    public void UpdateTraining(DateTime now)
    {
        if (TrainedAtUtc is null && IsApproved && RecordedSessionConfirmedAtUtc is not null && HasAttended(1) && HasAttended(2))
        {
            TrainedAtUtc = now;
        }
    }

    public bool HasAttended(int part) => Bookings.Any(b => b.Attended && b.Workshop?.Part == part);

    public Outcome SetCapacity(int capacity)
    {
        if (capacity < 1)
        {
            return Outcome.Refused("A coach supports at least one coachee.");
        }

        Capacity = capacity;
        return Outcome.Done;
    }
}

/// <summary>One of the service's criteria and whether an application meets it; required ones block approval.</summary>
public sealed record CoachCriterion(string Name, bool Met, bool Required);
