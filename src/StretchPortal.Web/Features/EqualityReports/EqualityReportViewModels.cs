using Microsoft.AspNetCore.Mvc.Rendering;
using StretchPortal.Web.Domain;

namespace StretchPortal.Web.Features.EqualityReports;

public sealed class TakeUpReportViewModel
{
    public required int Threshold { get; init; }

    public required Guid? OrganisationId { get; init; }

    public required string? OrganisationName { get; init; }

    public required IReadOnlyList<SelectListItem> Organisations { get; init; }

    public required DateTime? PoolImportedAtUtc { get; init; }

    public required IReadOnlyList<CharacteristicTakeUp> Characteristics { get; init; }

    public string ExportUrl(string format) =>
        $"/Reports/Equality/Export?format={format}" + (OrganisationId is { } id ? $"&organisationId={id}" : "");
}

/// <summary>A line of the pool as shown: counts below the suppression threshold are hidden (null) here too.</summary>
public sealed record StaffPoolRow(string Characteristic, string Group, string Organisation, int? Count);

public sealed class StaffPoolViewModel
{
    public required DateTime? ImportedAtUtc { get; init; }

    public required string? ImportedBy { get; init; }

    public required IReadOnlyList<StaffPoolRow> Rows { get; init; }

    /// <summary>The organisations' names as the CSV must give them.</summary>
    public required IReadOnlyList<string> OrganisationNames { get; init; }

    public static IReadOnlyList<(Characteristic Characteristic, IReadOnlyList<string> Groups)> Groups { get; } =
        [.. Equality.EqualityGroups.Characteristics.Select(c => (c, (IReadOnlyList<string>)[.. Equality.EqualityGroups.For(c).Select(g => g.Key)]))];
}
