namespace StretchPortal.Web.Features.PdrObjectives;

/// <summary>One PDR year's objectives, for the list.</summary>
public sealed record PdrYearViewModel(string Year, IReadOnlyList<PdrObjectiveRowViewModel> Objectives);

/// <summary>One objective in the list, with how many stretch assignments link to it.</summary>
public sealed record PdrObjectiveRowViewModel(Guid Id, string Title, string? Description, int LinkedAssignments);
