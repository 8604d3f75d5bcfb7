namespace StretchPortal.Web.Features.IcsPriorities;

/// <summary>One ICS priority in the list.</summary>
public sealed record IcsPriorityRowViewModel(Guid Id, string Name, string? Description, bool IsArchived);
