namespace StretchPortal.Web.Features.Equality;

/// <summary>
/// The arithmetic of the equality reports, in one place: shares, take-up rates, the relative likelihood of
/// appointment (WRES indicator 2) and small-number suppression.
/// </summary>
public static class EqualityArithmetic
{
    /// <summary>Relative likelihoods inside this range are not flagged (the WRES's range of no adverse impact).</summary>
    public const decimal LowerBound = 0.8m;

    public const decimal UpperBound = 1.25m;

    /// <summary>A part's share of a whole (0.25 for 25%); none of nothing.</summary>
    public static decimal? Share(int part, int whole) => whole <= 0 ? null : (decimal)part / whole;

    /// <summary>The share of those at one stage who reached the next (shortlisted from interest, appointed from shortlisting).</summary>
    public static decimal? Rate(int reached, int from) => from <= 0 ? null : (decimal)reached / from;

    /// <summary>
    /// The relative likelihood of the reference group being appointed from shortlisting compared with another group, as
    /// the WRES computes it for white and BME staff: (reference appointed / reference shortlisted) divided by (group
    /// appointed / group shortlisted). Above 1 the reference group is the more likely to be appointed. None when either
    /// group has nobody shortlisted, or when nobody in the group was appointed (the ratio has no finite value).
    /// </summary>
    public static decimal? RelativeLikelihood(int referenceShortlisted, int referenceAppointed, int groupShortlisted, int groupAppointed)
    {
        var reference = Rate(referenceAppointed, referenceShortlisted);
        var group = Rate(groupAppointed, groupShortlisted);
        return reference is null || group is null or 0m ? null : reference.Value / group.Value;
    }

    /// <summary>Outside 0.8 to 1.25 (both included in the range) the difference is flagged for "explain or comply".</summary>
    public static bool IsFlagged(decimal relativeLikelihood) =>
        relativeLikelihood < LowerBound || relativeLikelihood > UpperBound;

    /// <summary>
    /// Hides small numbers in one breakdown: a count of each group and their total.
    /// <para>Primary suppression: every count below the threshold is hidden, zero included (a zero beside a small
    /// total tells a reader that everyone is in the other groups), and so is the total if it is below the threshold.</para>
    /// <para>Secondary suppression, the rule chosen here: when the total is shown and exactly one group is hidden, that
    /// group could be worked out as the total minus the groups shown, so the smallest group still shown is hidden too
    /// (the first in display order on a tie). The same is done when every hidden group is a zero, since the total minus
    /// the groups shown would then give 0, and so every one of them. If no group is left to hide, the total is hidden
    /// instead. Afterwards the total minus the groups shown is the sum of two or more hidden groups, at least 1, and no
    /// single hidden figure can be told from it.</para>
    /// </summary>
    public static SuppressedBreakdown Suppress(IReadOnlyList<int> groups, int total, int threshold)
    {
        var shown = groups.Select(count => count >= threshold ? (int?)count : null).ToArray();
        int? shownTotal = total >= threshold ? total : null;
        var hidden = Enumerable.Range(0, shown.Length).Where(i => shown[i] is null).ToList();
        if (shownTotal is not null && hidden.Count > 0 && (hidden.Count == 1 || hidden.All(i => groups[i] == 0)))
        {
            var next = -1;
            for (var i = 0; i < shown.Length; i++)
            {
                if (shown[i] is { } count && (next < 0 || count < shown[next]!.Value))
                {
                    next = i;
                }
            }

            if (next >= 0)
            {
                shown[next] = null;
            }
            else
            {
                shownTotal = null;
            }
        }

        return new SuppressedBreakdown(shown, shownTotal);
    }
}

/// <summary>A breakdown after suppression: null is a hidden figure.</summary>
public sealed record SuppressedBreakdown(IReadOnlyList<int?> Groups, int? Total);
