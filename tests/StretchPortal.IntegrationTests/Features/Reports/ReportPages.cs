using System.IO.Compression;
using System.Xml.Linq;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;

namespace StretchPortal.IntegrationTests.Features.Reports;

/// <summary>Reading the reports' pages and downloads back: figure tables, list columns, CSV lines and Excel rows.</summary>
internal static class ReportPages
{
    private static readonly XNamespace Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

    public static IElement Table(IHtmlDocument page, string captionStart) =>
        page.QuerySelectorAll("table").Single(t => t.QuerySelector("caption")?.TextContent.Trim().StartsWith(captionStart, StringComparison.Ordinal) == true);

    /// <summary>The number in the <paramref name="cellClass"/> cell (app-count or app-people) of the row labelled <paramref name="label"/>.</summary>
    public static int Number(IElement table, string label, string cellClass)
    {
        var cell = Row(table, label).QuerySelector("td." + cellClass)!;
        var text = cell.QuerySelector("a")?.FirstChild?.TextContent ?? cell.TextContent;
        return int.Parse(text.Trim(), System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>Where the people count of the row labelled <paramref name="label"/> links to.</summary>
    public static string? Link(IElement table, string label) =>
        Row(table, label).QuerySelector("td.app-people a")?.GetAttribute("href");

    public static IElement Row(IElement table, string label) =>
        table.QuerySelectorAll("tbody tr").Single(r => r.QuerySelector("th")!.TextContent.Trim() == label);

    public static List<string> Column(IHtmlDocument page, int index) =>
        page.QuerySelectorAll("#people tbody tr").Select(r => r.QuerySelectorAll("td")[index].TextContent.Trim()).ToList();

    /// <summary>The CSV's lines (without the byte order mark), the header first.</summary>
    public static string[] CsvLines(byte[] bytes) =>
        System.Text.Encoding.UTF8.GetString(bytes[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);

    /// <summary>The workbook's one sheet as rows of cell texts (inline strings or values), the header first.</summary>
    public static List<List<string>> XlsxRows(byte[] bytes)
    {
        using var zip = new ZipArchive(new MemoryStream(bytes));
        var sheet = XDocument.Load(zip.GetEntry("xl/worksheets/sheet1.xml")!.Open());
        var rows = new List<List<string>>();
        foreach (var row in sheet.Descendants(Main + "row"))
        {
            // Empty cells are left out of the sheet: place each cell by its column letter.
            var cells = new List<string>();
            foreach (var cell in row.Elements(Main + "c"))
            {
                var column = cell.Attribute("r")!.Value.TakeWhile(char.IsLetter).Aggregate(0, (n, c) => (n * 26) + (c - 'A' + 1)) - 1;
                while (cells.Count < column)
                {
                    cells.Add("");
                }

                cells.Add(cell.Element(Main + "is")?.Element(Main + "t")?.Value ?? cell.Element(Main + "v")?.Value ?? "");
            }

            rows.Add(cells);
        }

        return rows;
    }

    public static string DisplayName(Enum value) => StretchPortal.Web.Features.Shared.EnumDisplay.DisplayName(value);
}
