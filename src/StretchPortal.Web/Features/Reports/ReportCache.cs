using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace StretchPortal.Web.Features.Reports;

/// <summary>
/// A scope's worked-out report figures kept in memory between requests. Each is kept with the stamp it was worked
/// out under (the report versions of the scope's cohorts, <see cref="Domain.Cohort.ReportVersion"/>, raised in the
/// same transaction as any change to what the figures come from) and the day it was worked out for, and is used
/// only while both still hold: a changed record or a new day means the figures are worked out again, so nobody sees
/// figures older than the data. The stamp is read before the data, so figures are never older than their stamp.
/// Each instance of the portal keeps its own; the stamps live in the database, so they agree. Entries unused for
/// ten minutes are dropped.
/// </summary>
public sealed class ReportCache(IMemoryCache memory, IOptions<ReportOptions> options)
{
    private static readonly TimeSpan Unused = TimeSpan.FromMinutes(10);

    public async Task<T> GetOrLoadAsync<T>(string kind, Guid scopeId, string stamp, DateOnly today, Func<Task<T>> load)
        where T : class
    {
        if (!options.Value.CacheFigures)
        {
            return await load();
        }

        var key = (kind, scopeId);
        if (memory.TryGetValue(key, out Kept? kept) && kept!.Stamp == stamp && kept.Today == today && kept.Figures is T figures)
        {
            return figures;
        }

        var loaded = await load();
        memory.Set(key, new Kept(stamp, today, loaded), new MemoryCacheEntryOptions { SlidingExpiration = Unused });
        return loaded;
    }

    private sealed record Kept(string Stamp, DateOnly Today, object Figures);
}
