using StretchPortal.Web.Domain;
using StretchPortal.Web.Features.EqualityReports;

namespace StretchPortal.UnitTests.Features.Equality;

public sealed class TakeUpTableTests
{
    private static readonly Dictionary<string, int> Shortlisted = new()
    {
        ["White"] = 20, ["Asian"] = 10, ["Black"] = 8, ["Mixed"] = 6, ["Other"] = 5, ["PreferNotToSay"] = 5, ["NotDeclared"] = 6,
    };

    private static readonly Dictionary<string, int> Appointed = new()
    {
        ["White"] = 10, ["Asian"] = 5, ["Black"] = 6, ["Mixed"] = 5, ["Other"] = 5, ["PreferNotToSay"] = 5, ["NotDeclared"] = 5,
    };

    [Fact]
    public void Relative_likelihood_compares_white_with_each_group_and_with_all_minority_groups_as_the_wres_does()
    {
        var table = TakeUpTable.Build(Characteristic.EthnicGroup, new TakeUpCounts(Pool(), Shortlisted, Shortlisted, Appointed), 5, hasPool: true);

        // White 10 of 20 appointed (0.50); Asian 5 of 10 (0.50): 1.00. Black 6 of 8 (0.75): 0.50 / 0.75 = 0.67, flagged.
        var asian = table.Likelihoods.Single(l => l.Key == "Asian");
        Assert.Equal(1m, asian.RelativeLikelihood);
        Assert.False(asian.Flagged);
        var black = table.Likelihoods.Single(l => l.Key == "Black");
        Assert.Equal(0.5m, black.ReferenceLikelihood);
        Assert.Equal(0.75m, black.GroupLikelihood);
        Assert.Equal(0.67m, Math.Round(black.RelativeLikelihood!.Value, 2));
        Assert.True(black.Flagged);

        // BME together: 10 + 8 + 6 + 5 = 29 shortlisted, 5 + 6 + 5 + 5 = 21 appointed: 0.50 / (21 / 29) = 0.69.
        var bme = table.Likelihoods[0];
        Assert.Equal("BME", bme.Key);
        Assert.Equal(0.69m, Math.Round(bme.RelativeLikelihood!.Value, 2));
        Assert.DoesNotContain(table.Likelihoods, l => l.Key is "White" or "PreferNotToSay" or "NotDeclared");
    }

    [Fact]
    public void Take_up_shares_and_rates_are_worked_per_column_and_the_pool_has_no_not_declared_group()
    {
        var table = TakeUpTable.Build(Characteristic.EthnicGroup, new TakeUpCounts(Pool(), Shortlisted, Shortlisted, Appointed), 5, hasPool: true);

        var white = table.Rows.Single(r => r.Key == "White");
        Assert.Equal(600, white.Pool.Count);
        Assert.Equal(0.6m, white.Pool.Share);               // 600 of a pool of 1,000
        Assert.Equal(20m / 60m, white.Shortlisted.Share);    // 20 of 60 shortlisted
        Assert.Equal(10m / 41m, white.Appointed.Share);      // 10 of 41 appointed
        Assert.Equal(0.5m, white.AppointmentRate);           // 10 of 20
        Assert.Equal(1m, white.ShortlistingRate);            // the same counts were given as interest and shortlisting
        Assert.False(table.Rows.Single(r => r.Key == "NotDeclared").Pool.Applies);
        Assert.Equal(1000, table.Total.Pool.Count);
    }

    [Fact]
    public void Small_groups_are_suppressed_with_their_shares_rates_and_likelihoods()
    {
        var interested = new Dictionary<string, int> { ["White"] = 30, ["Asian"] = 12, ["Black"] = 3, ["NotDeclared"] = 9 };
        var shortlisted = new Dictionary<string, int> { ["White"] = 12, ["Asian"] = 6, ["Black"] = 2 };
        var appointed = new Dictionary<string, int> { ["White"] = 6, ["Asian"] = 2 };

        var table = TakeUpTable.Build(Characteristic.EthnicGroup, new TakeUpCounts(Pool(), interested, shortlisted, appointed), 5, hasPool: true);

        var black = table.Rows.Single(r => r.Key == "Black");
        Assert.True(black.Interested.Suppressed);
        Assert.Null(black.Interested.Share);
        Assert.Null(black.ShortlistingRate);
        // Black (3) and the zeros are hidden; they add up to 3, so no single one of them can be told from the total.
        Assert.Equal(9, table.Rows.Single(r => r.Key == "NotDeclared").Interested.Count);
        Assert.Equal(54, table.Total.Interested.Count);
        // Shortlisted: White 12 and Asian 6 shown, Black 2 hidden with the zeros. Appointed: White 6 shown, Asian 2 hidden.
        Assert.Equal(6, table.Rows.Single(r => r.Key == "White").Appointed.Count);
        Assert.True(table.Rows.Single(r => r.Key == "Asian").Appointed.Suppressed);
        Assert.All(table.Likelihoods, l => Assert.Null(l.RelativeLikelihood));
        Assert.All(table.Rows.SelectMany(r => new[] { r.Pool, r.Interested, r.Shortlisted, r.Appointed }).Append(table.Total.Interested),
            cell => Assert.True(cell.Count is null || cell.Count >= 5));
    }

    [Fact]
    public void Without_a_staff_pool_the_pool_column_does_not_apply()
    {
        var table = TakeUpTable.Build(Characteristic.Sex, new TakeUpCounts(new Dictionary<string, int>(), Shortlisted, Shortlisted, Appointed), 5, hasPool: false);

        Assert.All(table.Rows.Append(table.Total), r => Assert.False(r.Pool.Applies));
    }

    private static Dictionary<string, int> Pool() => new()
    {
        ["White"] = 600, ["Asian"] = 200, ["Black"] = 100, ["Mixed"] = 50, ["Other"] = 30, ["PreferNotToSay"] = 20,
    };
}
