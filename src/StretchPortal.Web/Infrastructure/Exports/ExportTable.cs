namespace StretchPortal.Web.Infrastructure.Exports;

/// <summary>
/// A list or report as rows of cells, ready to download as CSV or Excel. Cells are strings, numbers
/// (<see cref="int"/>, <see cref="long"/>, <see cref="decimal"/>, <see cref="double"/>), dates
/// (<see cref="DateOnly"/>, <see cref="DateTime"/>) or null for an empty cell.
/// </summary>
public sealed record ExportTable(string Title, IReadOnlyList<string> Headers, IReadOnlyList<IReadOnlyList<object?>> Rows);

public enum ExportFormat
{
    Csv,
    Xlsx,
}
