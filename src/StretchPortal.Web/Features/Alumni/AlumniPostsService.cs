using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using StretchPortal.Web.Data;
using StretchPortal.Web.Domain;
using StretchPortal.Web.Features.Shared;

namespace StretchPortal.Web.Features.Alumni;

/// <summary>
/// What a lead does for a programme's alumni: posts news and events, and welcomes mentees whose enrolment is completed
/// to the alumni (<see cref="Enrolment.JoinAlumni"/>).
/// </summary>
public sealed class AlumniPostsService(StretchPortalDbContext db, TimeProvider clock)
{
    public const string EnrolmentChangedMeanwhile =
        "Someone else changed this enrolment meanwhile. Check the list below and try again.";

    /// <summary>The programme with its leads, as <see cref="AlumniAuthorizationHandler"/> needs it.</summary>
    public Task<Programme?> FindProgrammeAsync(Guid? id, CancellationToken cancellationToken) =>
        db.Programmes.AsNoTracking().Include(p => p.Leads).SingleOrDefaultAsync(p => p.Id == id, cancellationToken);

    public async Task<IReadOnlyList<SelectListItem>> ProgrammeOptionsAsync(string leadId, CancellationToken cancellationToken) =>
        (await db.Programmes.AsNoTracking().Where(p => p.Leads.Any(l => l.PersonId == leadId)).OrderBy(p => p.Name)
            .Select(p => new { p.Id, p.Name }).ToListAsync(cancellationToken))
        .Select(p => new SelectListItem(p.Name, p.Id.ToString()))
        .ToList();

    public async Task<FormResult> PostAsync(Programme programme, AlumniPostForm form, string authorId, CancellationToken cancellationToken)
    {
        var post = new AlumniPost
        {
            ProgrammeId = programme.Id,
            Kind = form.Kind!.Value,
            Title = form.Title!.Trim(),
            Body = form.Body!.Trim(),
            EventStartsAt = form.Kind == AlumniPostKind.Event ? UkTime.ToUtc(form.EventDate!.Value, form.Time!.Value) : null,
            AuthorId = authorId,
            PostedAt = clock.GetUtcNow().UtcDateTime,
        };
        db.AlumniPosts.Add(post);
        await db.SaveChangesAsync(cancellationToken);
        return FormResult.Done(post.Id);
    }

    /// <summary>The programme's completed and alumni enrolments, completed first.</summary>
    public async Task<AlumniMembersViewModel> MembersAsync(Programme programme, CancellationToken cancellationToken) =>
        new(programme.Id, programme.Name, await db.Enrolments.AsNoTracking()
            .Where(e => e.Cohort!.ProgrammeId == programme.Id && (e.Status == EnrolmentStatus.Completed || e.Status == EnrolmentStatus.Alumni))
            .OrderBy(e => e.Status).ThenBy(e => e.Mentee!.FullName)
            .Select(e => new AlumniMemberRow(e.Id, e.Version, e.Mentee!.FullName, e.Cohort!.Name, e.Status))
            .ToListAsync(cancellationToken));

    /// <summary>The enrolment and its programme's leads; tracked, so it can be changed.</summary>
    public Task<Enrolment?> FindEnrolmentAsync(Guid id, CancellationToken cancellationToken) =>
        db.Enrolments.Include(e => e.Cohort!).ThenInclude(c => c.Programme!).ThenInclude(p => p.Leads)
            .SingleOrDefaultAsync(e => e.Id == id, cancellationToken);

    public async Task<FormResult> JoinAsync(Enrolment enrolment, JoinAlumniForm form, CancellationToken cancellationToken)
    {
        db.ExpectVersion(enrolment, form.Version);
        var outcome = enrolment.JoinAlumni();
        if (!outcome.Succeeded)
        {
            return FormResult.Refused("", outcome.Refusal!);
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return FormResult.Done(enrolment.Id);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return FormResult.Refused("", EnrolmentChangedMeanwhile);
        }
    }
}
