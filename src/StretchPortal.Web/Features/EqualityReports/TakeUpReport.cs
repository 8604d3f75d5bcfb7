using StretchPortal.Web.Domain;
using StretchPortal.Web.Features.Equality;

namespace StretchPortal.Web.Features.EqualityReports;

/// <summary>One figure of a take-up table: a count and its share of its column's total, either of which may be hidden.</summary>
public sealed record TakeUpCell(int? Count, decimal? Share, bool Applies = true)
{
    /// <summary>A figure that has no meaning here (the staff pool has no "not declared" group).</summary>
    public static TakeUpCell NotApplicable { get; } = new(null, null, Applies: false);

    public bool Suppressed => Applies && Count is null;
}

/// <summary>
/// One group's take-up: its share of the staff pool beside its share of expressions of interest, shortlisting and
/// appointment, the rates from one stage to the next, and its relative likelihood of appointment.
/// </summary>
public sealed record TakeUpRow(
    string Key,
    string Label,
    TakeUpCell Pool,
    TakeUpCell Interested,
    TakeUpCell Shortlisted,
    TakeUpCell Appointed,
    decimal? ShortlistingRate,
    decimal? AppointmentRate);

/// <summary>Relative likelihood of appointment from shortlisting: the reference group against one other group.</summary>
public sealed record LikelihoodRow(string Key, string Label, decimal? ReferenceLikelihood, decimal? GroupLikelihood, decimal? RelativeLikelihood)
{
    public bool Flagged => RelativeLikelihood is { } value && EqualityArithmetic.IsFlagged(value);
}

public sealed record CharacteristicTakeUp(
    Characteristic Characteristic,
    IReadOnlyList<TakeUpRow> Rows,
    TakeUpRow Total,
    string ReferenceLabel,
    IReadOnlyList<LikelihoodRow> Likelihoods);

/// <summary>The counts a take-up report is built from, before any suppression.</summary>
public sealed record TakeUpCounts(
    IReadOnlyDictionary<string, int> Pool,
    IReadOnlyDictionary<string, int> Interested,
    IReadOnlyDictionary<string, int> Shortlisted,
    IReadOnlyDictionary<string, int> Appointed);

/// <summary>
/// Builds a characteristic's take-up table from raw counts, suppressing every column (see
/// <see cref="EqualityArithmetic.Suppress"/>); shares, rates and likelihoods are given only where every figure they
/// are worked from is shown, so that no hidden figure can be recovered from them.
/// </summary>
public static class TakeUpTable
{
    public static CharacteristicTakeUp Build(Characteristic characteristic, TakeUpCounts counts, int threshold, bool hasPool)
    {
        var groups = EqualityGroups.For(characteristic).Append(new EqualityGroup(EqualityGroups.NotDeclared, EqualityGroups.NotDeclaredLabel)).ToList();
        var poolGroups = groups.Where(g => g.Key != EqualityGroups.NotDeclared).ToList();

        (Dictionary<string, TakeUpCell> Cells, TakeUpCell Total)? pool = hasPool ? Column(poolGroups, counts.Pool, threshold) : null;
        var interested = Column(groups, counts.Interested, threshold);
        var shortlisted = Column(groups, counts.Shortlisted, threshold);
        var appointed = Column(groups, counts.Appointed, threshold);

        var rows = groups.Select(g => Row(g.Key, g.Label,
                pool is not { } p || g.Key == EqualityGroups.NotDeclared ? TakeUpCell.NotApplicable : p.Cells[g.Key],
                interested.Cells[g.Key], shortlisted.Cells[g.Key], appointed.Cells[g.Key]))
            .ToList();
        var total = Row("Total", "All", pool?.Total ?? TakeUpCell.NotApplicable, interested.Total, shortlisted.Total, appointed.Total);

        var reference = EqualityGroups.ReferenceOf(characteristic);
        var referenceRow = rows.Single(r => r.Key == reference);
        var likelihoods = rows
            .Where(r => r.Key != reference && !EqualityGroups.IsUnknown(r.Key))
            .Select(r => Likelihood(r.Key, r.Label, referenceRow, r.Shortlisted.Count, r.Appointed.Count))
            .ToList();
        if (characteristic == Characteristic.EthnicGroup)
        {
            // The WRES's own comparison: white staff against all black and minority ethnic staff together. The combined
            // counts are shown only if each is at or above the threshold in its own right.
            var minority = groups.Where(g => g.Key != reference && !EqualityGroups.IsUnknown(g.Key)).Select(g => g.Key).ToList();
            int? Sum(IReadOnlyDictionary<string, int> column)
            {
                var sum = minority.Sum(k => column.GetValueOrDefault(k));
                return sum >= threshold ? sum : null;
            }

            likelihoods.Insert(0, Likelihood(EqualityGroups.BlackAndMinorityEthnic, EqualityGroups.BlackAndMinorityEthnicLabel,
                referenceRow, Sum(counts.Shortlisted), Sum(counts.Appointed)));
        }

        return new CharacteristicTakeUp(characteristic, rows, total, referenceRow.Label, likelihoods);
    }

    private static LikelihoodRow Likelihood(string key, string label, TakeUpRow reference, int? shortlisted, int? appointed)
    {
        if (reference.Shortlisted.Count is not { } refShortlisted || reference.Appointed.Count is not { } refAppointed
            || shortlisted is not { } groupShortlisted || appointed is not { } groupAppointed)
        {
            return new LikelihoodRow(key, label, null, null, null);
        }

        return new LikelihoodRow(key, label,
            EqualityArithmetic.Rate(refAppointed, refShortlisted),
            EqualityArithmetic.Rate(groupAppointed, groupShortlisted),
            EqualityArithmetic.RelativeLikelihood(refShortlisted, refAppointed, groupShortlisted, groupAppointed));
    }

    private static TakeUpRow Row(string key, string label, TakeUpCell pool, TakeUpCell interested, TakeUpCell shortlisted, TakeUpCell appointed) =>
        new(key, label, pool, interested, shortlisted, appointed,
            interested.Count is { } i && shortlisted.Count is { } s ? EqualityArithmetic.Rate(s, i) : null,
            shortlisted.Count is { } s2 && appointed.Count is { } a ? EqualityArithmetic.Rate(a, s2) : null);

    private static (Dictionary<string, TakeUpCell> Cells, TakeUpCell Total) Column(
        List<EqualityGroup> groups, IReadOnlyDictionary<string, int> counts, int threshold)
    {
        var raw = groups.Select(g => counts.GetValueOrDefault(g.Key)).ToList();
        var suppressed = EqualityArithmetic.Suppress(raw, raw.Sum(), threshold);
        var cells = new Dictionary<string, TakeUpCell>();
        for (var i = 0; i < groups.Count; i++)
        {
            var count = suppressed.Groups[i];
            cells[groups[i].Key] = new TakeUpCell(count,
                count is { } c && suppressed.Total is { } t ? EqualityArithmetic.Share(c, t) : null);
        }

        return (cells, new TakeUpCell(suppressed.Total, suppressed.Total is null ? null : 1m));
    }
}
