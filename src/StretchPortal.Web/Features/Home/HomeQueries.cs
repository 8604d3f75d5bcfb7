using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using StretchPortal.Web.Data;
using StretchPortal.Web.Domain;

namespace StretchPortal.Web.Features.Home;

/// <summary>
/// The home pages' queries, compiled once (EF.CompileAsyncQuery): every signed-in person opens a home page, often
/// several times a day, so none of them pays again for building the query and looking up its translation.
/// </summary>
internal static class HomeQueries
{
    public static readonly Func<StretchPortalDbContext, string, IAsyncEnumerable<MyEnrolment>> MenteeEnrolments = EF.CompileAsyncQuery(
        (StretchPortalDbContext db, string personId) => db.Enrolments.AsNoTracking()
            .Where(e => e.MenteeId == personId)
            .OrderByDescending(e => e.EnrolledAt)
            .Select(e => new MyEnrolment(
                e.Id,
                e.Cohort!.Programme!.Name,
                e.Cohort.Name,
                e.Status,
                e.Mentor!.FullName,
                e.Sponsor!.FullName,
                e.Coach!.FullName)));

    public static readonly Func<StretchPortalDbContext, string, DateOnly, IAsyncEnumerable<AssignmentProgress.SummaryRow>> MenteeAssignments =
        AssignmentProgress.SummariesOf((StretchPortalDbContext db, string personId) => db.StretchAssignments.AsNoTracking()
            .Where(a => a.Enrolment!.MenteeId == personId)
            .OrderByDescending(a => a.CreatedAt));

    /// <summary>The open actions the mentee owns, or that nobody owns, from check-ins of their active enrolments.</summary>
    public static readonly Func<StretchPortalDbContext, string, IAsyncEnumerable<OpenAction>> MenteeActions = EF.CompileAsyncQuery(
        (StretchPortalDbContext db, string personId) =>
            from action in db.CheckInActions.AsNoTracking()
            join checkIn in db.CheckIns on action.CheckInId equals checkIn.Id
            where action.CompletedAt == null
                  && checkIn.Enrolment!.MenteeId == personId
                  && checkIn.Enrolment.Status == EnrolmentStatus.Active
                  && (action.OwnerId == personId || action.OwnerId == null)
            orderby action.DueOn == null, action.DueOn, checkIn.HeldOn
            select new OpenAction(checkIn.EnrolmentId, action.Description, action.DueOn, checkIn.HeldOn));

    public static readonly Func<StretchPortalDbContext, string, DateOnly, CancellationToken, Task<NextCheckInRow?>> MenteeNextCheckIn = EF.CompileAsyncQuery(
        (StretchPortalDbContext db, string personId, DateOnly today, CancellationToken _) => db.CheckIns.AsNoTracking()
            .Where(c => c.Enrolment!.MenteeId == personId && c.Enrolment.Status == EnrolmentStatus.Active && c.HeldOn >= today)
            .OrderBy(c => c.HeldOn)
            .Select(c => new NextCheckInRow(
                c.EnrolmentId,
                c.HeldOn,
                c.WithMentor ? c.Enrolment!.Mentor!.FullName : null,
                c.WithSponsor ? c.Enrolment!.Sponsor!.FullName : null,
                c.WithCoach ? c.Enrolment!.Coach!.FullName : null))
            .FirstOrDefault());

    public static readonly Func<StretchPortalDbContext, string, IAsyncEnumerable<MenteeRow>> MentorMentees = EF.CompileAsyncQuery(
        (StretchPortalDbContext db, string personId) => db.Enrolments.AsNoTracking()
            .Where(e => e.MentorId == personId && e.Status == EnrolmentStatus.Active)
            .OrderBy(e => e.Mentee!.FullName)
            .Select(MenteeRow.Projection));

    public static readonly Func<StretchPortalDbContext, string, DateOnly, IAsyncEnumerable<AssignmentProgress.SummaryRow>> MentorAssignments =
        AssignmentProgress.SummariesOf((StretchPortalDbContext db, string personId) => db.StretchAssignments.AsNoTracking()
            .Where(a => a.Enrolment!.MentorId == personId && a.Enrolment.Status == EnrolmentStatus.Active));

    public static readonly Func<StretchPortalDbContext, string, IAsyncEnumerable<AssignmentWaiting>> WaitingForMentor = EF.CompileAsyncQuery(
        (StretchPortalDbContext db, string personId) => db.StretchAssignments.AsNoTracking()
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
                a.AgreedScopeJson != null)));

    /// <summary>The latest weeks the mentor's active mentees updated since a time, not yet commented on or signed off.</summary>
    public static readonly Func<StretchPortalDbContext, string, DateTime, IAsyncEnumerable<RecentUpdate>> RecentUpdates = EF.CompileAsyncQuery(
        (StretchPortalDbContext db, string personId, DateTime since) => db.WeeklyDeliverables.AsNoTracking()
            .Where(w => w.UpdatedAt >= since
                        && w.SignedOffAt == null
                        && w.MentorComment == null
                        && w.Assignment!.Enrolment!.MentorId == personId
                        && w.Assignment.Enrolment.Status == EnrolmentStatus.Active)
            .OrderByDescending(w => w.UpdatedAt)
            .Take(HomeService.RecentUpdateLimit)
            .Select(w => new RecentUpdate(
                w.Id,
                w.Assignment!.Enrolment!.Mentee!.FullName,
                w.Assignment.Title,
                w.WeekStarting,
                w.Status,
                w.HoursWorked,
                w.HoursWorked > w.Assignment.HoursPerWeek,
                w.UpdatedAt!.Value)));

    public static readonly Func<StretchPortalDbContext, string, IAsyncEnumerable<MenteeRow>> SponsoredMentees = EF.CompileAsyncQuery(
        (StretchPortalDbContext db, string personId) => db.Enrolments.AsNoTracking()
            .Where(e => e.SponsorId == personId && e.Status == EnrolmentStatus.Active)
            .OrderBy(e => e.Mentee!.FullName)
            .Select(MenteeRow.Projection));

    public static readonly Func<StretchPortalDbContext, string, DateOnly, IAsyncEnumerable<AssignmentProgress.SummaryRow>> SponsoredAssignments =
        AssignmentProgress.SummariesOf((StretchPortalDbContext db, string personId) => db.StretchAssignments.AsNoTracking()
            .Where(a => a.Enrolment!.SponsorId == personId && a.Enrolment.Status == EnrolmentStatus.Active)
            .OrderByDescending(a => a.CreatedAt));

    public static readonly Func<StretchPortalDbContext, string, IAsyncEnumerable<MenteeRow>> CoachedMentees = EF.CompileAsyncQuery(
        (StretchPortalDbContext db, string personId) => db.Enrolments.AsNoTracking()
            .Where(e => e.CoachId == personId && e.Status == EnrolmentStatus.Active)
            .OrderBy(e => e.Mentee!.FullName)
            .Select(MenteeRow.Projection));

    public static readonly Func<StretchPortalDbContext, string, DateOnly, IAsyncEnumerable<AssignmentProgress.SummaryRow>> CoachedAssignments =
        AssignmentProgress.SummariesOf((StretchPortalDbContext db, string personId) => db.StretchAssignments.AsNoTracking()
            .Where(a => a.Enrolment!.CoachId == personId && a.Enrolment.Status == EnrolmentStatus.Active)
            .OrderByDescending(a => a.CreatedAt));

    /// <summary>An open check-in action as read, before it is compared with today.</summary>
    internal sealed record OpenAction(Guid EnrolmentId, string Description, DateOnly? DueOn, DateOnly HeldOn);

    /// <summary>The next check-in, with the names of those it is with.</summary>
    internal sealed record NextCheckInRow(Guid EnrolmentId, DateOnly HeldOn, string? Mentor, string? Sponsor, string? Coach);

    /// <summary>An active mentee a person mentors, sponsors or coaches.</summary>
    internal sealed record MenteeRow(Guid Id, string FullName, string? JobTitle, string Programme, string Cohort)
    {
        public static Expression<Func<Enrolment, MenteeRow>> Projection { get; } =
            e => new MenteeRow(e.Id, e.Mentee!.FullName, e.Mentee.JobTitle, e.Cohort!.Programme!.Name, e.Cohort.Name);
    }
}
