using System.Linq.Expressions;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using StretchPortal.Web.Data;
using StretchPortal.Web.Domain;
using StretchPortal.Web.Features.Programmes;
using StretchPortal.Web.Features.Shared;
using StretchPortal.Web.Security;

namespace StretchPortal.Web.Features.Coaching;

/// <summary>
/// Coaching relationships: the lead matches a coachee with an approved, trained coach (suggestions: region first,
/// under capacity, not the coachee's organisation, lowest load first), which gives the coach the Coach role; the
/// coach logs sessions; everyone concerned sees "2 of 4" and who is behind (<see cref="CoachingProgress"/>). A
/// session's private notes are read only for the coach (the caller says whether the viewer is the coach).
/// </summary>
public sealed class CoachingRelationshipsService(StretchPortalDbContext db, RoleGrantService roles, UserManager<Person> people, TimeProvider clock)
{
    public const string Untrained = "This coach has not finished their training, so coaching cannot start yet.";

    public const string ChangedMeanwhile =
        "Someone else changed this coaching relationship while you were ending it. Check the page below and try again.";

    private DateOnly Today => CoachingTimes.UkToday(clock);

    /// <summary>The relationship, tracked, for authorization and logging sessions.</summary>
    public Task<CoachingRelationship?> FindAsync(Guid id, CancellationToken cancellationToken) =>
        db.CoachingRelationships.SingleOrDefaultAsync(r => r.Id == id, cancellationToken);

    /// <summary>A logged session and its relationship; null if either is missing.</summary>
    public async Task<(CoachingSession Session, CoachingRelationship Relationship)?> FindSessionAsync(Guid sessionId, CancellationToken cancellationToken)
    {
        var session = await db.CoachingSessions.AsNoTracking().SingleOrDefaultAsync(s => s.Id == sessionId, cancellationToken);
        var relationship = session is null ? null : await FindAsync(session.CoachingRelationshipId, cancellationToken);
        return relationship is null ? null : (session!, relationship);
    }

    public async Task<MatchPageViewModel> MatchPageAsync(string? coacheeEmail, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(coacheeEmail))
        {
            return new MatchPageViewModel();
        }

        var normalised = people.NormalizeEmail(coacheeEmail.Trim());
        var coachee = await db.Users.AsNoTracking()
            .Where(p => p.NormalizedEmail == normalised && p.IsActive)
            .Select(p => new { p.Id, p.FullName, p.OrganisationId, Organisation = p.Organisation!.Name, Region = p.Region ?? p.Organisation!.Region })
            .SingleOrDefaultAsync(cancellationToken);
        if (coachee is null)
        {
            return new MatchPageViewModel { CoacheeEmail = coacheeEmail, NotFound = "No one with this email address has an account. Ask them to register first." };
        }

        var currentCoaches = await db.CoachingRelationships.AsNoTracking()
            .Where(r => r.CoacheeId == coachee.Id && r.EndedOn == null)
            .Select(r => r.Coach!.FullName)
            .ToListAsync(cancellationToken);
        var coaches = await TrainedCoachesAsync(cancellationToken);
        var suggestions = coaches
            .Where(c => c.CoachId != coachee.Id && c.Load < c.Capacity
                        && (coachee.OrganisationId is null || c.OrganisationId != coachee.OrganisationId)
                        && !c.CoacheeIds.Contains(coachee.Id))
            .Select(c => new CoachSuggestionViewModel(
                c.CoachId, c.Name, c.Organisation, CoachApplicationsService.DescribeRegions(c.Regions), c.Regions.Covers(coachee.Region), c.Load, c.Capacity))
            .OrderByDescending(s => s.RegionMatches).ThenBy(s => s.Load).ThenBy(s => s.Name, StringComparer.CurrentCulture)
            .ToList();
        return new MatchPageViewModel
        {
            CoacheeEmail = coacheeEmail,
            Coachee = new MatchCoacheeViewModel(coachee.Id, coachee.FullName, coachee.Organisation, coachee.Region, currentCoaches),
            Suggestions = suggestions,
        };
    }

    public async Task<FormResult> MatchAsync(MatchCoachForm form, string leadId, CancellationToken cancellationToken)
    {
        var coachee = await db.Users.SingleOrDefaultAsync(p => p.Id == form.CoacheeId && p.IsActive, cancellationToken);
        var coach = await db.Users.SingleOrDefaultAsync(p => p.Id == form.CoachId && p.IsActive, cancellationToken);
        if (coachee is null)
        {
            return FormResult.Refused(nameof(form.CoacheeId), "Choose a coachee who has an account");
        }

        if (coach is null)
        {
            return FormResult.Refused(nameof(form.CoachId), "Choose a coach from the suggestions");
        }

        if (coach.Id == coachee.Id)
        {
            return FormResult.Refused(nameof(form.CoachId), "A coach cannot coach themselves");
        }

        var application = await db.CoachApplications.AsNoTracking()
            .SingleOrDefaultAsync(a => a.ApplicantId == coach.Id && a.Status == CoachApplicationStatus.Approved, cancellationToken);
        if (application is null)
        {
            return FormResult.Refused(nameof(form.CoachId), "This person is not an approved coach.");
        }

        if (!application.IsTrained)
        {
            return FormResult.Refused(nameof(form.CoachId), Untrained);
        }

        var active = await db.CoachingRelationships.Where(r => r.CoachId == coach.Id && r.EndedOn == null).Select(r => r.CoacheeId).ToListAsync(cancellationToken);
        if (active.Contains(coachee.Id))
        {
            return FormResult.Refused(nameof(form.CoachId), $"{coach.FullName} is already coaching {coachee.FullName}.");
        }

        if (active.Count >= application.Capacity)
        {
            return FormResult.Refused(nameof(form.CoachId), $"{coach.FullName} already supports as many coachees as they can ({application.Capacity}).");
        }

        var relationship = new CoachingRelationship { CoachId = coach.Id, CoacheeId = coachee.Id, MatchedOn = Today, MatchedById = leadId };
        db.CoachingRelationships.Add(relationship);
        await roles.SaveWithGrantsAsync([(coach, Roles.Coach)], cancellationToken);
        return FormResult.Done(relationship.Id);
    }

    /// <summary>Every relationship for the lead, those behind first.</summary>
    public async Task<IReadOnlyList<CoachingRelationshipRowViewModel>> AllAsync(CancellationToken cancellationToken) =>
        (await RowsAsync(db.CoachingRelationships, cancellationToken))
        .OrderByDescending(r => r.Standing.IsBehind).ThenBy(r => r.EndedOn is not null).ThenBy(r => r.CoachName, StringComparer.CurrentCulture)
        .ToList();

    public async Task<IReadOnlyList<CoachingRelationshipRowViewModel>> CoacheesOfAsync(string coachId, CancellationToken cancellationToken) =>
        await RowsAsync(db.CoachingRelationships.Where(r => r.CoachId == coachId), cancellationToken);

    public async Task<IReadOnlyList<CoachingRelationshipRowViewModel>> CoachesOfAsync(string coacheeId, CancellationToken cancellationToken) =>
        await RowsAsync(db.CoachingRelationships.Where(r => r.CoacheeId == coacheeId), cancellationToken);

    /// <summary>The sessions page; notes are read from the database only when the viewer is the coach.</summary>
    public async Task<SessionsPageViewModel> SessionsAsync(Guid relationshipId, bool isCoach, LogSessionForm? form, CancellationToken cancellationToken)
    {
        var row = (await RowsAsync(db.CoachingRelationships.Where(r => r.Id == relationshipId), cancellationToken)).Single();
        var sessions = db.CoachingSessions.AsNoTracking()
            .Where(s => s.CoachingRelationshipId == relationshipId)
            .OrderByDescending(s => s.HeldOn).ThenByDescending(s => s.LoggedAtUtc);
        var rows = isCoach
            ? await sessions.Select(s => new SessionRowViewModel(s.Id, s.HeldOn, s.Minutes, s.Mode, s.PrivateNotes)).ToListAsync(cancellationToken)
            : await sessions.Select(s => new SessionRowViewModel(s.Id, s.HeldOn, s.Minutes, s.Mode, null)).ToListAsync(cancellationToken);
        return new SessionsPageViewModel
        {
            Relationship = row,
            Sessions = rows,
            IsCoach = isCoach,
            Form = form ?? new LogSessionForm { HeldOn = Today, Mode = nameof(SessionMode.Virtual) },
        };
    }

    /// <summary>
    /// Ends the relationship on the form's day unless someone else changed it since the form was shown; the day may not
    /// be before the last session held.
    /// </summary>
    public async Task<FormResult> EndAsync(CoachingRelationship relationship, EndCoachingForm form, CancellationToken cancellationToken)
    {
        var endedOn = form.EndedOn!.Value;
        var lastSession = await db.CoachingSessions.Where(s => s.CoachingRelationshipId == relationship.Id).MaxAsync(s => (DateOnly?)s.HeldOn, cancellationToken);
        if (lastSession > endedOn)
        {
            return FormResult.Refused(nameof(form.EndedOn), $"The date the coaching ended must be on or after the last session, on {lastSession.Value.ToDisplayDate()}");
        }

        db.ExpectVersion(relationship, form.Version);
        var outcome = relationship.End(endedOn);
        if (!outcome.Succeeded)
        {
            return FormResult.Refused(relationship.IsActive ? nameof(form.EndedOn) : "", outcome.Refusal!);
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return FormResult.Done(relationship.Id);
        }
        catch (DbUpdateConcurrencyException)
        {
            await db.Entry(relationship).ReloadAsync(cancellationToken);
            return FormResult.Refused("", ChangedMeanwhile);
        }
    }

    public async Task<FormResult> LogSessionAsync(CoachingRelationship relationship, LogSessionForm form, CancellationToken cancellationToken)
    {
        var outcome = relationship.LogSession(
            form.HeldOn!.Value, form.Minutes!.Value, Enum.Parse<SessionMode>(form.Mode!), form.PrivateNotes, Today, clock.GetUtcNow().UtcDateTime);
        if (!outcome.Succeeded)
        {
            return FormResult.Refused(nameof(form.HeldOn), outcome.Refusal!);
        }

        db.CoachingSessions.Add(relationship.Sessions[^1]);

        await db.SaveChangesAsync(cancellationToken);
        return FormResult.Done(relationship.Id);
    }

    /// <summary>
    /// The person's coaching on both sides, in one query: the coaches who coach them and the coachees they coach
    /// (for the home page).
    /// </summary>
    public async Task<(IReadOnlyList<CoachingRelationshipRowViewModel> Coaches, IReadOnlyList<CoachingRelationshipRowViewModel> Coachees)> BothSidesOfAsync(
        string personId, CancellationToken cancellationToken)
    {
        var rows = Tagged(await EitherSideOf(db, personId).ToListAsync(cancellationToken));
        return (rows.Where(r => r.CoachId != personId).Select(r => r.Row).ToList(), rows.Where(r => r.CoachId == personId).Select(r => r.Row).ToList());
    }

    /// <summary>A relationship as its lists read it: who, since when, and the sessions held.</summary>
    private sealed record RelationshipRow(Guid Id, string CoachId, string Coach, string Coachee, DateOnly MatchedOn, DateOnly? EndedOn, int Held, DateOnly? Last);

    private static readonly Expression<Func<CoachingRelationship, RelationshipRow>> Row = r => new RelationshipRow(
        r.Id, r.CoachId, r.Coach!.FullName, r.Coachee!.FullName, r.MatchedOn, r.EndedOn, r.Sessions.Count, r.Sessions.Max(s => (DateOnly?)s.HeldOn));

    /// <summary>A person's relationships as coach or coachee, for their home page: compiled once, as every home page reads it.</summary>
    private static readonly Func<StretchPortalDbContext, string, IAsyncEnumerable<RelationshipRow>> EitherSideOf = EF.CompileAsyncQuery(
        (StretchPortalDbContext db, string personId) => db.CoachingRelationships.AsNoTracking()
            .Where(r => r.CoacheeId == personId || r.CoachId == personId)
            .Select(Row));

    private async Task<List<CoachingRelationshipRowViewModel>> RowsAsync(IQueryable<CoachingRelationship> relationships, CancellationToken cancellationToken) =>
        Tagged(await relationships.AsNoTracking().Select(Row).ToListAsync(cancellationToken)).Select(r => r.Row).ToList();

    private List<(string CoachId, CoachingRelationshipRowViewModel Row)> Tagged(List<RelationshipRow> rows)
    {
        var today = Today;
        return rows
            .Select(r => (r.CoachId, new CoachingRelationshipRowViewModel(
                r.Id, r.Coach, r.Coachee, r.MatchedOn, r.EndedOn,
                CoachingProgress.Standing(r.MatchedOn, r.EndedOn, r.Held, today),
                r.EndedOn is null ? CoachingProgress.NextDue(r.MatchedOn, r.Held) : null,
                r.Last)))
            .OrderBy(r => r.Item2.EndedOn is not null).ThenBy(r => r.Item2.CoacheeName, StringComparer.CurrentCulture)
            .ToList();
    }

    private async Task<List<TrainedCoach>> TrainedCoachesAsync(CancellationToken cancellationToken)
    {
        var coaches = await db.CoachApplications.AsNoTracking()
            .Where(a => a.Status == CoachApplicationStatus.Approved && a.TrainedAtUtc != null && a.Applicant!.IsActive)
            .Select(a => new
            {
                a.ApplicantId,
                a.Applicant!.FullName,
                a.Applicant.OrganisationId,
                Organisation = a.Applicant.Organisation!.Name,
                a.RegionsOffered,
                a.Capacity,
            })
            .ToListAsync(cancellationToken);
        var ids = coaches.Select(c => c.ApplicantId).ToList();
        var loads = await db.CoachingRelationships.AsNoTracking()
            .Where(r => ids.Contains(r.CoachId) && r.EndedOn == null)
            .Select(r => new { r.CoachId, r.CoacheeId })
            .ToListAsync(cancellationToken);
        return coaches.Select(c => new TrainedCoach(
                c.ApplicantId, c.FullName, c.OrganisationId, c.Organisation, c.RegionsOffered, c.Capacity,
                loads.Where(l => l.CoachId == c.ApplicantId).Select(l => l.CoacheeId).ToHashSet()))
            .ToList();
    }

    private sealed record TrainedCoach(string CoachId, string Name, Guid? OrganisationId, string? Organisation, CoachingRegions Regions, int Capacity, HashSet<string> CoacheeIds)
    {
        public int Load => CoacheeIds.Count;
    }
}
