using StretchPortal.Web.Domain;
using StretchPortal.Web.Features.EqualityReports;

namespace StretchPortal.UnitTests.Features.Equality;

public sealed class StaffPoolCsvTests
{
    private static readonly Guid Icb = Guid.CreateVersion7();

    private static readonly Dictionary<string, Guid> Organisations = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Leicester, Leicestershire and Rutland ICB"] = Icb,
    };

    [Fact]
    public void A_clean_file_gives_its_groups_with_ethnic_category_codes_added_into_their_broad_group()
    {
        const string csv = "\uFEFFCharacteristic,Group,Organisation,Count\r\n"
            + "EthnicGroup,A,\"Leicester, Leicestershire and Rutland ICB\",100\r\n"
            + "EthnicGroup,C,\"Leicester, Leicestershire and Rutland ICB\",20\r\n"
            + "Ethnic group,Asian or Asian British,\"Leicester, Leicestershire and Rutland ICB\",40\r\n"
            + "\r\n"
            + "sex,female,,500\r\n";

        var (lines, errors) = StaffPoolCsv.Read(csv, Organisations);

        Assert.Empty(errors);
        Assert.Equal(
            [
                new StaffPoolLine(Icb, Characteristic.EthnicGroup, "White", 120),
                new StaffPoolLine(Icb, Characteristic.EthnicGroup, "Asian", 40),
                new StaffPoolLine(null, Characteristic.Sex, "Female", 500),
            ],
            lines);
    }

    [Fact]
    public void Every_bad_line_is_reported_by_its_number_and_nothing_is_read()
    {
        const string csv = "Characteristic,Group,Organisation,Count\n"
            + "EthnicGroup,White,,100\n"
            + "Height,Tall,,3\n"
            + "Sex,Female,Nowhere Trust,-4\n"
            + "Disability,Yes,,\n"
            + "EthnicGroup,White,,7\n"
            + "Religion,Islam,\"Leicester, Leicestershire and Rutland ICB,12\n"
            + "AgeBand,From25To34,12\n";

        var (lines, errors) = StaffPoolCsv.Read(csv, Organisations);

        Assert.Empty(lines);
        Assert.Equal(6, errors.Count);
        Assert.StartsWith("Line 3: \"Height\" is not a characteristic", errors[0], StringComparison.Ordinal);
        Assert.Equal("Line 4: \"Nowhere Trust\" is not an organisation in the portal; the count \"-4\" must be a whole number from 0 to 10,000,000", errors[1]);
        Assert.StartsWith("Line 5: the count \"\" must be", errors[2], StringComparison.Ordinal);
        Assert.Equal("Line 6: it repeats the group of line 2", errors[3]);
        Assert.Equal("Line 7: a quoted field is not closed", errors[4]);
        Assert.StartsWith("Line 8: expected 4 fields", errors[5], StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_without_the_header_or_without_counts_is_refused()
    {
        Assert.Equal(["Line 1: the first line must be the header \"Characteristic,Group,Organisation,Count\""],
            StaffPoolCsv.Read("EthnicGroup,White,,100\n", Organisations).Errors);
        Assert.Equal(["The file has a header but no lines of counts"], StaffPoolCsv.Read("Characteristic,Group,Organisation,Count\n", Organisations).Errors);
        Assert.Single(StaffPoolCsv.Read("", Organisations).Errors);
    }
}
