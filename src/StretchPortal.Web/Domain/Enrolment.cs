namespace StretchPortal.Web.Domain;

/// <summary>A mentee in a cohort, with their support network: mentor, sponsor and coach.</summary>
public class Enrolment : Entity
{
    public Guid CohortId { get; set; }

    public Cohort? Cohort { get; set; }

    public string MenteeId { get; set; } = "";

    public Person? Mentee { get; set; }

    public string? MentorId { get; set; }

    public Person? Mentor { get; set; }

    public string? SponsorId { get; set; }

    public Person? Sponsor { get; set; }

    public string? CoachId { get; set; }

    public Person? Coach { get; set; }

    public EnrolmentStatus Status { get; private set; } = EnrolmentStatus.Active;

    public DateTime EnrolledAt { get; set; }

    public string? WithdrawalReason { get; private set; }

    public DateTime? EndedAt { get; private set; }

    public bool IsSupportedBy(string personId) =>
        MentorId == personId || SponsorId == personId || CoachId == personId;

    public Outcome Withdraw(string reason, DateTime now)
    {
        if (Status != EnrolmentStatus.Active)
        {
            return Outcome.Refused("Only an active enrolment can be withdrawn.");
        }

        if (string.IsNullOrWhiteSpace(reason))
        {
            return Outcome.Refused("Enter the reason for the withdrawal.");
        }

        Status = EnrolmentStatus.Withdrawn;
        WithdrawalReason = reason.Trim();
        EndedAt = now;
        return Outcome.Done;
    }

    public Outcome Complete(DateTime now)
    {
        if (Status != EnrolmentStatus.Active)
        {
            return Outcome.Refused("Only an active enrolment can be completed.");
        }

        Status = EnrolmentStatus.Completed;
        EndedAt = now;
        return Outcome.Done;
    }

    public Outcome JoinAlumni()
    {
        if (Status != EnrolmentStatus.Completed)
        {
            return Outcome.Refused("Only a completed enrolment can join the alumni.");
        }

        Status = EnrolmentStatus.Alumni;
        return Outcome.Done;
    }
}
