using System.Globalization;
using System.Text;
using StretchPortal.Web.Domain;
using StretchPortal.Web.Features.Equality;

namespace StretchPortal.Web.Features.EqualityReports;

/// <summary>A staff pool line once read: which group of which organisation, and how many staff.</summary>
public sealed record StaffPoolLine(Guid? OrganisationId, Characteristic Characteristic, string Group, int Count);

/// <summary>
/// Reads a staff pool CSV: a header <c>Characteristic,Group,Organisation,Count</c>, then one line per group (an empty
/// organisation is the whole pool). Every bad line is reported by its number; a file with any problem gives no lines,
/// so nothing is imported until it is clean. Lines naming the same group twice are refused; different NHS ethnic
/// category codes of one broad group are added together.
/// </summary>
public static class StaffPoolCsv
{
    public const string Header = "Characteristic,Group,Organisation,Count";

    public const int MaxCount = 10_000_000;

    public static (IReadOnlyList<StaffPoolLine> Lines, IReadOnlyList<string> Errors) Read(
        string text, IReadOnlyDictionary<string, Guid> organisationsByName)
    {
        var errors = new List<string>();
        var read = new List<StaffPoolLine>();
        var seen = new Dictionary<(Characteristic, string, Guid?), int>();
        var lines = text.TrimStart('\uFEFF').Split('\n');
        var headerFound = false;
        for (var index = 0; index < lines.Length; index++)
        {
            var number = index + 1;
            var line = lines[index].TrimEnd('\r');
            if (line.Trim().Length == 0)
            {
                continue;
            }

            var fields = Fields(line);
            if (!headerFound)
            {
                headerFound = true;
                if (fields is null || !string.Equals(string.Join(',', fields.Select(f => f.Trim())), Header, StringComparison.OrdinalIgnoreCase))
                {
                    errors.Add($"Line {number}: the first line must be the header \"{Header}\"");
                    return ([], errors);
                }

                continue;
            }

            if (fields is null)
            {
                errors.Add($"Line {number}: a quoted field is not closed");
                continue;
            }

            if (fields.Count != 4)
            {
                errors.Add($"Line {number}: expected 4 fields (characteristic, group, organisation, count) but found {fields.Count}");
                continue;
            }

            var problems = new List<string>();
            var characteristic = EqualityGroups.FindCharacteristic(fields[0]);
            EqualityGroup? group = null;
            if (characteristic is null)
            {
                problems.Add($"\"{fields[0].Trim()}\" is not a characteristic (use one of {string.Join(", ", EqualityGroups.Characteristics)})");
            }
            else
            {
                group = EqualityGroups.FindGroup(characteristic.Value, fields[1]);
                if (group is null)
                {
                    problems.Add($"\"{fields[1].Trim()}\" is not a group of {characteristic} (use one of {string.Join(", ", EqualityGroups.For(characteristic.Value).Select(g => g.Key))})");
                }
            }

            Guid? organisationId = null;
            var organisation = fields[2].Trim();
            if (organisation.Length > 0)
            {
                if (organisationsByName.TryGetValue(organisation, out var id))
                {
                    organisationId = id;
                }
                else
                {
                    problems.Add($"\"{organisation}\" is not an organisation in the portal");
                }
            }

            if (!int.TryParse(fields[3].Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var count) || count > MaxCount)
            {
                problems.Add($"the count \"{fields[3].Trim()}\" must be a whole number from 0 to 10,000,000");
            }

            if (problems.Count == 0)
            {
                var sameText = (characteristic!.Value, fields[1].Trim().ToUpperInvariant(), organisationId);
                if (seen.TryGetValue(sameText, out var first))
                {
                    problems.Add($"it repeats the group of line {first}");
                }
                else
                {
                    seen[sameText] = number;
                }
            }

            if (problems.Count > 0)
            {
                errors.Add($"Line {number}: {string.Join("; ", problems)}");
                continue;
            }

            read.Add(new StaffPoolLine(organisationId, characteristic!.Value, group!.Key, count));
        }

        if (!headerFound)
        {
            errors.Add("The file is empty: it needs the header line and at least one line of counts");
        }
        else if (errors.Count == 0 && read.Count == 0)
        {
            errors.Add("The file has a header but no lines of counts");
        }

        if (errors.Count > 0)
        {
            return ([], errors);
        }

        var summed = read
            .GroupBy(l => (l.OrganisationId, l.Characteristic, l.Group))
            .Select(g => new StaffPoolLine(g.Key.OrganisationId, g.Key.Characteristic, g.Key.Group, g.Sum(l => l.Count)))
            .ToList();
        return (summed, []);
    }

    /// <summary>The fields of one CSV line (RFC 4180 quoting); null when a quote is left open.</summary>
    public static List<string>? Fields(string line)
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < line.Length && line[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else
            {
                field.Append(c);
            }
        }

        if (quoted)
        {
            return null;
        }

        fields.Add(field.ToString());
        return fields;
    }
}
