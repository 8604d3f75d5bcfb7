using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using StretchPortal.Web.Data;
using StretchPortal.Web.Domain;
using StretchPortal.Web.Features.Shared;

namespace StretchPortal.Web.Features.Alumni;

/// <summary>
/// The alumni community: the directory and posts a person sees (of the programmes they are alumni of or lead), and
/// an alum opting in to the directory or out of it (<see cref="AlumniProfile"/>'s rules).
/// </summary>
public sealed class AlumniService(StretchPortalDbContext db, TimeProvider clock)
{
    public const string ChangedMeanwhile =
        "Your directory entry was changed somewhere else while you were editing. Check the values below and save again.";

    public async Task<AlumniIndexViewModel?> IndexAsync(string personId, bool mayManageProgrammes, CancellationToken cancellationToken)
    {
        var alumniOf = AlumniProgrammes(personId);
        var led = db.Programmes.Where(p => mayManageProgrammes && p.Leads.Any(l => l.PersonId == personId)).Select(p => p.Id);
        var isAlumnus = await alumniOf.AnyAsync(cancellationToken);
        var ledProgrammes = await db.Programmes.AsNoTracking()
            .Where(p => led.Contains(p.Id))
            .OrderBy(p => p.Name)
            .Select(p => new LedProgrammeRow(p.Id, p.Name, p.Cohorts.SelectMany(c => c.Enrolments).Count(e => e.Status == EnrolmentStatus.Completed)))
            .ToListAsync(cancellationToken);
        if (!isAlumnus && ledProgrammes.Count == 0)
        {
            return null;
        }

        var directory = await db.AlumniProfiles.AsNoTracking()
            .Where(p => p.IsListed && p.Enrolment!.Status == EnrolmentStatus.Alumni
                && (alumniOf.Contains(p.Enrolment.Cohort!.ProgrammeId) || led.Contains(p.Enrolment.Cohort!.ProgrammeId)))
            .OrderBy(p => p.Person!.FullName)
            .Select(p => new AlumniDirectoryRow(
                p.Person!.FullName, p.Role, p.Organisation, p.Enrolment!.Cohort!.Programme!.Name,
                p.AssignmentId, p.Assignment!.Title, p.Assignment.Status == AssignmentStatus.Presented))
            .ToListAsync(cancellationToken);
        var posts = await db.AlumniPosts.AsNoTracking()
            .Where(p => alumniOf.Contains(p.ProgrammeId) || led.Contains(p.ProgrammeId))
            .OrderByDescending(p => p.PostedAt)
            .Take(20)
            .Select(p => new AlumniPostRow(p.Id, p.Kind, p.Title, p.Body, p.Programme!.Name, p.PostedAt, p.EventStartsAt))
            .ToListAsync(cancellationToken);
        var listed = await db.AlumniProfiles.AnyAsync(p => p.PersonId == personId && p.IsListed, cancellationToken);
        return new AlumniIndexViewModel
        {
            Directory = directory,
            Posts = posts,
            IsAlumnus = isAlumnus,
            IsListed = listed,
            LedProgrammes = ledProgrammes,
        };
    }

    /// <summary>The person's latest alumni enrolment, or null if they are not alumni.</summary>
    public Task<Enrolment?> FindAlumniEnrolmentAsync(string personId, CancellationToken cancellationToken) =>
        db.Enrolments.Include(e => e.Cohort!).ThenInclude(c => c.Programme)
            .Where(e => e.MenteeId == personId && e.Status == EnrolmentStatus.Alumni)
            .OrderByDescending(e => e.EndedAt)
            .FirstOrDefaultAsync(cancellationToken);

    public async Task<AlumniProfileForm> ProfileFormAsync(Enrolment enrolment, AlumniProfileForm? posted, CancellationToken cancellationToken)
    {
        var profile = await ProfileAsync(enrolment, cancellationToken);
        var form = posted ?? await DefaultsAsync(enrolment, profile, cancellationToken);
        form.Version = profile?.Version ?? Guid.Empty;
        form.IsListed = profile?.IsListed ?? false;
        form.Programme = enrolment.Cohort!.Programme!.Name;
        form.Assignments = (await DeliveredAsync(enrolment.Id).Select(a => new { a.Id, a.Title }).ToListAsync(cancellationToken))
            .Select(a => new SelectListItem(a.Title, a.Id.ToString()))
            .ToList();
        return form;
    }

    /// <summary>Lists the alum in the directory with these details, or updates their entry.</summary>
    public async Task<FormResult> OptInAsync(Enrolment enrolment, AlumniProfileForm form, CancellationToken cancellationToken)
    {
        if (form.AssignmentId is { } assignmentId && !await DeliveredAsync(enrolment.Id).AnyAsync(a => a.Id == assignmentId, cancellationToken))
        {
            return FormResult.Refused(nameof(form.AssignmentId), "Choose one of your completed assignments from the list");
        }

        var profile = await ProfileAsync(enrolment, cancellationToken);
        if (profile is null)
        {
            profile = AlumniProfile.For(enrolment);
            db.AlumniProfiles.Add(profile);
        }
        else
        {
            db.ExpectVersion(profile, form.Version);
        }

        return await SaveAsync(profile, profile.OptIn(enrolment.Status, form.Role, form.Organisation, form.AssignmentId, clock.GetUtcNow().UtcDateTime), cancellationToken);
    }

    public async Task<FormResult> OptOutAsync(Enrolment enrolment, Guid versionSeen, CancellationToken cancellationToken)
    {
        var profile = await ProfileAsync(enrolment, cancellationToken);
        if (profile is null)
        {
            return FormResult.Refused("", "You are not listed in the alumni directory.");
        }

        db.ExpectVersion(profile, versionSeen);
        return await SaveAsync(profile, profile.OptOut(), cancellationToken);
    }

    private async Task<FormResult> SaveAsync(AlumniProfile profile, Outcome outcome, CancellationToken cancellationToken)
    {
        if (!outcome.Succeeded)
        {
            return FormResult.Refused("", outcome.Refusal!);
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return FormResult.Done(profile.Id);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return FormResult.Refused("", ChangedMeanwhile);
        }
    }

    private Task<AlumniProfile?> ProfileAsync(Enrolment enrolment, CancellationToken cancellationToken) =>
        db.AlumniProfiles.SingleOrDefaultAsync(p => p.EnrolmentId == enrolment.Id, cancellationToken);

    private async Task<AlumniProfileForm> DefaultsAsync(Enrolment enrolment, AlumniProfile? profile, CancellationToken cancellationToken)
    {
        if (profile is not null)
        {
            return new AlumniProfileForm { Role = profile.Role, Organisation = profile.Organisation, AssignmentId = profile.AssignmentId };
        }

        var person = await db.Users.AsNoTracking().Where(p => p.Id == enrolment.MenteeId)
            .Select(p => new { p.JobTitle, Organisation = p.Organisation!.Name }).SingleAsync(cancellationToken);
        var delivered = await DeliveredAsync(enrolment.Id).Select(a => (Guid?)a.Id).FirstOrDefaultAsync(cancellationToken);
        return new AlumniProfileForm { Role = person.JobTitle, Organisation = person.Organisation, AssignmentId = delivered };
    }

    private IQueryable<StretchAssignment> DeliveredAsync(Guid enrolmentId) =>
        db.StretchAssignments.AsNoTracking()
            .Where(a => a.EnrolmentId == enrolmentId && (a.Status == AssignmentStatus.Completed || a.Status == AssignmentStatus.Presented))
            .OrderBy(a => a.Title);

    private IQueryable<Guid> AlumniProgrammes(string personId) =>
        db.Enrolments.Where(e => e.MenteeId == personId && e.Status == EnrolmentStatus.Alumni).Select(e => e.Cohort!.ProgrammeId);
}
