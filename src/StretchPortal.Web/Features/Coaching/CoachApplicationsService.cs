using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;
using StretchPortal.Web.Data;
using StretchPortal.Web.Domain;
using StretchPortal.Web.Features.Notifications;
using StretchPortal.Web.Features.Shared;
using StretchPortal.Web.Infrastructure.Email;

namespace StretchPortal.Web.Features.Coaching;

/// <summary>
/// Applications to coach: submitted by any signed-in person, confirmed by their line manager through a link that
/// works once and expires (only a hash of its token is stored), and approved or declined by a programme lead
/// against the service's criteria (the rules are <see cref="CoachApplication"/>'s).
/// </summary>
public sealed class CoachApplicationsService(StretchPortalDbContext db, IEmailSender email, TimeProvider clock, NoticesService notices)
{
    public const string ChangedMeanwhile =
        "Someone else changed this application while you were looking at it. Check the application below and try again.";

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    /// <summary>The person's application that is waiting for a decision or approved, if any.</summary>
    public Task<bool> HasCurrentApplicationAsync(string personId, CancellationToken cancellationToken) =>
        db.CoachApplications.AnyAsync(a => a.ApplicantId == personId && a.Status != CoachApplicationStatus.Declined, cancellationToken);

    public async Task<FormResult> SubmitAsync(ApplyToCoachForm form, string applicantId, Func<string, string> confirmLink, CancellationToken cancellationToken)
    {
        if (await HasCurrentApplicationAsync(applicantId, cancellationToken))
        {
            return FormResult.Refused("", "You have already applied to coach. See your application.");
        }

        var applicant = await db.Users.SingleAsync(p => p.Id == applicantId, cancellationToken);
        if (string.Equals(applicant.Email, form.LineManagerEmail?.Trim(), StringComparison.OrdinalIgnoreCase))
        {
            return FormResult.Refused(nameof(form.LineManagerEmail), "Enter your line manager's email address, not your own");
        }

        var confirmations = form.Confirmations.Select(Enum.Parse<CoachConfirmation>).ToHashSet();
        var application = new CoachApplication
        {
            ApplicantId = applicantId,
            QualificationName = form.QualificationName!.Trim(),
            QualificationProvider = form.QualificationProvider!.Trim(),
            QualificationLevel = form.QualificationLevel!.Value,
            ExperienceSummary = form.ExperienceSummary!.Trim(),
            NumberOfCoachees = form.NumberOfCoachees!.Value,
            CoacheeSeniority = form.CoacheeSeniority!.Trim(),
            CoachingRegister = Enum.Parse<NhsRegion>(form.CoachingRegister!),
            RegionsOffered = form.RegionsOffered.Select(Enum.Parse<CoachingRegions>).Aggregate(CoachingRegions.None, (all, r) => all | r),
            ActiveRegisterMember = confirmations.Contains(CoachConfirmation.ActiveRegisterMember),
            HasSupervision = confirmations.Contains(CoachConfirmation.HasSupervision),
            CpdEvidenced = confirmations.Contains(CoachConfirmation.CpdEvidenced),
            AvailableOnceTrained = confirmations.Contains(CoachConfirmation.AvailableOnceTrained),
            LineManagerPermission = confirmations.Contains(CoachConfirmation.LineManagerPermission),
            AcceptsTerms = form.AcceptsTerms,
            AcceptsDataUse = form.AcceptsDataUse,
            LineManagerName = form.LineManagerName!.Trim(),
            LineManagerEmail = form.LineManagerEmail!.Trim(),
            SubmittedAtUtc = Now,
        };
        var token = NewToken();
        application.IssueLineManagerLink(Hash(token), Now);
        db.CoachApplications.Add(application);
        await db.SaveChangesAsync(cancellationToken);
        await SendLinkAsync(application, applicant.FullName, confirmLink(token), cancellationToken);
        return FormResult.Done(application.Id);
    }

    /// <summary>Sends the line manager a fresh link (the old one stops working), while the application is open.</summary>
    public async Task<FormResult> ResendLinkAsync(string applicantId, Func<string, string> confirmLink, CancellationToken cancellationToken)
    {
        var application = await db.CoachApplications.Include(a => a.Applicant)
            .Where(a => a.ApplicantId == applicantId && a.Status == CoachApplicationStatus.Submitted)
            .SingleOrDefaultAsync(cancellationToken);
        if (application is null)
        {
            return FormResult.Refused("", "You have no application waiting for your line manager.");
        }

        var token = NewToken();
        var outcome = application.IssueLineManagerLink(Hash(token), Now);
        if (!outcome.Succeeded)
        {
            return FormResult.Refused("", outcome.Refusal!);
        }

        await db.SaveChangesAsync(cancellationToken);
        await SendLinkAsync(application, application.Applicant!.FullName, confirmLink(token), cancellationToken);
        return FormResult.Done(application.Id);
    }

    /// <summary>What the line manager is asked to confirm, or why the link does not work.</summary>
    public async Task<(LineManagerConfirmViewModel? Page, string? Refusal)> ConfirmPageAsync(string token, CancellationToken cancellationToken)
    {
        var application = await FindByTokenAsync(token, tracked: false, cancellationToken);
        if (application is null)
        {
            return (null, "This link is not valid.");
        }

        var check = application.CheckLineManagerLink(Hash(token), Now);
        if (!check.Succeeded)
        {
            return (null, check.Refusal);
        }

        var applicant = application.Applicant!;
        return (new LineManagerConfirmViewModel(token, applicant.FullName, applicant.JobTitle, applicant.Organisation?.Name, application.LineManagerName), null);
    }

    /// <summary>Records the line manager's confirmation; the link then stops working.</summary>
    public async Task<(Outcome Outcome, Guid? ApplicationId)> ConfirmAsync(string token, CancellationToken cancellationToken)
    {
        var application = await FindByTokenAsync(token, tracked: true, cancellationToken);
        if (application is null)
        {
            return (Outcome.Refused("This link is not valid."), null);
        }

        var outcome = application.ConfirmLineManager(Hash(token), Now);
        if (!outcome.Succeeded)
        {
            return (outcome, application.Id);
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return (Outcome.Refused("This link has already been used."), application.Id);
        }

        return (outcome, application.Id);
    }

    public async Task<CoachApplicationViewModel?> FindLatestOfAsync(string applicantId, CancellationToken cancellationToken)
    {
        var id = await db.CoachApplications.AsNoTracking()
            .Where(a => a.ApplicantId == applicantId)
            .OrderByDescending(a => a.SubmittedAtUtc)
            .Select(a => (Guid?)a.Id)
            .FirstOrDefaultAsync(cancellationToken);
        return id is null ? null : await DetailsAsync(id.Value, cancellationToken);
    }

    public async Task<CoachApplicationViewModel?> DetailsAsync(Guid id, CancellationToken cancellationToken)
    {
        var a = await db.CoachApplications.AsNoTracking()
            .Include(x => x.Applicant).ThenInclude(p => p!.Organisation)
            .Include(x => x.DecidedBy)
            .SingleOrDefaultAsync(x => x.Id == id, cancellationToken);
        return a is null ? null : new CoachApplicationViewModel(
            a.Id,
            a.Version,
            a.Applicant!.FullName,
            a.Applicant.Email,
            a.Applicant.JobTitle,
            a.Applicant.Organisation?.Name,
            a.QualificationName,
            a.QualificationProvider,
            a.QualificationLevel,
            a.ExperienceSummary,
            a.NumberOfCoachees,
            a.CoacheeSeniority,
            a.CoachingRegister.DisplayName(),
            DescribeRegions(a.RegionsOffered),
            a.LineManagerName,
            a.LineManagerEmail,
            a.LineManagerConfirmedAtUtc,
            a.LineManagerTokenExpiresAtUtc,
            a.SubmittedAtUtc,
            a.Status,
            a.DecisionReason,
            a.DecidedBy?.FullName,
            a.DecidedAtUtc,
            a.Criteria());
    }

    /// <summary>Every application, those waiting for a decision first, with the criteria each meets.</summary>
    public async Task<IReadOnlyList<CoachApplicationRowViewModel>> ListAsync(CancellationToken cancellationToken)
    {
        var applications = await db.CoachApplications.AsNoTracking()
            .Include(a => a.Applicant)
            .OrderBy(a => a.Status == CoachApplicationStatus.Submitted ? 0 : 1)
            .ThenByDescending(a => a.SubmittedAtUtc)
            .ToListAsync(cancellationToken);
        return applications.Select(a =>
        {
            var criteria = a.Criteria();
            return new CoachApplicationRowViewModel(
                a.Id,
                a.Applicant!.FullName,
                a.SubmittedAtUtc,
                a.QualificationLevel,
                a.LineManagerConfirmedAtUtc is not null,
                a.Status,
                criteria.Count(c => c.Met),
                criteria.Count,
                criteria.Where(c => !c.Met).Select(c => c.Name).ToList());
        }).ToList();
    }

    public Task<FormResult> ApproveAsync(Guid id, string leadId, ApproveApplicationForm form, CancellationToken cancellationToken) =>
        DecideAsync(id, form.Version, a => a.Approve(leadId, Now), cancellationToken);

    public Task<FormResult> DeclineAsync(Guid id, string leadId, DeclineApplicationForm form, CancellationToken cancellationToken) =>
        DecideAsync(id, form.Version, a => a.Decline(leadId, form.Reason ?? "", Now), cancellationToken);

    private async Task<FormResult> DecideAsync(Guid id, Guid version, Func<CoachApplication, Outcome> decide, CancellationToken cancellationToken)
    {
        var application = await db.CoachApplications.SingleOrDefaultAsync(a => a.Id == id, cancellationToken);
        if (application is null)
        {
            return FormResult.Refused("", "The application no longer exists.");
        }

        db.ExpectVersion(application, version);
        var outcome = decide(application);
        if (!outcome.Succeeded)
        {
            return FormResult.Refused("", outcome.Refusal!);
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return FormResult.Refused("", ChangedMeanwhile);
        }

        await notices.CoachApplicationDecidedAsync(application.Id, cancellationToken);
        return FormResult.Done(application.Id);
    }

    public static string DescribeRegions(CoachingRegions regions) =>
        regions.HasFlag(CoachingRegions.Any)
            ? CoachingRegions.Any.DisplayName()
            : string.Join(", ", Enum.GetValues<CoachingRegions>().Where(r => r is not CoachingRegions.None and not CoachingRegions.Any && regions.HasFlag(r)).Select(r => r.DisplayName()));

    /// <summary>32 random bytes, base64url: the secret in the line manager's link.</summary>
    public static string NewToken() => WebEncoders.Base64UrlEncode(RandomNumberGenerator.GetBytes(32));

    /// <summary>What is stored in place of the token: its SHA-256, base64url.</summary>
    public static string Hash(string token) => WebEncoders.Base64UrlEncode(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    private Task<CoachApplication?> FindByTokenAsync(string token, bool tracked, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(token) || token.Length > 100)
        {
            return Task.FromResult<CoachApplication?>(null);
        }

        var hash = Hash(token);
        var query = db.CoachApplications.Include(a => a.Applicant).ThenInclude(p => p!.Organisation).Where(a => a.LineManagerTokenHash == hash);
        return (tracked ? query : query.AsNoTracking()).SingleOrDefaultAsync(cancellationToken);
    }

    private Task SendLinkAsync(CoachApplication application, string applicantName, string link, CancellationToken cancellationToken) =>
        email.SendAsync(
            CoachingEmails.LineManagerConfirmation(application.LineManagerEmail, application.LineManagerName, applicantName, link, application.LineManagerTokenExpiresAtUtc!.Value),
            cancellationToken);
}
