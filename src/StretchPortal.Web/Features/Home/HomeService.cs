using System.Linq.Expressions;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using StretchPortal.Web.Data;
using StretchPortal.Web.Domain;
using StretchPortal.Web.Features.Account;
using StretchPortal.Web.Security;

namespace StretchPortal.Web.Features.Home;

/// <summary>
/// Reads what each of a person's roles puts on their home page: only their own relationships. Every section is a
/// fixed number of projections, whatever the number of mentees, assignments or weeks; today comes from the clock. The
/// name and roles come from the sign-in itself (renewed when they change, see the security stamp), not a query.
/// </summary>
public sealed class HomeService(StretchPortalDbContext db, TimeProvider clock)
{
    /// <summary>How far back the mentor's list of week updates to comment on reaches.</summary>
    public static readonly TimeSpan RecentUpdateWindow = TimeSpan.FromDays(14);

    public const int RecentUpdateLimit = 10;

    public async Task<HomeViewModel> BuildAsync(ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var personId = user.PersonId();
        var roles = user.FindAll(ClaimTypes.Role).Select(c => c.Value).ToList();
        var now = clock.GetUtcNow().UtcDateTime;
        var today = DateOnly.FromDateTime(now);

        return new HomeViewModel
        {
            FullName = user.FindFirstValue(PersonClaims.FullName) ?? "",
            Roles = roles,
            Mentee = roles.Contains(Roles.Mentee) ? await MenteeHomeAsync(personId, today, cancellationToken) : null,
            Mentor = roles.Contains(Roles.Mentor) ? await MentorHomeAsync(personId, now, today, cancellationToken) : null,
            Sponsored = roles.Contains(Roles.Sponsor) ? await SupportedAsync(e => e.SponsorId == personId, today, cancellationToken) : [],
            Coachees = roles.Contains(Roles.Coach) ? await SupportedAsync(e => e.CoachId == personId, today, cancellationToken) : [],
            Programmes = roles.Contains(Roles.ProgrammeLead) ? await LedProgrammes(personId, cancellationToken) : [],
            People = roles.Contains(Roles.Administrator) ? await PeopleSummary(cancellationToken) : null,
        };
    }

    private async Task<MenteeHome> MenteeHomeAsync(string personId, DateOnly today, CancellationToken cancellationToken)
    {
        var enrolments = await db.Enrolments.AsNoTracking()
            .Where(e => e.MenteeId == personId)
            .OrderByDescending(e => e.EnrolledAt)
            .Select(e => new MyEnrolment(
                e.Id,
                e.Cohort!.Programme!.Name,
                e.Cohort.Name,
                e.Status,
                e.Mentor!.FullName,
                e.Sponsor!.FullName,
                e.Coach!.FullName))
            .ToListAsync(cancellationToken);

        var assignments = await db.StretchAssignments.AsNoTracking()
            .Where(a => a.Enrolment!.MenteeId == personId)
            .OrderByDescending(a => a.CreatedAt)
            .Select(AssignmentProgress.Summary(today))
            .ToListAsync(cancellationToken);

        // The open actions the mentee owns, or that nobody owns, from check-ins of their active enrolments.
        var actions = await (
                from action in db.CheckInActions.AsNoTracking()
                join checkIn in db.CheckIns on action.CheckInId equals checkIn.Id
                where action.CompletedAt == null
                      && checkIn.Enrolment!.MenteeId == personId
                      && checkIn.Enrolment.Status == EnrolmentStatus.Active
                      && (action.OwnerId == personId || action.OwnerId == null)
                orderby action.DueOn == null, action.DueOn, checkIn.HeldOn
                select new { checkIn.EnrolmentId, action.Description, action.DueOn, checkIn.HeldOn })
            .ToListAsync(cancellationToken);

        var next = await db.CheckIns.AsNoTracking()
            .Where(c => c.Enrolment!.MenteeId == personId && c.Enrolment.Status == EnrolmentStatus.Active && c.HeldOn >= today)
            .OrderBy(c => c.HeldOn)
            .Select(c => new
            {
                c.EnrolmentId,
                c.HeldOn,
                Mentor = c.WithMentor ? c.Enrolment!.Mentor!.FullName : null,
                Sponsor = c.WithSponsor ? c.Enrolment!.Sponsor!.FullName : null,
                Coach = c.WithCoach ? c.Enrolment!.Coach!.FullName : null,
            })
            .FirstOrDefaultAsync(cancellationToken);

        return new MenteeHome(
            enrolments,
            assignments.Select(a => AssignmentProgress.From(a, today)).ToList(),
            actions.Select(a => new MyAction(a.EnrolmentId, a.Description, a.DueOn, a.HeldOn, a.DueOn < today)).ToList(),
            next is null
                ? null
                : new NextCheckIn(
                    next.EnrolmentId,
                    next.HeldOn,
                    new (string? Name, string Role)[] { (next.Mentor, "mentor"), (next.Sponsor, "sponsor"), (next.Coach, "coach") }
                        .Where(p => p.Name is not null)
                        .Select(p => $"{p.Name} ({p.Role})")
                        .ToList()));
    }

    private async Task<MentorHome> MentorHomeAsync(string personId, DateTime now, DateOnly today, CancellationToken cancellationToken)
    {
        var mentees = await ActiveEnrolments(e => e.MentorId == personId)
            .OrderBy(e => e.Mentee!.FullName)
            .Select(e => new { e.Id, e.Mentee!.FullName, e.Mentee.JobTitle, Programme = e.Cohort!.Programme!.Name, Cohort = e.Cohort.Name })
            .ToListAsync(cancellationToken);

        var assignments = await db.StretchAssignments.AsNoTracking()
            .Where(a => a.Enrolment!.MentorId == personId && a.Enrolment.Status == EnrolmentStatus.Active)
            .Select(AssignmentProgress.Summary(today))
            .ToListAsync(cancellationToken);

        var waiting = await db.StretchAssignments.AsNoTracking()
            .Where(a => a.Status == AssignmentStatus.Submitted
                        && a.Enrolment!.MentorId == personId
                        && a.Enrolment.Status == EnrolmentStatus.Active)
            .Select(a => new AssignmentWaiting(
                a.Id,
                a.Title,
                a.Enrolment!.Mentee!.FullName,
                a.Timeline
                    .Where(e => e.Kind == AssignmentEventKind.Submitted || e.Kind == AssignmentEventKind.ScopeChanged)
                    .Max(e => (DateTime?)e.OccurredAt),
                a.AgreedScopeJson != null))
            .ToListAsync(cancellationToken);

        var since = now - RecentUpdateWindow;
        var recent = await db.WeeklyDeliverables.AsNoTracking()
            .Where(w => w.UpdatedAt >= since
                        && w.SignedOffAt == null
                        && w.MentorComment == null
                        && w.Assignment!.Enrolment!.MentorId == personId
                        && w.Assignment.Enrolment.Status == EnrolmentStatus.Active)
            .OrderByDescending(w => w.UpdatedAt)
            .Take(RecentUpdateLimit)
            .Select(w => new RecentUpdate(
                w.Id,
                w.Assignment!.Enrolment!.Mentee!.FullName,
                w.Assignment.Title,
                w.WeekStarting,
                w.Status,
                w.HoursWorked,
                w.HoursWorked > w.Assignment.HoursPerWeek,
                w.UpdatedAt!.Value))
            .ToListAsync(cancellationToken);

        var byEnrolment = assignments.ToLookup(a => a.EnrolmentId);
        return new MentorHome(
            waiting.OrderBy(w => w.SubmittedAt).ToList(),
            mentees.Select(m =>
                {
                    var current = AssignmentProgress.Current(byEnrolment[m.Id]);
                    var agreed = byEnrolment[m.Id].Any(a => a.HasBeenAgreed && a.Status != AssignmentStatus.Withdrawn);
                    return new MenteeAtAGlance(
                        m.Id, m.FullName, m.JobTitle, m.Programme, m.Cohort, current is null ? null : AssignmentProgress.From(current, today), agreed);
                })
                .ToList(),
            recent);
    }

    /// <summary>The active mentees a sponsor or coach supports, each with their assignments: two queries in all.</summary>
    private async Task<List<SupportedMentee>> SupportedAsync(
        Expression<Func<Enrolment, bool>> relationship, DateOnly today, CancellationToken cancellationToken)
    {
        var mentees = await ActiveEnrolments(relationship)
            .OrderBy(e => e.Mentee!.FullName)
            .Select(e => new { e.Id, e.Mentee!.FullName, e.Mentee.JobTitle, Programme = e.Cohort!.Programme!.Name, Cohort = e.Cohort.Name })
            .ToListAsync(cancellationToken);

        var enrolmentIds = ActiveEnrolments(relationship).Select(e => e.Id);
        var assignments = await db.StretchAssignments.AsNoTracking()
            .Where(a => enrolmentIds.Contains(a.EnrolmentId))
            .OrderByDescending(a => a.CreatedAt)
            .Select(AssignmentProgress.Summary(today))
            .ToListAsync(cancellationToken);

        var byEnrolment = assignments.ToLookup(a => a.EnrolmentId);
        return mentees
            .Select(m => new SupportedMentee(
                m.Id, m.FullName, m.JobTitle, m.Programme, m.Cohort, byEnrolment[m.Id].Select(a => AssignmentProgress.From(a, today)).ToList()))
            .ToList();
    }

    private IQueryable<Enrolment> ActiveEnrolments(Expression<Func<Enrolment, bool>> relationship) =>
        db.Enrolments.AsNoTracking().Where(relationship).Where(e => e.Status == EnrolmentStatus.Active);

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
        var everyone = db.Users.AsNoTracking();
        return new PeopleSummary(
            await everyone.CountAsync(p => p.IsActive, cancellationToken),
            await everyone.CountAsync(p => !p.IsActive, cancellationToken),
            await everyone.CountAsync(p => !p.EmailConfirmed, cancellationToken));
    }
}
