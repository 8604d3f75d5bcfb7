using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using StretchPortal.Web.Data;
using StretchPortal.Web.Domain;
using StretchPortal.Web.Features.Shared;

namespace StretchPortal.Web.Features.Resources;

/// <summary>
/// Coaches recommend resources to their coachees, who see them on their home page. A coachee is, until coaching
/// relationships arrive, a mentee whose enrolment (not withdrawn) names the coach.
/// </summary>
public sealed class RecommendationsService(StretchPortalDbContext db, TimeProvider clock)
{
    public const int HomePageCount = 5;

    public async Task<IReadOnlyList<SelectListItem>> CoacheeOptionsAsync(string coachId, CancellationToken cancellationToken) =>
        (await Coachees(coachId)
            .Select(e => new { e.MenteeId, e.Mentee!.FullName })
            .Distinct()
            .OrderBy(e => e.FullName)
            .ToListAsync(cancellationToken))
        .Select(e => new SelectListItem(e.FullName, e.MenteeId))
        .ToList();

    public async Task<FormResult> RecommendAsync(Resource resource, RecommendResourceForm form, string coachId, CancellationToken cancellationToken)
    {
        var allowed = resource.MayBeRecommendedToACoachee();
        if (!allowed.Succeeded)
        {
            return FormResult.Refused("", allowed.Refusal!);
        }

        if (!await Coachees(coachId).AnyAsync(e => e.MenteeId == form.CoacheeId, cancellationToken))
        {
            return FormResult.Refused(nameof(form.CoacheeId), "Choose one of your coachees from the list");
        }

        var recommendation = new ResourceRecommendation
        {
            ResourceId = resource.Id,
            CoachId = coachId,
            CoacheeId = form.CoacheeId!,
            Note = string.IsNullOrWhiteSpace(form.Note) ? null : form.Note.Trim(),
            RecommendedAt = clock.GetUtcNow().UtcDateTime,
        };
        db.ResourceRecommendations.Add(recommendation);
        await db.SaveChangesAsync(cancellationToken);
        return FormResult.Done(recommendation.Id);
    }

    /// <summary>The latest resources recommended to the person that are still in the library, newest first.</summary>
    /// <summary>The latest resources recommended to a person, for their home page: compiled once, as every home page reads it.</summary>
    private static readonly Func<StretchPortalDbContext, string, IAsyncEnumerable<RecommendedResourceViewModel>> Recommended = EF.CompileAsyncQuery(
        (StretchPortalDbContext db, string personId) => db.ResourceRecommendations.AsNoTracking()
            .Where(r => r.CoacheeId == personId && !r.Resource!.IsArchived)
            .OrderByDescending(r => r.RecommendedAt)
            .Take(HomePageCount)
            .Select(r => new RecommendedResourceViewModel(r.ResourceId, r.Resource!.Title, r.Resource.Url, r.Resource.Kind, r.Coach!.FullName, r.Note, r.RecommendedAt)));

    public async Task<IReadOnlyList<RecommendedResourceViewModel>> RecommendedToAsync(string personId, CancellationToken cancellationToken) =>
        await Recommended(db, personId).ToListAsync(cancellationToken);

    private IQueryable<Enrolment> Coachees(string coachId) =>
        db.Enrolments.Where(e => e.CoachId == coachId && e.Status != EnrolmentStatus.Withdrawn);
}
