using Microsoft.EntityFrameworkCore;
using StretchPortal.Web.Data;
using StretchPortal.Web.Domain;
using StretchPortal.Web.Features.Shared;

namespace StretchPortal.Web.Features.Notifications;

/// <summary>
/// What each portal event tells whom, in one place: the feature services call these after their change is saved.
/// Each notice names the assignment or opportunity and the person, and links to the page concerned.
/// </summary>
public sealed class NoticesService(StretchPortalDbContext db, NotificationsService notifications)
{
    private const int SubjectMax = 200;
    private const int MessageMax = 2000;

    /// <summary>The mentee submitted an assignment for agreement: their mentor is asked to agree it.</summary>
    public async Task AssignmentSubmittedAsync(Guid assignmentId, CancellationToken cancellationToken)
    {
        var a = await AssignmentAsync(assignmentId, cancellationToken);
        if (a?.MentorId is null)
        {
            return;
        }

        await NotifyAsync(
            new Notice(
                a.MentorId,
                NotificationKind.AssignmentSubmitted,
                $"{a.MenteeName} submitted \"{a.Title}\" for your agreement",
                $"{a.MenteeName} submitted the stretch assignment \"{a.Title}\" for your agreement. Read it, then agree it or ask for changes.",
                AssignmentLink(assignmentId)),
            cancellationToken);
    }

    /// <summary>The mentor agreed the assignment: the mentee is told.</summary>
    public async Task AssignmentAgreedAsync(Guid assignmentId, string? comment, CancellationToken cancellationToken)
    {
        var a = await AssignmentAsync(assignmentId, cancellationToken);
        if (a is null)
        {
            return;
        }

        var message = $"{a.MentorName ?? "Your mentor"} agreed your stretch assignment \"{a.Title}\". You can now start it and plan your weeks.";
        await NotifyAsync(
            new Notice(
                a.MenteeId,
                NotificationKind.AssignmentAgreed,
                $"Your assignment \"{a.Title}\" was agreed",
                string.IsNullOrWhiteSpace(comment) ? message : $"{message}\nTheir comment: {comment.Trim()}",
                AssignmentLink(assignmentId)),
            cancellationToken);
    }

    /// <summary>The mentor asked for changes: the mentee is told, with the mentor's comment.</summary>
    public async Task AssignmentChangesRequestedAsync(Guid assignmentId, string comment, CancellationToken cancellationToken)
    {
        var a = await AssignmentAsync(assignmentId, cancellationToken);
        if (a is null)
        {
            return;
        }

        await NotifyAsync(
            new Notice(
                a.MenteeId,
                NotificationKind.AssignmentChangesRequested,
                $"Changes were requested to \"{a.Title}\"",
                $"{a.MentorName ?? "Your mentor"} asked for changes to your stretch assignment \"{a.Title}\" before agreeing it.\n"
                + $"Their comment: {comment.Trim()}\nRevise the assignment and submit it again.",
                AssignmentLink(assignmentId)),
            cancellationToken);
    }

    /// <summary>
    /// A week's hours went over the agreed hours per week: the mentee and their mentor are told, once per week (the
    /// first time it goes over, not on later edits).
    /// </summary>
    public async Task HoursOverAgreementAsync(Guid weekId, CancellationToken cancellationToken)
    {
        var week = await db.WeeklyDeliverables.AsNoTracking()
            .Where(w => w.Id == weekId)
            .Select(w => new { w.AssignmentId, w.WeekStarting, w.HoursWorked, w.Assignment!.HoursPerWeek })
            .SingleOrDefaultAsync(cancellationToken);
        var a = week is null ? null : await AssignmentAsync(week.AssignmentId, cancellationToken);
        if (week is null || a is null || !(week.HoursWorked > week.HoursPerWeek))
        {
            return;
        }

        var menteeLink = $"/Weeks/Update/{weekId}";
        if (await db.Notifications.AnyAsync(
                n => n.RecipientId == a.MenteeId && n.Kind == NotificationKind.HoursOverAgreement && n.Link == menteeLink, cancellationToken))
        {
            return;
        }

        var hours = $"{Hours(week.HoursWorked!.Value)} hours in the week starting {week.WeekStarting.ToDisplayDate()}, more than the {Hours(week.HoursPerWeek)} hours a week agreed";
        await NotifyAsync(
            new Notice(
                a.MenteeId,
                NotificationKind.HoursOverAgreement,
                $"You worked more than the agreed hours on \"{a.Title}\"",
                $"You recorded {hours} for \"{a.Title}\". Talk to your mentor about how to keep to reasonable hours.",
                menteeLink),
            cancellationToken);
        if (a.MentorId is not null)
        {
            await NotifyAsync(
                new Notice(
                    a.MentorId,
                    NotificationKind.HoursOverAgreement,
                    $"{a.MenteeName} worked more than the agreed hours on \"{a.Title}\"",
                    $"{a.MenteeName} recorded {hours} for \"{a.Title}\".",
                    $"/Weeks/Review/{weekId}"),
                cancellationToken);
        }
    }

    /// <summary>Someone expressed interest in an opportunity: the person who published it is told.</summary>
    public async Task InterestReceivedAsync(Guid interestId, CancellationToken cancellationToken)
    {
        var i = await db.ExpressionsOfInterest.AsNoTracking()
            .Where(e => e.Id == interestId)
            .Select(e => new
            {
                e.OpportunityId,
                e.Opportunity!.Title,
                e.Opportunity.PublishedById,
                Candidate = db.Users.Where(p => p.Id == e.PersonId).Select(p => p.FullName).Single(),
            })
            .SingleOrDefaultAsync(cancellationToken);
        if (i is null || string.IsNullOrEmpty(i.PublishedById))
        {
            return;
        }

        await NotifyAsync(
            new Notice(
                i.PublishedById,
                NotificationKind.InterestReceived,
                $"{i.Candidate} expressed interest in \"{i.Title}\"",
                $"{i.Candidate} expressed interest in the opportunity \"{i.Title}\". Their supporting statement is with the candidates.",
                $"/Opportunities/Candidates/{i.OpportunityId}"),
            cancellationToken);
    }

    /// <summary>A selection decision was recorded: the candidate is told the outcome.</summary>
    public async Task InterestOutcomeAsync(Guid interestId, CancellationToken cancellationToken)
    {
        var i = await db.ExpressionsOfInterest.AsNoTracking()
            .Where(e => e.Id == interestId)
            .Select(e => new { e.PersonId, e.Stage, e.OpportunityId, e.Opportunity!.Title })
            .SingleOrDefaultAsync(cancellationToken);
        if (i is null)
        {
            return;
        }

        var outcome = i.Stage switch
        {
            EoiStage.Shortlisted => "You have been shortlisted",
            EoiStage.NotShortlisted => "You have not been shortlisted",
            EoiStage.Appointed => "You have been appointed",
            EoiStage.NotAppointed => "You have not been appointed",
            _ => null,
        };
        if (outcome is null)
        {
            return;
        }

        await NotifyAsync(
            new Notice(
                i.PersonId,
                NotificationKind.InterestOutcome,
                $"{outcome} for \"{i.Title}\"",
                $"{outcome} for the opportunity \"{i.Title}\". Thank you for expressing interest.",
                $"/Opportunities/Details/{i.OpportunityId}"),
            cancellationToken);
    }

    /// <summary>A programme lead approved or declined a coach application: the applicant is told, with any reason.</summary>
    public async Task CoachApplicationDecidedAsync(Guid applicationId, CancellationToken cancellationToken)
    {
        var application = await db.CoachApplications.AsNoTracking()
            .Where(c => c.Id == applicationId)
            .Select(c => new { c.ApplicantId, c.Status, c.DecisionReason })
            .SingleOrDefaultAsync(cancellationToken);
        if (application is null || application.Status == CoachApplicationStatus.Submitted)
        {
            return;
        }

        var approved = application.Status == CoachApplicationStatus.Approved;
        await NotifyAsync(
            new Notice(
                application.ApplicantId,
                NotificationKind.CoachApplicationDecision,
                approved ? "Your application to coach was approved" : "Your application to coach was declined",
                approved
                    ? "A programme lead approved your application to coach. Book your training next: coaching can start once your training is confirmed."
                    : $"A programme lead declined your application to coach.\nTheir reason: {application.DecisionReason}",
                "/Coaching/MyApplication"),
            cancellationToken);
    }

    private static string AssignmentLink(Guid id) => $"/Assignments/Details/{id}";

    private static string Hours(double hours) => hours.ToString("0.##", System.Globalization.CultureInfo.GetCultureInfo("en-GB"));

    private Task NotifyAsync(Notice notice, CancellationToken cancellationToken) =>
        notifications.NotifyAsync(
            notice with { Subject = Clip(notice.Subject, SubjectMax), Message = Clip(notice.Message, MessageMax) },
            cancellationToken);

    private static string Clip(string text, int max) => text.Length <= max ? text : text[..(max - 1)] + "…";

    private Task<AssignmentPeople?> AssignmentAsync(Guid id, CancellationToken cancellationToken) =>
        db.StretchAssignments.AsNoTracking()
            .Where(a => a.Id == id)
            .Select(a => new AssignmentPeople(
                a.Title,
                a.Enrolment!.MenteeId,
                db.Users.Where(p => p.Id == a.Enrolment.MenteeId).Select(p => p.FullName).Single(),
                a.Enrolment.MentorId,
                db.Users.Where(p => p.Id == a.Enrolment.MentorId).Select(p => p.FullName).SingleOrDefault()))
            .SingleOrDefaultAsync(cancellationToken);

    private sealed record AssignmentPeople(string Title, string MenteeId, string MenteeName, string? MentorId, string? MentorName);
}
