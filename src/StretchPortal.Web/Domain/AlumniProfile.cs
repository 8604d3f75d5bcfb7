namespace StretchPortal.Web.Domain;

/// <summary>
/// A person's entry in a programme's alumni directory (seed 000: "an alumni community ... to allow ongoing
/// networking"). Only a person whose enrolment has become alumni has one, and it is listed only while they opt in.
/// </summary>
public class AlumniProfile : Entity
{
    public Guid EnrolmentId { get; private set; }

    public Enrolment? Enrolment { get; private set; }

    public string PersonId { get; private set; } = "";

    public Person? Person { get; private set; }

    public bool IsListed { get; private set; }

    /// <summary>Their role now, as they want the directory to show it.</summary>
    public string? Role { get; private set; }

    public string? Organisation { get; private set; }

    /// <summary>The stretch assignment they delivered, shown in the directory.</summary>
    public Guid? AssignmentId { get; private set; }

    public StretchAssignment? Assignment { get; private set; }

    public DateTime? ListedAt { get; private set; }

    public static AlumniProfile For(Enrolment enrolment) => new() { EnrolmentId = enrolment.Id, PersonId = enrolment.MenteeId };

    /// <summary>Lists the person in the directory with these details. Only an alumni enrolment can be listed.</summary>
    public Outcome OptIn(EnrolmentStatus enrolmentStatus, string? role, string? organisation, Guid? assignmentId, DateTime now)
    {
        if (enrolmentStatus != EnrolmentStatus.Alumni)
        {
            return Outcome.Refused("Only alumni can join the alumni directory.");
        }

        Role = string.IsNullOrWhiteSpace(role) ? null : role.Trim();
        Organisation = string.IsNullOrWhiteSpace(organisation) ? null : organisation.Trim();
        AssignmentId = assignmentId;
        if (!IsListed)
        {
            IsListed = true;
            ListedAt = now;
        }

        return Outcome.Done;
    }

    public Outcome OptOut()
    {
        if (!IsListed)
        {
            return Outcome.Refused("You are not listed in the alumni directory.");
        }

        IsListed = false;
        ListedAt = null;
        return Outcome.Done;
    }
}
