using System.Reflection;

namespace StretchPortal.Web.Security;

/// <summary>
/// The common passwords the portal refuses (OWASP ASVS 5.0 V6.2), read once from the list shipped inside the app
/// (Security/common-passwords.txt, an embedded resource). A password is common when it is on the list, when it has
/// fewer than four different characters, or when, with leetspeak letters turned back and the digits and symbols
/// around it removed, it is a listed word or a listed word repeated ("Sunshine2024!", "P@ssw0rdP@ssw0rd").
/// </summary>
public static class CommonPasswords
{
    private static readonly Lazy<HashSet<string>> List = new(Load);

    public static int Count => List.Value.Count;

    public static bool Contains(string password)
    {
        var lowered = password.ToLowerInvariant();
        if (List.Value.Contains(lowered) || lowered.Distinct().Count() < 4)
        {
            return true;
        }

        var core = lowered.Trim(NotLetters);
        if (core.Length == 0)
        {
            return false;
        }

        return IsListedOrRepeated(core) || IsListedOrRepeated(FromLeetspeak(core).Trim(NotLetters));
    }

    private static readonly char[] NotLetters = "0123456789!\"£$%^&*()-_=+[]{};:'@#~,<.>/?\\|`¬ ".ToCharArray();

    private static bool IsListedOrRepeated(string core)
    {
        if (List.Value.Contains(core))
        {
            return true;
        }

        for (var length = 1; length <= core.Length / 2; length++)
        {
            if (core.Length % length == 0 && List.Value.Contains(core[..length])
                && string.Concat(Enumerable.Repeat(core[..length], core.Length / length)) == core)
            {
                return true;
            }
        }

        return false;
    }

    private static string FromLeetspeak(string text) => string.Create(text.Length, text, (span, source) =>
    {
        for (var i = 0; i < source.Length; i++)
        {
            span[i] = source[i] switch
            {
                '@' or '4' => 'a',
                '0' => 'o',
                '1' or '!' => 'i',
                '3' => 'e',
                '$' or '5' => 's',
                '7' => 't',
                var c => c,
            };
        }
    });

    private static HashSet<string> Load()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("StretchPortal.Web.Security.common-passwords.txt")
            ?? throw new InvalidOperationException("The common-password list is missing from the build.");
        using var reader = new StreamReader(stream);
        var words = new HashSet<string>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0 && !line.StartsWith('#'))
            {
                words.Add(line.Trim().ToLowerInvariant());
            }
        }

        return words;
    }
}
