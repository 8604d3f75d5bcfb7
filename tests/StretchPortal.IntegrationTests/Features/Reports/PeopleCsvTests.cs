using StretchPortal.Web.Features.Reports;

namespace StretchPortal.IntegrationTests.Features.Reports;

/// <summary>CSV cells: RFC 4180 quoting, and formulas turned into text so a spreadsheet never runs them.</summary>
public sealed class PeopleCsvTests
{
    [Theory]
    [InlineData("Amara Okafor", "Amara Okafor")]
    [InlineData("Triage, phase 2", "\"Triage, phase 2\"")]
    [InlineData("The \"new\" pathway", "\"The \"\"new\"\" pathway\"")]
    [InlineData("Two\r\nlines", "\"Two\r\nlines\"")]
    [InlineData("=1+2", "'=1+2")]
    [InlineData("+44 116", "'+44 116")]
    [InlineData("-2+3", "'-2+3")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("=HYPERLINK(\"http://x\",\"y\")", "\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"")]
    [InlineData("", "")]
    public void A_cell_is_quoted_when_it_must_be_and_never_starts_a_formula(string value, string expected) =>
        Assert.Equal(expected, PeopleCsv.Cell(value));
}
