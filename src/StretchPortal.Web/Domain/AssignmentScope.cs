namespace StretchPortal.Web.Domain;

/// <summary>
/// What a mentor agrees to: the aim, the mentee's role, the anticipated outcomes, the dates, the weekly hours and the
/// ICS priorities. Changing any of these on an agreed assignment sends it back for agreement.
/// </summary>
public sealed record AssignmentScope(
    string Aim,
    string MenteeRole,
    string AnticipatedOutcomes,
    DateOnly StartDate,
    DateOnly EndDate,
    double HoursPerWeek,
    IReadOnlyList<Guid> IcsPriorityIds)
{
    /// <summary>The fields that differ from <paramref name="other"/>, by their display names, with old and new values.</summary>
    public IReadOnlyDictionary<string, string?[]> Differences(AssignmentScope other)
    {
        var changes = new Dictionary<string, string?[]>();
        Compare(changes, "Aim", Aim, other.Aim);
        Compare(changes, "Your role", MenteeRole, other.MenteeRole);
        Compare(changes, "Anticipated outcomes", AnticipatedOutcomes, other.AnticipatedOutcomes);
        Compare(changes, "Start date", StartDate.ToString("yyyy-MM-dd", null), other.StartDate.ToString("yyyy-MM-dd", null));
        Compare(changes, "End date", EndDate.ToString("yyyy-MM-dd", null), other.EndDate.ToString("yyyy-MM-dd", null));
        Compare(changes, "Hours per week", HoursPerWeek.ToString(System.Globalization.CultureInfo.InvariantCulture), other.HoursPerWeek.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Compare(
            changes,
            "ICS priorities",
            string.Join(",", IcsPriorityIds.Order()),
            string.Join(",", other.IcsPriorityIds.Order()));
        return changes;
    }

    private static void Compare(Dictionary<string, string?[]> changes, string field, string before, string after)
    {
        if (!string.Equals(before, after, StringComparison.Ordinal))
        {
            changes[field] = [before, after];
        }
    }
}
