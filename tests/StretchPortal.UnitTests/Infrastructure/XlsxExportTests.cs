using System.IO.Compression;
using System.Xml.Linq;
using StretchPortal.Web.Infrastructure.Exports;

namespace StretchPortal.UnitTests.Infrastructure;

/// <summary>The workbook is read back as Excel would: the package parts, then the sheet's cells.</summary>
public sealed class XlsxExportTests
{
    private static readonly XNamespace Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

    [Fact]
    public void Cells_keep_their_kind_text_number_and_date()
    {
        var table = new ExportTable("Cohort 1: people", ["Name", "Weeks", "Since"],
            [["=1+2 <b>", 3, new DateOnly(2026, 3, 9)], ["Ben", 1.5m, null]]);

        var cells = ReadCells(XlsxExport.Write(table));

        Assert.Equal("Name", cells["A1"].Text);
        Assert.Equal("=1+2 <b>", cells["A2"].Text);
        Assert.Null(cells["A2"].Formula);
        Assert.Equal("3", cells["B2"].Value);
        Assert.Equal("1.5", cells["B3"].Value);
        Assert.Equal(new DateOnly(2026, 3, 9).ToDateTime(TimeOnly.MinValue).ToOADate().ToString(System.Globalization.CultureInfo.InvariantCulture), cells["C2"].Value);
        Assert.False(cells.ContainsKey("C3"));
    }

    [Fact]
    public void The_package_declares_the_workbook_and_a_valid_sheet_name()
    {
        using var zip = new ZipArchive(new MemoryStream(XlsxExport.Write(new ExportTable("A/B [1]: *x?", ["H"], []))));

        Assert.NotNull(zip.GetEntry("[Content_Types].xml"));
        Assert.NotNull(zip.GetEntry("_rels/.rels"));
        Assert.NotNull(zip.GetEntry("xl/styles.xml"));
        var workbook = XDocument.Load(zip.GetEntry("xl/workbook.xml")!.Open());
        Assert.Equal("AB 1 x", workbook.Descendants(Main + "sheet").Single().Attribute("name")?.Value);
    }

    [Fact]
    public void Control_characters_are_dropped_and_other_text_survives()
    {
        var cells = ReadCells(XlsxExport.Write(new ExportTable("T", ["H"], [["a\u0001b\u000Bc 😀 é"]])));

        Assert.Equal("abc 😀 é", cells["A2"].Text);
    }

    [Fact]
    public void A_long_title_is_cut_to_the_31_characters_Excel_allows() =>
        Assert.Equal(31, XlsxExport.SheetName(new string('x', 40)).Length);

    private static Dictionary<string, (string? Text, string? Value, string? Formula)> ReadCells(byte[] file)
    {
        using var zip = new ZipArchive(new MemoryStream(file));
        var sheet = XDocument.Load(zip.GetEntry("xl/worksheets/sheet1.xml")!.Open());
        return sheet.Descendants(Main + "c").ToDictionary(
            c => c.Attribute("r")!.Value,
            c => (c.Element(Main + "is")?.Element(Main + "t")?.Value, c.Element(Main + "v")?.Value, c.Element(Main + "f")?.Value));
    }
}
