using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using StretchPortal.Web.Data;
using StretchPortal.Web.Domain;
using StretchPortal.Web.Security;

namespace StretchPortal.Web.Features.Home;

/// <summary>Reads what each of a person's roles puts on their home page: only their own relationships.</summary>
public sealed class HomeService(StretchPortalDbContext db, UserManager<Person> people)
{
    public async Task<HomeViewModel> BuildAsync(string personId, CancellationToken cancellationToken)
    {
        var person = await people.FindByIdAsync(personId)
            ?? throw new InvalidOperationException("The signed-in person no longer exists.");
        var roles = (await people.GetRolesAsync(person)).ToList();

        return new HomeViewModel
        {
            FullName = person.FullName,
            Roles = roles,
            MyEnrolments = roles.Contains(Roles.Mentee) ? await MyEnrolments(personId, cancellationToken) : [],
            Mentees = roles.Contains(Roles.Mentor) ? await Supported(e => e.MentorId == personId, cancellationToken) : [],
            Sponsored = roles.Contains(Roles.Sponsor) ? await Supported(e => e.SponsorId == personId, cancellationToken) : [],
            Coachees = roles.Contains(Roles.Coach) ? await Supported(e => e.CoachId == personId, cancellationToken) : [],
            Programmes = roles.Contains(Roles.ProgrammeLead) ? await LedProgrammes(personId, cancellationToken) : [],
            People = roles.Contains(Roles.Administrator) ? await PeopleSummary(cancellationToken) : null,
        };
    }

    private Task<List<MyEnrolment>> MyEnrolments(string personId, CancellationToken cancellationToken) =>
        db.Enrolments.AsNoTracking()
            .Where(e => e.MenteeId == personId)
            .OrderByDescending(e => e.EnrolledAt)
            .Select(e => new MyEnrolment(
                e.Cohort!.Programme!.Name,
                e.Cohort.Name,
                e.Status,
                e.Mentor!.FullName,
                e.Sponsor!.FullName,
                e.Coach!.FullName))
            .ToListAsync(cancellationToken);

    private Task<List<SupportedMentee>> Supported(
        System.Linq.Expressions.Expression<Func<Enrolment, bool>> relationship, CancellationToken cancellationToken) =>
        db.Enrolments.AsNoTracking()
            .Where(relationship)
            .Where(e => e.Status == EnrolmentStatus.Active)
            .OrderBy(e => e.Mentee!.FullName)
            .Select(e => new SupportedMentee(e.Id, e.Mentee!.FullName, e.Mentee.JobTitle, e.Cohort!.Programme!.Name, e.Cohort.Name))
            .ToListAsync(cancellationToken);

    private Task<List<LedProgramme>> LedProgrammes(string personId, CancellationToken cancellationToken) =>
        db.Programmes.AsNoTracking()
            .Where(p => p.Leads.Any(l => l.PersonId == personId))
            .OrderBy(p => p.Name)
            .Select(p => new LedProgramme(
                p.Id,
                p.Name,
                p.Year,
                p.Cohorts.Count,
                p.Cohorts.SelectMany(c => c.Enrolments).Count(e => e.Status == EnrolmentStatus.Active)))
            .ToListAsync(cancellationToken);

    private async Task<PeopleSummary> PeopleSummary(CancellationToken cancellationToken)
    {
        var people = db.Users.AsNoTracking();
        return new PeopleSummary(
            await people.CountAsync(p => p.IsActive, cancellationToken),
            await people.CountAsync(p => !p.IsActive, cancellationToken),
            await people.CountAsync(p => !p.EmailConfirmed, cancellationToken));
    }
}
