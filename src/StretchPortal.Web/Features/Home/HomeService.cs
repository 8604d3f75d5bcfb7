using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using StretchPortal.Web.Data;
using StretchPortal.Web.Domain;
using StretchPortal.Web.Features.Account;
using StretchPortal.Web.Security;

namespace StretchPortal.Web.Features.Home;

/// <summary>
/// Reads what each of a person's roles puts on their home page: only their own relationships. Every section is a
/// fixed number of projections (<see cref="HomeQueries"/>, compiled once), whatever the number of mentees, assignments
/// or weeks; today comes from the clock. The
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

        // One connection for the page's reads, the header's and the sections' (closed when the pooled context goes back).
        await db.Database.OpenConnectionAsync(cancellationToken);

        return new HomeViewModel
        {
            FullName = user.FindFirstValue(PersonClaims.FullName) ?? "",
            Roles = roles,
            Mentee = roles.Contains(Roles.Mentee) ? await MenteeHomeAsync(personId, today, cancellationToken) : null,
            Mentor = roles.Contains(Roles.Mentor) ? await MentorHomeAsync(personId, now, today, cancellationToken) : null,
            Sponsored = roles.Contains(Roles.Sponsor) ? await SupportedAsync(HomeQueries.SponsoredMentees, HomeQueries.SponsoredAssignments, personId, today, cancellationToken) : [],
            Coachees = roles.Contains(Roles.Coach) ? await SupportedAsync(HomeQueries.CoachedMentees, HomeQueries.CoachedAssignments, personId, today, cancellationToken) : [],
            Programmes = roles.Contains(Roles.ProgrammeLead) ? await LedProgrammes(personId, cancellationToken) : [],
            People = roles.Contains(Roles.Administrator) ? await PeopleSummary(cancellationToken) : null,
        };
    }

    private async Task<MenteeHome> MenteeHomeAsync(string personId, DateOnly today, CancellationToken cancellationToken)
    {
        var enrolments = await HomeQueries.MenteeEnrolments(db, personId).ToListAsync(cancellationToken);
        var assignments = await HomeQueries.MenteeAssignments(db, personId, today).ToListAsync(cancellationToken);
        var actions = await HomeQueries.MenteeActions(db, personId).ToListAsync(cancellationToken);
        var next = await HomeQueries.MenteeNextCheckIn(db, personId, today, cancellationToken);

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
        var mentees = await HomeQueries.MentorMentees(db, personId).ToListAsync(cancellationToken);
        var assignments = await HomeQueries.MentorAssignments(db, personId, today).ToListAsync(cancellationToken);
        var waiting = await HomeQueries.WaitingForMentor(db, personId).ToListAsync(cancellationToken);
        var recent = await HomeQueries.RecentUpdates(db, personId, now - RecentUpdateWindow).ToListAsync(cancellationToken);

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
        Func<StretchPortalDbContext, string, IAsyncEnumerable<HomeQueries.MenteeRow>> menteesOf,
        Func<StretchPortalDbContext, string, DateOnly, IAsyncEnumerable<AssignmentProgress.SummaryRow>> assignmentsOf,
        string personId,
        DateOnly today,
        CancellationToken cancellationToken)
    {
        var mentees = await menteesOf(db, personId).ToListAsync(cancellationToken);
        var assignments = await assignmentsOf(db, personId, today).ToListAsync(cancellationToken);
        var byEnrolment = assignments.ToLookup(a => a.EnrolmentId);
        return mentees
            .Select(m => new SupportedMentee(
                m.Id, m.FullName, m.JobTitle, m.Programme, m.Cohort, byEnrolment[m.Id].Select(a => AssignmentProgress.From(a, today)).ToList()))
            .ToList();
    }

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
