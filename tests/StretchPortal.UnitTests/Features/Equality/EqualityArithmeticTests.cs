using StretchPortal.Web.Features.Equality;

namespace StretchPortal.UnitTests.Features.Equality;

public sealed class EqualityArithmeticTests
{
    [Fact]
    public void Relative_likelihood_matches_a_hand_worked_wres_example()
    {
        // White: 200 shortlisted, 50 appointed, likelihood 0.25. BME: 100 shortlisted, 15 appointed, likelihood 0.15.
        // Relative likelihood = 0.25 / 0.15 = 1.666..., so white candidates are 1.67 times as likely to be appointed.
        var relative = EqualityArithmetic.RelativeLikelihood(200, 50, 100, 15);

        Assert.Equal(1.67m, Math.Round(relative!.Value, 2));
        Assert.True(EqualityArithmetic.IsFlagged(relative.Value));
    }

    [Fact]
    public void Relative_likelihood_below_one_means_the_other_group_is_more_likely_and_below_point_eight_is_flagged()
    {
        // White: 40 shortlisted, 8 appointed (0.20). Asian: 30 shortlisted, 9 appointed (0.30). 0.20 / 0.30 = 0.666...
        var relative = EqualityArithmetic.RelativeLikelihood(40, 8, 30, 9);

        Assert.Equal(0.67m, Math.Round(relative!.Value, 2));
        Assert.True(EqualityArithmetic.IsFlagged(relative.Value));
    }

    [Fact]
    public void Equal_likelihoods_give_one_and_are_not_flagged()
    {
        var relative = EqualityArithmetic.RelativeLikelihood(20, 5, 8, 2);

        Assert.Equal(1m, relative);
        Assert.False(EqualityArithmetic.IsFlagged(1m));
    }

    [Theory]
    [InlineData("0.8", false)]
    [InlineData("1.25", false)]
    [InlineData("0.79", true)]
    [InlineData("1.26", true)]
    public void The_range_0_8_to_1_25_includes_both_ends(string value, bool flagged) =>
        Assert.Equal(flagged, EqualityArithmetic.IsFlagged(decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture)));

    [Theory]
    [InlineData(0, 5, 10, 2)]
    [InlineData(10, 5, 0, 0)]
    [InlineData(10, 5, 10, 0)]
    public void Relative_likelihood_is_not_available_with_nobody_shortlisted_or_nobody_appointed_in_the_group(int refShortlisted, int refAppointed, int shortlisted, int appointed) =>
        Assert.Null(EqualityArithmetic.RelativeLikelihood(refShortlisted, refAppointed, shortlisted, appointed));

    [Fact]
    public void Shares_and_rates_are_worked_against_their_whole()
    {
        // 30 of a pool of 120 is a quarter; 6 shortlisted of 24 who expressed interest is a quarter.
        Assert.Equal(0.25m, EqualityArithmetic.Share(30, 120));
        Assert.Equal(0.25m, EqualityArithmetic.Rate(6, 24));
        Assert.Null(EqualityArithmetic.Share(3, 0));
        Assert.Null(EqualityArithmetic.Rate(0, 0));
    }

    [Fact]
    public void Every_count_under_the_threshold_is_suppressed_zero_included()
    {
        var result = EqualityArithmetic.Suppress([12, 4, 0, 9, 1], 26, 5);

        Assert.Equal([12, null, null, 9, null], result.Groups);
        Assert.Equal(26, result.Total);
    }

    [Fact]
    public void When_exactly_one_group_is_suppressed_the_next_smallest_is_suppressed_too()
    {
        // 3 alone would be 40 - 20 - 11 - 6 = 3: hiding the smallest shown group (6) leaves only 3 + 6 = 9 derivable.
        var result = EqualityArithmetic.Suppress([20, 3, 11, 6], 40, 5);

        Assert.Equal([20, null, 11, null], result.Groups);
        Assert.Equal(40, result.Total);
    }

    [Fact]
    public void On_a_tie_for_next_smallest_the_first_in_order_is_suppressed()
    {
        var result = EqualityArithmetic.Suppress([7, 2, 7, 30], 46, 5);

        Assert.Equal([null, null, 7, 30], result.Groups);
    }

    [Fact]
    public void Hidden_groups_that_are_all_zeros_take_the_next_smallest_with_them()
    {
        // 0 and 0 hidden beside a total of 40 would be known to be zeros (40 - 28 - 12 = 0).
        var zeros = EqualityArithmetic.Suppress([28, 0, 0, 12], 40, 5);
        Assert.Equal([28, null, null, null], zeros.Groups);

        // 2 and 1 hidden: the total minus the shown gives 3, which could be 3 + 0, 2 + 1, 1 + 2 or 0 + 3. Nothing more hides.
        var small = EqualityArithmetic.Suppress([2, 6, 1, 30], 39, 5);
        Assert.Equal([null, 6, null, 30], small.Groups);
        Assert.Equal(39, small.Total);
    }

    [Fact]
    public void When_no_other_group_is_left_to_hide_the_total_is_suppressed()
    {
        var lone = EqualityArithmetic.Suppress([9, 2], 11, 5);
        Assert.Equal([null, null], lone.Groups);
        Assert.Equal(11, lone.Total);

        var single = EqualityArithmetic.Suppress([4], 6, 5);
        Assert.Equal([null], single.Groups);
        Assert.Null(single.Total);

        var shown = EqualityArithmetic.Suppress([6], 6, 5);
        Assert.Equal([6], shown.Groups);
        Assert.Equal(6, shown.Total);
    }

    [Fact]
    public void A_total_under_the_threshold_is_suppressed()
    {
        var result = EqualityArithmetic.Suppress([2, 1], 3, 5);

        Assert.Equal([null, null], result.Groups);
        Assert.Null(result.Total);
    }

    [Theory]
    [InlineData(5)]
    [InlineData(10)]
    public void No_hidden_figure_can_be_worked_out_from_the_total_minus_the_shown_groups(int threshold)
    {
        var random = new Random(threshold);
        for (var trial = 0; trial < 2000; trial++)
        {
            var groups = Enumerable.Range(0, random.Next(1, 8)).Select(_ => random.Next(0, 3 * threshold)).ToList();
            var total = groups.Sum();
            var result = EqualityArithmetic.Suppress(groups, total, threshold);

            Assert.All(result.Groups.OfType<int>(), shown => Assert.True(shown >= threshold));
            Assert.True(result.Total is null || result.Total >= threshold);
            var hidden = Enumerable.Range(0, groups.Count).Where(i => result.Groups[i] is null).ToList();
            if (result.Total is not null && hidden.Count > 0)
            {
                // Total minus the shown groups is the sum of the hidden ones: of two or more, and not all zeros.
                Assert.True(hidden.Count >= 2, $"one hidden group of {string.Join(",", groups)}");
                Assert.True(hidden.Sum(i => groups[i]) >= 1, $"hidden groups are known zeros in {string.Join(",", groups)}");
            }
        }
    }
}
