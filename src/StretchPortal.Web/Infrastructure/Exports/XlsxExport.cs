using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Xml;

namespace StretchPortal.Web.Infrastructure.Exports;

/// <summary>
/// A one-sheet Excel workbook (Office Open XML SpreadsheetML) written directly: text as inline strings (never
/// formulas), numbers as numbers, dates as dates, a bold frozen header row. Characters XML cannot carry (control
/// characters) are dropped.
/// </summary>
public static class XlsxExport
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private const string Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private const string Relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private const string PackageRelationships = "http://schemas.openxmlformats.org/package/2006/relationships";
    private const int DateStyle = 1;
    private const int DateTimeStyle = 2;
    private const int HeaderStyle = 3;

    public static byte[] Write(ExportTable table)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            Part(zip, "[Content_Types].xml", ContentTypes);
            Part(zip, "_rels/.rels", RootRelationships);
            Part(zip, "xl/workbook.xml", xml => Workbook(xml, table.Title));
            Part(zip, "xl/_rels/workbook.xml.rels", WorkbookRelationships);
            Part(zip, "xl/styles.xml", Styles);
            Part(zip, "xl/worksheets/sheet1.xml", xml => Sheet(xml, table));
        }

        return buffer.ToArray();
    }

    /// <summary>The sheet name Excel accepts: at most 31 characters, none of <c>[ ] : * ? / \</c>.</summary>
    public static string SheetName(string title)
    {
        var name = new string(title.Where(c => "[]:*?/\\".IndexOf(c, StringComparison.Ordinal) < 0 && !char.IsControl(c)).ToArray()).Trim();
        name = name.Length > 31 ? name[..31] : name;
        return name.Length == 0 ? "Sheet1" : name;
    }

    private static void Part(ZipArchive zip, string name, Action<XmlWriter> write)
    {
        using var stream = zip.CreateEntry(name, CompressionLevel.Fastest).Open();
        using var xml = XmlWriter.Create(stream, new XmlWriterSettings { Encoding = new UTF8Encoding(false) });
        xml.WriteStartDocument(standalone: true);
        write(xml);
        xml.WriteEndDocument();
    }

    private static void ContentTypes(XmlWriter xml)
    {
        const string ns = "http://schemas.openxmlformats.org/package/2006/content-types";
        xml.WriteStartElement("Types", ns);
        Default(xml, ns, "rels", "application/vnd.openxmlformats-package.relationships+xml");
        Default(xml, ns, "xml", "application/xml");
        Override(xml, ns, "/xl/workbook.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml");
        Override(xml, ns, "/xl/worksheets/sheet1.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml");
        Override(xml, ns, "/xl/styles.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml");
        xml.WriteEndElement();

        static void Default(XmlWriter xml, string ns, string extension, string type)
        {
            xml.WriteStartElement("Default", ns);
            xml.WriteAttributeString("Extension", extension);
            xml.WriteAttributeString("ContentType", type);
            xml.WriteEndElement();
        }

        static void Override(XmlWriter xml, string ns, string part, string type)
        {
            xml.WriteStartElement("Override", ns);
            xml.WriteAttributeString("PartName", part);
            xml.WriteAttributeString("ContentType", type);
            xml.WriteEndElement();
        }
    }

    private static void RootRelationships(XmlWriter xml)
    {
        xml.WriteStartElement("Relationships", PackageRelationships);
        Relationship(xml, "rId1", Relationships + "/officeDocument", "xl/workbook.xml");
        xml.WriteEndElement();
    }

    private static void WorkbookRelationships(XmlWriter xml)
    {
        xml.WriteStartElement("Relationships", PackageRelationships);
        Relationship(xml, "rId1", Relationships + "/worksheet", "worksheets/sheet1.xml");
        Relationship(xml, "rId2", Relationships + "/styles", "styles.xml");
        xml.WriteEndElement();
    }

    private static void Relationship(XmlWriter xml, string id, string type, string target)
    {
        xml.WriteStartElement("Relationship", PackageRelationships);
        xml.WriteAttributeString("Id", id);
        xml.WriteAttributeString("Type", type);
        xml.WriteAttributeString("Target", target);
        xml.WriteEndElement();
    }

    private static void Workbook(XmlWriter xml, string title)
    {
        xml.WriteStartElement("workbook", Main);
        xml.WriteAttributeString("xmlns", "r", null, Relationships);
        xml.WriteStartElement("sheets", Main);
        xml.WriteStartElement("sheet", Main);
        xml.WriteAttributeString("name", SheetName(title));
        xml.WriteAttributeString("sheetId", "1");
        xml.WriteAttributeString("id", Relationships, "rId1");
        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteEndElement();
    }

    private static void Styles(XmlWriter xml)
    {
        xml.WriteStartElement("styleSheet", Main);
        xml.WriteStartElement("numFmts", Main);
        xml.WriteAttributeString("count", "2");
        NumberFormat(xml, "164", "d mmmm yyyy");
        NumberFormat(xml, "165", "d mmmm yyyy hh:mm");
        xml.WriteEndElement();
        xml.WriteStartElement("fonts", Main);
        xml.WriteAttributeString("count", "2");
        xml.WriteStartElement("font", Main);
        xml.WriteEndElement();
        xml.WriteStartElement("font", Main);
        xml.WriteElementString("b", Main, null);
        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteStartElement("fills", Main);
        xml.WriteAttributeString("count", "2");
        Fill(xml, "none");
        Fill(xml, "gray125");
        xml.WriteEndElement();
        xml.WriteStartElement("borders", Main);
        xml.WriteAttributeString("count", "1");
        xml.WriteStartElement("border", Main);
        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteStartElement("cellStyleXfs", Main);
        xml.WriteAttributeString("count", "1");
        CellFormat(xml, "0", "0");
        xml.WriteEndElement();
        xml.WriteStartElement("cellXfs", Main);
        xml.WriteAttributeString("count", "4");
        CellFormat(xml, "0", "0");
        CellFormat(xml, "164", "0");
        CellFormat(xml, "165", "0");
        CellFormat(xml, "0", "1");
        xml.WriteEndElement();
        xml.WriteEndElement();

        static void NumberFormat(XmlWriter xml, string id, string code)
        {
            xml.WriteStartElement("numFmt", Main);
            xml.WriteAttributeString("numFmtId", id);
            xml.WriteAttributeString("formatCode", code);
            xml.WriteEndElement();
        }

        static void Fill(XmlWriter xml, string pattern)
        {
            xml.WriteStartElement("fill", Main);
            xml.WriteStartElement("patternFill", Main);
            xml.WriteAttributeString("patternType", pattern);
            xml.WriteEndElement();
            xml.WriteEndElement();
        }

        static void CellFormat(XmlWriter xml, string numberFormat, string font)
        {
            xml.WriteStartElement("xf", Main);
            xml.WriteAttributeString("numFmtId", numberFormat);
            xml.WriteAttributeString("fontId", font);
            xml.WriteAttributeString("fillId", "0");
            xml.WriteAttributeString("borderId", "0");
            if (numberFormat != "0")
            {
                xml.WriteAttributeString("applyNumberFormat", "1");
            }

            if (font != "0")
            {
                xml.WriteAttributeString("applyFont", "1");
            }

            xml.WriteEndElement();
        }
    }

    private static void Sheet(XmlWriter xml, ExportTable table)
    {
        xml.WriteStartElement("worksheet", Main);
        xml.WriteStartElement("sheetViews", Main);
        xml.WriteStartElement("sheetView", Main);
        xml.WriteAttributeString("workbookViewId", "0");
        xml.WriteStartElement("pane", Main);
        xml.WriteAttributeString("ySplit", "1");
        xml.WriteAttributeString("topLeftCell", "A2");
        xml.WriteAttributeString("activePane", "bottomLeft");
        xml.WriteAttributeString("state", "frozen");
        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteStartElement("sheetData", Main);
        Row(xml, 1, table.Headers, HeaderStyle);
        var number = 2;
        foreach (var row in table.Rows)
        {
            Row(xml, number++, row, style: null);
        }

        xml.WriteEndElement();
        xml.WriteEndElement();
    }

    private static void Row(XmlWriter xml, int number, IEnumerable<object?> cells, int? style)
    {
        xml.WriteStartElement("row", Main);
        xml.WriteAttributeString("r", number.ToString(CultureInfo.InvariantCulture));
        var column = 0;
        foreach (var value in cells)
        {
            var reference = ColumnName(column++) + number.ToString(CultureInfo.InvariantCulture);
            if (value is not null)
            {
                Cell(xml, reference, value, style);
            }
        }

        xml.WriteEndElement();
    }

    private static void Cell(XmlWriter xml, string reference, object value, int? style)
    {
        xml.WriteStartElement("c", Main);
        xml.WriteAttributeString("r", reference);
        switch (value)
        {
            case DateOnly date:
                Numeric(xml, date.ToDateTime(TimeOnly.MinValue).ToOADate(), DateStyle);
                break;
            case DateTime time:
                Numeric(xml, time.ToOADate(), DateTimeStyle);
                break;
            case int or long or decimal or double or float or short:
                Numeric(xml, Convert.ToDouble(value, CultureInfo.InvariantCulture), style);
                break;
            default:
                if (style is { } s)
                {
                    xml.WriteAttributeString("s", s.ToString(CultureInfo.InvariantCulture));
                }

                xml.WriteAttributeString("t", "inlineStr");
                xml.WriteStartElement("is", Main);
                xml.WriteStartElement("t", Main);
                xml.WriteAttributeString("xml", "space", null, "preserve");
                xml.WriteString(XmlSafe(value.ToString() ?? ""));
                xml.WriteEndElement();
                xml.WriteEndElement();
                break;
        }

        xml.WriteEndElement();
    }

    private static void Numeric(XmlWriter xml, double number, int? style)
    {
        if (style is { } s)
        {
            xml.WriteAttributeString("s", s.ToString(CultureInfo.InvariantCulture));
        }

        xml.WriteElementString("v", Main, number.ToString("R", CultureInfo.InvariantCulture));
    }

    private static string ColumnName(int index)
    {
        var name = "";
        for (var n = index + 1; n > 0; n = (n - 1) / 26)
        {
            name = (char)('A' + ((n - 1) % 26)) + name;
        }

        return name;
    }

    private static string XmlSafe(string text)
    {
        var kept = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (i + 1 < text.Length && XmlConvert.IsXmlSurrogatePair(text[i + 1], text[i]))
            {
                kept.Append(text, i++, 2);
            }
            else if (XmlConvert.IsXmlChar(text[i]))
            {
                kept.Append(text[i]);
            }
        }

        return kept.ToString();
    }
}
