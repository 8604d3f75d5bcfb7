using Microsoft.AspNetCore.Mvc;

namespace StretchPortal.Web.Infrastructure.Exports;

public static class ExportResults
{
    /// <summary>The table as a download in the format asked for, named <c>fileName.csv</c> or <c>fileName.xlsx</c>.</summary>
    public static FileContentResult Export(this ControllerBase controller, ExportTable table, ExportFormat format, string fileName) =>
        format == ExportFormat.Xlsx
            ? controller.File(XlsxExport.Write(table), XlsxExport.ContentType, fileName + ".xlsx")
            : controller.File(CsvExport.Write(table), CsvExport.ContentType, fileName + ".csv");
}
