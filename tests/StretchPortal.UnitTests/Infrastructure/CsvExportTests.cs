using System.Text;
using StretchPortal.Web.Infrastructure.Exports;

namespace StretchPortal.UnitTests.Infrastructure;

/// <summary>CSV cells: RFC 4180 quoting, and formulas turned into text so a spreadsheet never runs them.</summary>
public sealed class CsvExportTests
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
        Assert.Equal(expected, CsvExport.Cell(value));

    [Fact]
    public void A_table_is_a_header_row_and_its_rows_with_numbers_and_dates_in_invariant_form()
    {
        var table = new ExportTable("People", ["Name", "Weeks", "Hours", "Since"],
            [["Amara, O", 3, 1.5m, new DateOnly(2026, 3, 9)], ["Ben", 0, null, null]]);

        var text = Encoding.UTF8.GetString(CsvExport.Write(table));

        Assert.Equal("\uFEFFName,Weeks,Hours,Since\r\n\"Amara, O\",3,1.5,2026-03-09\r\nBen,0,,\r\n", text);
    }
}
