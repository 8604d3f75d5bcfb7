using System.Globalization;
using System.Text;
using StretchPortal.Web.Features.Shared;

namespace StretchPortal.Web.Features.Reports;

/// <summary>
/// The drill-down list as CSV (RFC 4180: a header row, CRLF line ends, fields with commas, quotes or line breaks
/// quoted). A cell that begins with = + - @ (or a tab or carriage return) gets a leading single quote so that a
/// spreadsheet shows it as text instead of running it as a formula.
/// </summary>
public static class PeopleCsv
{
    public static readonly IReadOnlyList<string> Header =
        ["Mentee", "Mentor", "Assignment", "Assignment status", "Weeks overdue", "Hours over", "Last activity"];

    public static byte[] Write(IEnumerable<MenteeStanding> people)
    {
        var text = new StringBuilder();
        Line(text, Header);
        foreach (var m in people)
        {
            Line(text, [
                m.Mentee,
                m.Mentor ?? "",
                m.AssignmentTitle ?? "",
                m.AssignmentStatus?.DisplayName() ?? "",
                m.WeeksOverdue.ToString(CultureInfo.InvariantCulture),
                m.HoursOver.ToString("0.#", CultureInfo.InvariantCulture),
                m.LastActivity?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "",
            ]);
        }

        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text.ToString())];
    }

    public static string Cell(string value)
    {
        var safe = value.Length > 0 && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + value : value;
        return safe.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + safe.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : safe;
    }

    private static void Line(StringBuilder text, IEnumerable<string> cells) =>
        text.Append(string.Join(',', cells.Select(Cell))).Append("\r\n");
}
