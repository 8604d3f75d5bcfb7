using StretchPortal.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;
using StretchPortal.Web.Data;
using StretchPortal.Web.Domain;
using StretchPortal.Web.Features.Assignments;
using StretchPortal.Web.Features.Notifications;

namespace StretchPortal.Web.Features.Weeks;

/// <summary>
/// The weeks of an assignment: the mentee plans each week and says how it went while the assignment takes weekly
/// updates (once the mentor has agreed it); the mentor comments on and signs off weeks until the assignment is
/// withdrawn. The state rules of a single week live on <see cref="WeeklyDeliverable"/>.
/// </summary>
public sealed class WeeksService(StretchPortalDbContext db, TimeProvider clock, NoticesService notices)
{
    public const string ChangedMeanwhile =
        "Someone else changed this week while you were editing. Check the values below and save again.";

    public const string PlannedMeanwhile =
        "This week was planned meanwhile, perhaps in another window. Check the values below and save again.";

    public const string Withdrawn = "This assignment has been withdrawn, so its weeks can no longer be reviewed.";

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    private DateOnly Today => DateOnly.FromDateTime(Now);

    /// <summary>The assignment with what its authorization handler needs; tracked.</summary>
    public Task<StretchAssignment?> FindAssignmentAsync(Guid id, CancellationToken cancellationToken) =>
        db.ForAuthorization(id, cancellationToken);

    /// <summary>A week and its assignment (loaded for authorization); tracked. Null if either is missing.</summary>
    public async Task<(WeeklyDeliverable Week, StretchAssignment Assignment)?> FindWeekAsync(Guid id, CancellationToken cancellationToken)
    {
        var week = await db.WeeklyDeliverables.SingleOrDefaultAsync(w => w.Id == id, cancellationToken);
        var assignment = week is null ? null : await db.ForAuthorization(week.AssignmentId, cancellationToken);
        return week is null || assignment is null ? null : (week, assignment);
    }

    /// <summary>Why the mentee cannot plan or update weeks now; null when they can.</summary>
    public static string? NotTakingUpdates(StretchAssignment assignment) => assignment.TakesWeeklyUpdates
        ? null
        : assignment.Status switch
        {
            AssignmentStatus.Completed or AssignmentStatus.Presented =>
                "This assignment is completed, so its weeks can no longer be planned or updated.",
            AssignmentStatus.Withdrawn =>
                "This assignment has been withdrawn, so its weeks can no longer be planned or updated.",
            _ => "Weekly deliverables can be planned and updated once the mentor has agreed the assignment.",
        };

    /// <summary>The mentor may comment on and sign off weeks until the assignment is withdrawn.</summary>
    public static bool TakesReviews(StretchAssignment assignment) => assignment.Status != AssignmentStatus.Withdrawn;

    /// <summary>Whether a week may be planned: one of the assignment's weeks, or a week already planned.</summary>
    public async Task<bool> IsWeekOfAsync(StretchAssignment assignment, DateOnly weekStarting, CancellationToken cancellationToken) =>
        AssignmentSchedule.Weeks(assignment.StartDate, assignment.EndDate).Contains(weekStarting)
        || await db.WeeklyDeliverables.AnyAsync(w => w.AssignmentId == assignment.Id && w.WeekStarting == weekStarting, cancellationToken);

    public async Task<WeekListViewModel> ListAsync(StretchAssignment assignment, bool isMentee, bool isMentor, CancellationToken cancellationToken)
    {
        var today = Today;
        var planned = await db.WeeklyDeliverables.AsNoTracking()
            .Where(w => w.AssignmentId == assignment.Id)
            .ToListAsync(cancellationToken);
        var byWeek = planned.ToDictionary(w => w.WeekStarting);
        var rows = AssignmentSchedule.Weeks(assignment.StartDate, assignment.EndDate)
            .Union(byWeek.Keys)
            .Order()
            .Select(monday => byWeek.TryGetValue(monday, out var week)
                ? WeekRowViewModel.From(week, assignment.HoursPerWeek, today)
                : WeekRowViewModel.Unplanned(monday, today))
            .ToList();

        var notTakingUpdates = NotTakingUpdates(assignment);
        return new WeekListViewModel
        {
            Assignment = await HeaderAsync(assignment, cancellationToken),
            Weeks = rows,
            Summary = new WeekSummary(
                rows.Count(r => r.IsUpdated && r.Status == DeliverableStatus.Done),
                rows.Count(r => r.IsUpdated && r.Status == DeliverableStatus.Slipped),
                rows.Count(r => r.IsUpdated && r.Status == DeliverableStatus.Blocked),
                rows.Count(r => r.IsOverdue),
                rows.Count(r => r.IsOverHours)),
            MayPlanAndUpdate = isMentee && notTakingUpdates is null,
            MayReview = isMentor && TakesReviews(assignment),
            NotTakingUpdates = notTakingUpdates,
        };
    }

    /// <summary>The plan form for a week: empty for a new week, the current plan for a planned one.</summary>
    public async Task<PlanWeekForm> PlanFormAsync(StretchAssignment assignment, DateOnly weekStarting, CancellationToken cancellationToken)
    {
        var form = await PlacedAsync(new PlanWeekForm(), assignment, weekStarting, cancellationToken);
        form.Plan = form.Week.Plan;
        form.LinkToAim = form.Week.LinkToAim;
        form.Version = form.Week.Version;
        return form;
    }

    /// <summary>Fills in the assignment and week a form is about, from the database as it is now.</summary>
    public async Task<T> PlacedAsync<T>(T form, StretchAssignment assignment, DateOnly weekStarting, CancellationToken cancellationToken)
        where T : WeekFormBase
    {
        var week = await db.WeeklyDeliverables.AsNoTracking()
            .SingleOrDefaultAsync(w => w.AssignmentId == assignment.Id && w.WeekStarting == weekStarting, cancellationToken);
        form.Assignment = await HeaderAsync(assignment, cancellationToken);
        form.Week = week is null
            ? WeekRowViewModel.Unplanned(weekStarting, Today)
            : WeekRowViewModel.From(week, assignment.HoursPerWeek, Today);
        return form;
    }

    /// <summary>
    /// Plans a new week, or changes the plan of a planned one unless someone saved it since the form was opened.
    /// </summary>
    public async Task<FormResult> PlanAsync(StretchAssignment assignment, DateOnly weekStarting, PlanWeekForm form, CancellationToken cancellationToken)
    {
        if (NotTakingUpdates(assignment) is { } refusal)
        {
            return FormResult.Refused("", refusal);
        }

        var week = await db.WeeklyDeliverables
            .SingleOrDefaultAsync(w => w.AssignmentId == assignment.Id && w.WeekStarting == weekStarting, cancellationToken);
        if (week is null)
        {
            return await AddAsync(WeeklyDeliverable.Planned(assignment.Id, weekStarting, form.Plan!, form.LinkToAim!, Now), cancellationToken);
        }

        if (form.Version is null)
        {
            return FormResult.Refused("", PlannedMeanwhile);
        }

        db.ExpectVersion(week, form.Version.Value);
        var outcome = week.Replan(form.Plan!, form.LinkToAim!);
        return outcome.Succeeded ? await SaveAsync(week, cancellationToken) : FormResult.Refused("", outcome.Refusal!);
    }

    public static UpdateWeekForm UpdateForm(WeeklyDeliverable week) => new()
    {
        Status = week.UpdatedAt is null ? null : week.Status,
        Note = week.Note,
        HoursWorked = week.HoursWorked,
        Version = week.Version,
    };

    /// <summary>
    /// Records how the week went, unless someone saved it since the form was opened. When the hours first go over the
    /// agreed hours per week, the mentee and their mentor are told.
    /// </summary>
    public async Task<FormResult> UpdateAsync(StretchAssignment assignment, WeeklyDeliverable week, UpdateWeekForm form, CancellationToken cancellationToken)
    {
        if (NotTakingUpdates(assignment) is { } refusal)
        {
            return FormResult.Refused("", refusal);
        }

        db.ExpectVersion(week, form.Version);
        var wasOverHours = week.IsOverHours(assignment.HoursPerWeek);
        var outcome = week.RecordProgress(form.Status!.Value, form.Note, form.HoursWorked!.Value, Now);
        if (!outcome.Succeeded)
        {
            return FormResult.Refused("", outcome.Refusal!);
        }

        var result = await SaveAsync(week, cancellationToken);
        if (result.Succeeded && !wasOverHours && week.IsOverHours(assignment.HoursPerWeek))
        {
            await notices.HoursOverAgreementAsync(week.Id, cancellationToken);
        }

        return result;
    }

    public static ReviewWeekForm ReviewForm(WeeklyDeliverable week) => new()
    {
        Comment = week.MentorComment,
        Version = week.Version,
    };

    /// <summary>Saves the mentor's comment, or signs the week off, unless someone saved it since the form was opened.</summary>
    public async Task<FormResult> ReviewAsync(
        StretchAssignment assignment, WeeklyDeliverable week, ReviewWeekForm form, string mentorId, CancellationToken cancellationToken)
    {
        if (!TakesReviews(assignment))
        {
            return FormResult.Refused("", Withdrawn);
        }

        db.ExpectVersion(week, form.Version);
        var outcome = form.Decision == ReviewDecision.SignOff
            ? week.SignOff(mentorId, form.Comment, Now)
            : week.CommentAsMentor(form.Comment ?? "", Now);
        return outcome.Succeeded ? await SaveAsync(week, cancellationToken) : FormResult.Refused("", outcome.Refusal!);
    }

    private async Task<FormResult> AddAsync(WeeklyDeliverable week, CancellationToken cancellationToken)
    {
        db.WeeklyDeliverables.Add(week);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return FormResult.Done(week.Id);
        }
        catch (DbUpdateException)
        {
            // Two saves of the same new week: the unique index on (assignment, week) lets only one through.
            db.Entry(week).State = EntityState.Detached;
            if (await db.WeeklyDeliverables.AnyAsync(w => w.AssignmentId == week.AssignmentId && w.WeekStarting == week.WeekStarting, cancellationToken))
            {
                return FormResult.Refused("", PlannedMeanwhile);
            }

            throw;
        }
    }

    private async Task<FormResult> SaveAsync(WeeklyDeliverable week, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return FormResult.Done(week.Id);
        }
        catch (DbUpdateConcurrencyException)
        {
            await db.Entry(week).ReloadAsync(cancellationToken);
            return FormResult.Refused("", ChangedMeanwhile);
        }
    }

    private async Task<WeekAssignmentViewModel> HeaderAsync(StretchAssignment assignment, CancellationToken cancellationToken)
    {
        var menteeId = assignment.Enrolment!.MenteeId;
        var menteeName = await db.Users.AsNoTracking().Where(p => p.Id == menteeId).Select(p => p.FullName).SingleAsync(cancellationToken);
        return new WeekAssignmentViewModel(
            assignment.Id, assignment.Title, menteeName, assignment.Aim, assignment.HoursPerWeek, assignment.Status);
    }
}
