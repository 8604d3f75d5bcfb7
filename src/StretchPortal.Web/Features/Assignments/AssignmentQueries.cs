using Microsoft.EntityFrameworkCore;
using StretchPortal.Web.Data;
using StretchPortal.Web.Domain;

namespace StretchPortal.Web.Features.Assignments;

/// <summary>Shared reads for the assignment features.</summary>
public static class AssignmentQueries
{
    /// <summary>The assignment with what its authorization handler needs (tracked, so it can then be changed).</summary>
    public static Task<StretchAssignment?> ForAuthorization(this StretchPortalDbContext db, Guid id, CancellationToken cancellationToken) =>
        db.StretchAssignments
            .Include(a => a.Enrolment!).ThenInclude(e => e.Cohort!).ThenInclude(c => c.Programme!).ThenInclude(p => p.Leads)
            .Include(a => a.Priorities)
            .Include(a => a.PdrObjectives)
            .AsSplitQuery()
            .FirstOrDefaultAsync(a => a.Id == id, cancellationToken);

    /// <summary>Assignments the person may see: their own, their mentees', sponsored and coached mentees', and their programmes'.</summary>
    public static IQueryable<StretchAssignment> VisibleTo(this IQueryable<StretchAssignment> assignments, string personId) =>
        assignments.Where(a =>
            a.Enrolment!.MenteeId == personId
            || a.Enrolment.MentorId == personId
            || a.Enrolment.SponsorId == personId
            || a.Enrolment.CoachId == personId
            || a.Enrolment.Cohort!.Programme!.Leads.Any(l => l.PersonId == personId));
}
