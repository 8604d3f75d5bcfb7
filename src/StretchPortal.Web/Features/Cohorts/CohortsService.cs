using StretchPortal.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;
using StretchPortal.Web.Data;
using StretchPortal.Web.Domain;

namespace StretchPortal.Web.Features.Cohorts;

/// <summary>Cohorts of a programme: adding them, seeing who is enrolled, and changing their name and dates.</summary>
public sealed class CohortsService(StretchPortalDbContext db)
{
    public const string ChangedMeanwhile =
        "Someone else changed this cohort while you were editing. Check the values below and save again.";

    /// <summary>The cohort with its programme and the programme's leads, for the authorization handler; tracked.</summary>
    public Task<Cohort?> FindAsync(Guid id, CancellationToken cancellationToken) =>
        db.Cohorts
            .Include(c => c.Programme).ThenInclude(p => p!.Leads)
            .SingleOrDefaultAsync(c => c.Id == id, cancellationToken);

    public Task<CohortDetailsViewModel> DetailsAsync(Guid id, CancellationToken cancellationToken) =>
        db.Cohorts.AsNoTracking()
            .Where(c => c.Id == id)
            .Select(c => new CohortDetailsViewModel
            {
                Id = c.Id,
                ProgrammeId = c.ProgrammeId,
                ProgrammeName = c.Programme!.Name,
                Name = c.Name,
                StartDate = c.StartDate,
                EndDate = c.EndDate,
                Enrolments = c.Enrolments
                    .OrderBy(e => e.Status == EnrolmentStatus.Active ? 0 : 1)
                    .ThenBy(e => e.Mentee!.FullName)
                    .Select(e => new CohortEnrolmentRow(
                        e.Id,
                        e.Mentee!.FullName,
                        e.Mentor!.FullName,
                        e.Sponsor!.FullName,
                        e.Coach!.FullName,
                        e.Status,
                        e.WithdrawalReason))
                    .ToList(),
            })
            .SingleAsync(cancellationToken);

    public async Task<FormResult> CreateAsync(Programme programme, CreateCohortForm form, CancellationToken cancellationToken)
    {
        var cohort = new Cohort { ProgrammeId = programme.Id };
        Apply(form, cohort);
        db.Cohorts.Add(cohort);
        await db.SaveChangesAsync(cancellationToken);
        return FormResult.Done(cohort.Id);
    }

    public static EditCohortForm EditForm(Cohort cohort) => new()
    {
        Name = cohort.Name,
        StartDate = cohort.StartDate,
        EndDate = cohort.EndDate,
        Version = cohort.Version,
    };

    /// <summary>Saves the edit unless someone else saved the cohort since; then reloads it so its version is current.</summary>
    public async Task<FormResult> EditAsync(Cohort cohort, EditCohortForm form, CancellationToken cancellationToken)
    {
        db.ExpectVersion(cohort, form.Version);
        Apply(form, cohort);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return FormResult.Done(cohort.Id);
        }
        catch (DbUpdateConcurrencyException)
        {
            await db.Entry(cohort).ReloadAsync(cancellationToken);
            return FormResult.Refused("", ChangedMeanwhile);
        }
    }

    private static void Apply(CohortFields form, Cohort cohort)
    {
        cohort.Name = form.Name!.Trim();
        cohort.StartDate = form.StartDate!.Value;
        cohort.EndDate = form.EndDate!.Value;
    }
}
