using StretchPortal.Web.Domain;
using StretchPortal.Web.Features.Shared;

namespace StretchPortal.Web.Features.Equality;

/// <summary>A group a report counts people in, named by a stable key (what the staff pool CSV may also use).</summary>
public sealed record EqualityGroup(string Key, string Label);

/// <summary>
/// The groups reports count people in, for each characteristic, in the order reports show them. Ethnic groups are
/// reported by the NHS Data Dictionary's broad groups (White, Mixed, Asian, Black, Other), since the sixteen detailed
/// categories would leave nearly every figure suppressed; every other characteristic by its answers. People with no
/// declaration count in <see cref="NotDeclared"/>. Each characteristic has a reference group for relative likelihood
/// (White as in the WRES, not disabled as in the WDES).
/// </summary>
public static class EqualityGroups
{
    public const string NotDeclared = "NotDeclared";

    public const string NotDeclaredLabel = "Not declared";

    /// <summary>The WRES comparison group: every minority ethnic group together (Mixed, Asian, Black, Other).</summary>
    public const string BlackAndMinorityEthnic = "BME";

    public const string BlackAndMinorityEthnicLabel = "Black and minority ethnic (all)";

    private const string PreferNotToSay = "PreferNotToSay";

    private static readonly Dictionary<Characteristic, IReadOnlyList<EqualityGroup>> Groups = new()
    {
        [Characteristic.EthnicGroup] =
        [
            new("White", "White"),
            new("Mixed", "Mixed or multiple ethnic groups"),
            new("Asian", "Asian or Asian British"),
            new("Black", "Black or Black British"),
            new("Other", "Other ethnic groups (including Chinese)"),
            new(PreferNotToSay, "Prefer not to say or not stated"),
        ],
        [Characteristic.Sex] = FromEnum<Sex>(),
        [Characteristic.Disability] = [new("Yes", "Disabled"), new("No", "Not disabled"), new(PreferNotToSay, "Prefer not to say")],
        [Characteristic.AgeBand] = FromEnum<AgeBand>(),
        [Characteristic.SexualOrientation] = FromEnum<SexualOrientation>(),
        [Characteristic.Religion] = FromEnum<Religion>(),
    };

    private static readonly Dictionary<Characteristic, string> References = new()
    {
        [Characteristic.EthnicGroup] = "White",
        [Characteristic.Sex] = nameof(Sex.Male),
        [Characteristic.Disability] = nameof(Disability.No),
        [Characteristic.AgeBand] = nameof(AgeBand.From35To44),
        [Characteristic.SexualOrientation] = nameof(SexualOrientation.Heterosexual),
        [Characteristic.Religion] = nameof(Religion.Christianity),
    };

    public static IReadOnlyList<Characteristic> Characteristics { get; } = Enum.GetValues<Characteristic>();

    /// <summary>The groups of a characteristic, without <see cref="NotDeclared"/>.</summary>
    public static IReadOnlyList<EqualityGroup> For(Characteristic characteristic) => Groups[characteristic];

    /// <summary>The group relative likelihood compares every other group with.</summary>
    public static string ReferenceOf(Characteristic characteristic) => References[characteristic];

    /// <summary>Groups that are no group: "prefer not to say" and "not declared", left out of relative likelihood.</summary>
    public static bool IsUnknown(string key) => key is PreferNotToSay or NotDeclared;

    public static string Label(Characteristic characteristic, string key) =>
        key == NotDeclared ? NotDeclaredLabel
        : key == BlackAndMinorityEthnic ? BlackAndMinorityEthnicLabel
        : Groups[characteristic].FirstOrDefault(g => g.Key == key)?.Label ?? key;

    /// <summary>The group a person's answer puts them in; <see cref="NotDeclared"/> when they have no declaration.</summary>
    public static string KeyOf(Characteristic characteristic, EqualityAnswers? answers) => answers is null ? NotDeclared : characteristic switch
    {
        Characteristic.EthnicGroup => BroadGroup(answers.EthnicGroup),
        Characteristic.Sex => answers.Sex.ToString(),
        Characteristic.Disability => answers.Disability.ToString(),
        Characteristic.AgeBand => answers.AgeBand.ToString(),
        Characteristic.SexualOrientation => answers.SexualOrientation.ToString(),
        Characteristic.Religion => answers.Religion.ToString(),
        _ => throw new ArgumentOutOfRangeException(nameof(characteristic)),
    };

    /// <summary>The NHS Data Dictionary's broad group of an ethnic category (by its code letter).</summary>
    public static string BroadGroup(EthnicGroup group) => (char)group switch
    {
        'A' or 'B' or 'C' => "White",
        'D' or 'E' or 'F' or 'G' => "Mixed",
        'H' or 'J' or 'K' or 'L' => "Asian",
        'M' or 'N' or 'P' => "Black",
        'R' or 'S' => "Other",
        _ => PreferNotToSay,
    };

    /// <summary>A characteristic named in a CSV: its key or its name as the portal shows it, in any case.</summary>
    public static Characteristic? FindCharacteristic(string text) =>
        Characteristics.Cast<Characteristic?>().FirstOrDefault(c =>
            string.Equals(c.ToString(), text.Trim(), StringComparison.OrdinalIgnoreCase)
            || string.Equals(c!.Value.DisplayName(), text.Trim(), StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// A group named in a CSV: its key or label in any case; for ethnic groups also an NHS ethnic category code
    /// (A to S, or Z), counted in its broad group.
    /// </summary>
    public static EqualityGroup? FindGroup(Characteristic characteristic, string text)
    {
        var name = text.Trim();
        if (characteristic == Characteristic.EthnicGroup && name.Length == 1 && char.IsAsciiLetter(name[0])
            && Enum.IsDefined(typeof(EthnicGroup), (int)char.ToUpperInvariant(name[0])))
        {
            var key = BroadGroup((EthnicGroup)char.ToUpperInvariant(name[0]));
            return Groups[characteristic].Single(g => g.Key == key);
        }

        return Groups[characteristic].FirstOrDefault(g =>
            string.Equals(g.Key, name, StringComparison.OrdinalIgnoreCase) || string.Equals(g.Label, name, StringComparison.OrdinalIgnoreCase));
    }

    private static IReadOnlyList<EqualityGroup> FromEnum<T>()
        where T : struct, Enum =>
        [.. Enum.GetValues<T>().Select(v => new EqualityGroup(v.ToString(), v.DisplayName()))];
}
