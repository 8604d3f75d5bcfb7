using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using StretchPortal.Web.Data;
using StretchPortal.Web.Domain;

namespace StretchPortal.Web.Features.Events;

/// <summary>
/// The showcase of good practice and learning: every presented stretch assignment, for every signed-in person to
/// browse and search. An entry is the assignment itself (a query, not a copy): once completed its outcomes, lessons
/// and improvements can no longer change, so a copy would only duplicate them.
/// </summary>
public sealed class ShowcaseService(StretchPortalDbContext db)
{
    public async Task<ShowcaseViewModel> SearchAsync(ShowcaseQuery query, CancellationToken cancellationToken)
    {
        var entries = db.StretchAssignments.AsNoTracking().Where(a => a.Status == AssignmentStatus.Presented);
        if (!string.IsNullOrWhiteSpace(query.Q))
        {
            var pattern = Search.LikePattern(query.Q);
            entries = entries.Where(a => EF.Functions.Like(a.Title, pattern, Search.Escape) || EF.Functions.Like(a.Aim, pattern, Search.Escape)
                || EF.Functions.Like(a.OutcomesAchieved!, pattern, Search.Escape)
                || EF.Functions.Like(a.LessonsLearned!, pattern, Search.Escape)
                || EF.Functions.Like(a.PracticeImprovements!, pattern, Search.Escape));
        }

        if (query.Priority is { } priority)
        {
            entries = entries.Where(a => a.Priorities.Any(p => p.IcsPriorityId == priority));
        }

        var total = await entries.CountAsync(cancellationToken);
        var pageCount = Math.Max(1, (total + ShowcaseQuery.PageSize - 1) / ShowcaseQuery.PageSize);
        query.Page = Math.Clamp(query.Page, 1, pageCount);
        var rows = await entries
            .OrderByDescending(a => a.PresentedAt).ThenBy(a => a.Title)
            .Skip((query.Page - 1) * ShowcaseQuery.PageSize)
            .Take(ShowcaseQuery.PageSize)
            .Select(a => new
            {
                a.Id,
                a.Title,
                Mentee = a.Enrolment!.Mentee!.FullName,
                Programme = a.Enrolment.Cohort!.Programme!.Name,
                a.Aim,
                a.PresentedAt,
                Priorities = a.Priorities.OrderBy(p => p.IcsPriority!.SortOrder).Select(p => p.IcsPriority!.Name).ToList(),
            })
            .ToListAsync(cancellationToken);
        return new ShowcaseViewModel
        {
            Query = query,
            Total = total,
            Entries = rows.Select(r => new ShowcaseRowViewModel(r.Id, r.Title, r.Mentee, r.Programme, r.Aim, r.PresentedAt!.Value, r.Priorities)).ToList(),
            Priorities = await PriorityOptionsAsync(cancellationToken),
        };
    }

    /// <summary>A presented assignment as a showcase entry, or null if there is none (never a draft or an open assignment).</summary>
    public async Task<ShowcaseEntryViewModel?> EntryAsync(Guid id, CancellationToken cancellationToken)
    {
        var entry = await db.StretchAssignments.AsNoTracking()
            .Where(a => a.Id == id && a.Status == AssignmentStatus.Presented)
            .Select(a => new ShowcaseEntryViewModel
            {
                Id = a.Id,
                Title = a.Title,
                Mentee = a.Enrolment!.Mentee!.FullName,
                MenteeRole = a.Enrolment.Mentee.JobTitle,
                Organisation = a.Enrolment.Mentee.Organisation!.Name,
                Programme = a.Enrolment.Cohort!.Programme!.Name,
                Type = a.Type,
                OtherType = a.OtherType,
                Aim = a.Aim,
                OutcomesAchieved = a.OutcomesAchieved ?? "",
                LessonsLearned = a.LessonsLearned ?? "",
                PracticeImprovements = a.PracticeImprovements ?? "",
                PresentedAt = a.PresentedAt!.Value,
                Priorities = a.Priorities.OrderBy(p => p.IcsPriority!.SortOrder).Select(p => p.IcsPriority!.Name).ToList(),
            })
            .SingleOrDefaultAsync(cancellationToken);
        if (entry is null)
        {
            return null;
        }

        var celebration = await db.CelebrationEvents.AsNoTracking()
            .Where(e => e.Presentations.Any(p => p.AssignmentId == id))
            .OrderBy(e => e.StartsAt)
            .Select(e => new { e.Title, e.StartsAt })
            .FirstOrDefaultAsync(cancellationToken);
        entry.Event = celebration is null ? null : $"{celebration.Title}, {celebration.StartsAt.ToEventDate()}";
        return entry;
    }

    private async Task<IReadOnlyList<SelectListItem>> PriorityOptionsAsync(CancellationToken cancellationToken) =>
        (await db.IcsPriorities.AsNoTracking().OrderBy(p => p.SortOrder).ThenBy(p => p.Name)
            .Select(p => new { p.Id, p.Name }).ToListAsync(cancellationToken))
        .Select(p => new SelectListItem(p.Name, p.Id.ToString()))
        .ToList();
}

/// <summary>Words searched for anywhere in a text, case aside on both providers (LIKE, with its wildcards escaped).</summary>
public static class Search
{
    public const string Escape = "\\";

    public static string LikePattern(string words) =>
        "%" + words.Trim().Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal)
            .Replace("_", "\\_", StringComparison.Ordinal).Replace("[", "\\[", StringComparison.Ordinal) + "%";
}
