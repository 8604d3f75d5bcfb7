namespace StretchPortal.Web.Domain;

/// <summary>Everything a mentee writes about a stretch assignment, as one value to draft or revise it with.</summary>
public sealed record AssignmentDetails(
    string Title,
    AssignmentType Type,
    string? OtherType,
    string Aim,
    string? Description,
    string MenteeRole,
    string AnticipatedOutcomes,
    DateOnly StartDate,
    DateOnly EndDate,
    double HoursPerWeek,
    string? HostOrganisation,
    IReadOnlyList<Guid> IcsPriorityIds,
    IReadOnlyList<Guid> PdrObjectiveIds)
{
    public AssignmentScope Scope => new(Aim, MenteeRole, AnticipatedOutcomes, StartDate, EndDate, HoursPerWeek, IcsPriorityIds);
}
