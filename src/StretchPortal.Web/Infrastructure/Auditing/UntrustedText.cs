using System.Globalization;
using System.Text;

namespace StretchPortal.Web.Infrastructure.Auditing;

/// <summary>
/// The one sanitiser for text that reaches the audit trail or the logs: characters that could start a new line or
/// disguise one (control characters such as CR and LF, the Unicode line and paragraph separators, bidirectional
/// overrides and isolates) are written as visible escapes (<c>\r</c>, <c>\n</c>, <c>\t</c>, <c>\u2028</c>), so a
/// value typed into a form can never forge a second entry or hide what it says. The backslash itself is left alone:
/// an escape made by input reads as what it is, because the characters it would stand for never pass unescaped.
/// </summary>
public static class UntrustedText
{
    public static string Neutralise(string value)
    {
        if (!NeedsEscaping(value))
        {
            return value;
        }

        var safe = new StringBuilder(value.Length + 16);
        foreach (var c in value)
        {
            if (!IsUnsafe(c))
            {
                safe.Append(c);
                continue;
            }

            safe.Append(c switch
            {
                '\r' => "\\r",
                '\n' => "\\n",
                '\t' => "\\t",
                _ => "\\u" + ((int)c).ToString("x4", CultureInfo.InvariantCulture),
            });
        }

        return safe.ToString();
    }

    public static string? NeutraliseOrNull(string? value) => value is null ? null : Neutralise(value);

    /// <summary>Neutralised and cut to <paramref name="maxLength"/> characters (for fixed-width audit columns).</summary>
    public static string Neutralise(string value, int maxLength)
    {
        var safe = Neutralise(value);
        return safe.Length <= maxLength ? safe : safe[..maxLength];
    }

    public static bool NeedsEscaping(string value)
    {
        foreach (var c in value)
        {
            if (IsUnsafe(c))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsUnsafe(char c) =>
        char.IsControl(c)                    // C0 and C1 controls: CR, LF, TAB, ESC, NEL (U+0085)...
        || c is '\u2028' or '\u2029'         // line and paragraph separators
        || c is >= '\u202A' and <= '\u202E'  // bidi embeddings and overrides
        || c is >= '\u2066' and <= '\u2069'  // bidi isolates
        || c is '\u200E' or '\u200F' or '\u061C'; // directional marks
}
