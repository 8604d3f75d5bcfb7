using StretchPortal.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;
using StretchPortal.Web.Data;
using StretchPortal.Web.Domain;
using StretchPortal.Web.Features.Programmes;
using StretchPortal.Web.Security;

namespace StretchPortal.Web.Features.Enrolments;

/// <summary>
/// Who may be enrolled in a cohort and who may support them: each named by the email address of an existing, active
/// account; a mentee enrolled at most once at a time in a cohort, and never their own mentor, sponsor or coach. Each
/// person is given the role their place needs (mentee, mentor, sponsor, coach) if they lack it.
/// </summary>
public sealed class EnrolmentsService(StretchPortalDbContext db, RoleGrantService roleGrants, TimeProvider clock)
{
    public const string ChangedMeanwhile =
        "Someone else changed this enrolment while you were editing. Check the values below and save again.";

    /// <summary>The enrolment with its people, cohort, programme and the programme's leads; tracked.</summary>
    public Task<Enrolment?> FindAsync(Guid id, CancellationToken cancellationToken) =>
        db.Enrolments
            .Include(e => e.Mentee)
            .Include(e => e.Mentor)
            .Include(e => e.Sponsor)
            .Include(e => e.Coach)
            .Include(e => e.Cohort).ThenInclude(c => c!.Programme).ThenInclude(p => p!.Leads)
            .SingleOrDefaultAsync(e => e.Id == id, cancellationToken);

    public async Task<FormResult> EnrolAsync(Cohort cohort, CreateEnrolmentForm form, CancellationToken cancellationToken)
    {
        var errors = new List<FormError>();
        var mentee = await ResolveAsync(form.MenteeEmail, nameof(form.MenteeEmail), errors, cancellationToken);
        var support = await ResolveSupportAsync(form.MentorEmail, form.SponsorEmail, form.CoachEmail, errors, cancellationToken);
        if (mentee is not null)
        {
            if (await db.Enrolments.AnyAsync(
                    e => e.CohortId == cohort.Id && e.MenteeId == mentee.Id && e.Status == EnrolmentStatus.Active, cancellationToken))
            {
                errors.Add(new(nameof(form.MenteeEmail), "This person is already enrolled in this cohort"));
            }

            errors.AddRange(SupportsThemselves(mentee, support));
        }

        if (errors.Count > 0)
        {
            return new FormResult(errors);
        }

        var enrolment = new Enrolment
        {
            CohortId = cohort.Id,
            MenteeId = mentee!.Id,
            EnrolledAt = clock.GetUtcNow().UtcDateTime,
        };
        support.ApplyTo(enrolment);
        db.Enrolments.Add(enrolment);
        await roleGrants.SaveWithGrantsAsync([(mentee, Roles.Mentee), .. support.Grants()], cancellationToken);
        return FormResult.Done(enrolment.Id);
    }

    public static EditEnrolmentForm EditForm(Enrolment enrolment) => new()
    {
        MentorEmail = enrolment.Mentor?.Email ?? "",
        SponsorEmail = enrolment.Sponsor?.Email,
        CoachEmail = enrolment.Coach?.Email,
        Version = enrolment.Version,
    };

    /// <summary>Changes the mentor, sponsor or coach of an active enrolment, unless someone else saved it since the form was opened.</summary>
    public async Task<FormResult> ChangeSupportAsync(Enrolment enrolment, EditEnrolmentForm form, CancellationToken cancellationToken)
    {
        if (enrolment.Status != EnrolmentStatus.Active)
        {
            return FormResult.Refused("", "Only an active enrolment's mentor, sponsor and coach can be changed");
        }

        var errors = new List<FormError>();
        var support = await ResolveSupportAsync(form.MentorEmail, form.SponsorEmail, form.CoachEmail, errors, cancellationToken);
        errors.AddRange(SupportsThemselves(enrolment.Mentee!, support));
        if (errors.Count > 0)
        {
            return new FormResult(errors);
        }

        db.ExpectVersion(enrolment, form.Version);
        support.ApplyTo(enrolment);
        try
        {
            await roleGrants.SaveWithGrantsAsync(support.Grants(), cancellationToken);
            return FormResult.Done(enrolment.Id);
        }
        catch (DbUpdateConcurrencyException)
        {
            await db.Entry(enrolment).ReloadAsync(cancellationToken);
            return FormResult.Refused("", ChangedMeanwhile);
        }
    }

    /// <summary>Withdraws the mentee with the reason given, unless someone else saved the enrolment since the page was opened.</summary>
    public async Task<FormResult> WithdrawAsync(Enrolment enrolment, WithdrawEnrolmentForm form, CancellationToken cancellationToken)
    {
        db.ExpectVersion(enrolment, form.Version);
        var outcome = enrolment.Withdraw(form.Reason ?? "", clock.GetUtcNow().UtcDateTime);
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
            await db.Entry(enrolment).ReloadAsync(cancellationToken);
            return FormResult.Refused("", ChangedMeanwhile);
        }
    }

    private async Task<SupportNetwork> ResolveSupportAsync(
        string? mentorEmail, string? sponsorEmail, string? coachEmail, List<FormError> errors, CancellationToken cancellationToken) =>
        new(
            await ResolveAsync(mentorEmail, nameof(CreateEnrolmentForm.MentorEmail), errors, cancellationToken),
            await ResolveAsync(sponsorEmail, nameof(CreateEnrolmentForm.SponsorEmail), errors, cancellationToken),
            await ResolveAsync(coachEmail, nameof(CreateEnrolmentForm.CoachEmail), errors, cancellationToken));

    /// <summary>The active person with this email address; null, with an error on the field, if there is none; null if the field is empty.</summary>
    private async Task<Person?> ResolveAsync(string? email, string field, List<FormError> errors, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(email))
        {
            return null;
        }

        var person = await roleGrants.FindActiveAsync(email, cancellationToken);
        if (person is null)
        {
            errors.Add(new(field, RoleGrantService.NoAccount));
        }

        return person;
    }

    private static IEnumerable<FormError> SupportsThemselves(Person mentee, SupportNetwork support)
    {
        if (support.Mentor?.Id == mentee.Id)
        {
            yield return new(nameof(CreateEnrolmentForm.MentorEmail), "The mentee cannot be their own mentor");
        }

        if (support.Sponsor?.Id == mentee.Id)
        {
            yield return new(nameof(CreateEnrolmentForm.SponsorEmail), "The mentee cannot be their own sponsor");
        }

        if (support.Coach?.Id == mentee.Id)
        {
            yield return new(nameof(CreateEnrolmentForm.CoachEmail), "The mentee cannot be their own coach");
        }
    }

    /// <summary>The people who support a mentee, and the roles that places them.</summary>
    private sealed record SupportNetwork(Person? Mentor, Person? Sponsor, Person? Coach)
    {
        public void ApplyTo(Enrolment enrolment)
        {
            enrolment.Mentor = Mentor;
            enrolment.MentorId = Mentor?.Id;
            enrolment.Sponsor = Sponsor;
            enrolment.SponsorId = Sponsor?.Id;
            enrolment.Coach = Coach;
            enrolment.CoachId = Coach?.Id;
        }

        public List<(Person Person, string Role)> Grants()
        {
            var grants = new List<(Person, string)>();
            if (Mentor is not null)
            {
                grants.Add((Mentor, Roles.Mentor));
            }

            if (Sponsor is not null)
            {
                grants.Add((Sponsor, Roles.Sponsor));
            }

            if (Coach is not null)
            {
                grants.Add((Coach, Roles.Coach));
            }

            return grants;
        }
    }
}
