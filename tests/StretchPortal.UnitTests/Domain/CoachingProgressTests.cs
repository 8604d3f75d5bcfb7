using StretchPortal.Web.Domain;

namespace StretchPortal.UnitTests.Domain;

/// <summary>Four sessions over twelve months, one a quarter from the day of matching; worked by hand.</summary>
public sealed class CoachingProgressTests
{
    private static readonly DateOnly Matched = new(2026, 1, 15);

    [Theory]
    [InlineData("2026-01-15", 0)] // the day of matching
    [InlineData("2026-04-15", 0)] // three months on: the first session may still be held today
    [InlineData("2026-04-16", 1)] // the day after: one is due
    [InlineData("2026-07-15", 1)]
    [InlineData("2026-07-16", 2)]
    [InlineData("2026-10-15", 2)]
    [InlineData("2026-10-16", 3)]
    [InlineData("2027-01-15", 3)]
    [InlineData("2027-01-16", 4)]
    [InlineData("2028-06-01", 4)] // never more than four
    public void Sessions_expected_by_a_date_are_one_a_quarter_from_matching(string date, int expected) =>
        Assert.Equal(expected, CoachingProgress.ExpectedBy(Matched, DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public void Matching_on_the_last_day_of_a_month_counts_quarters_to_the_month_end()
    {
        // 30 November + 3 months = 28 February 2027 (AddMonths keeps to the month's end).
        var matched = new DateOnly(2026, 11, 30);
        Assert.Equal(0, CoachingProgress.ExpectedBy(matched, new DateOnly(2027, 2, 28)));
        Assert.Equal(1, CoachingProgress.ExpectedBy(matched, new DateOnly(2027, 3, 1)));
    }

    [Fact]
    public void One_session_seven_months_in_is_behind_and_shows_1_of_4()
    {
        var standing = CoachingProgress.Standing(Matched, null, held: 1, today: new DateOnly(2026, 8, 20));

        Assert.Equal("1 of 4", standing.Summary);
        Assert.Equal(2, standing.Expected);
        Assert.True(standing.IsBehind);
    }

    [Fact]
    public void Two_sessions_seven_months_in_are_on_track()
    {
        var standing = CoachingProgress.Standing(Matched, null, held: 2, today: new DateOnly(2026, 8, 20));

        Assert.Equal("2 of 4", standing.Summary);
        Assert.False(standing.IsBehind);
    }

    [Fact]
    public void No_session_in_the_first_three_months_is_not_behind()
    {
        var standing = CoachingProgress.Standing(Matched, null, held: 0, today: new DateOnly(2026, 3, 31));

        Assert.Equal("0 of 4", standing.Summary);
        Assert.False(standing.IsBehind);
    }

    [Fact]
    public void An_ended_relationship_is_judged_as_of_its_end()
    {
        // Ended after five months with one session: one was due, so it is not behind, however late it is now.
        var standing = CoachingProgress.Standing(Matched, new DateOnly(2026, 6, 15), held: 1, today: new DateOnly(2027, 6, 1));

        Assert.Equal(1, standing.Expected);
        Assert.False(standing.IsBehind);
    }

    [Fact]
    public void The_next_session_is_due_a_quarter_after_the_last_one_that_was_due()
    {
        Assert.Equal(new DateOnly(2026, 4, 15), CoachingProgress.NextDue(Matched, 0));
        Assert.Equal(new DateOnly(2026, 10, 15), CoachingProgress.NextDue(Matched, 2));
        Assert.Null(CoachingProgress.NextDue(Matched, 4));
    }
}
