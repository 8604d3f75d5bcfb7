using StretchPortal.Web.Domain;

namespace StretchPortal.Web.Features.Organisations;

/// <summary>One organisation in the list.</summary>
public sealed record OrganisationRowViewModel(Guid Id, string Name, NhsRegion? Region, bool IsArchived);
