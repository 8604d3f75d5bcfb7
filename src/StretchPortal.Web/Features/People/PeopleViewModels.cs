using Microsoft.AspNetCore.Mvc.Rendering;
using StretchPortal.Web.Domain;

namespace StretchPortal.Web.Features.People;

/// <summary>One page of the people list, with the search that chose them.</summary>
public sealed class PeopleListViewModel
{
    public string? Search { get; init; }

    public int Page { get; init; }

    public int PageCount { get; init; }

    public int Total { get; init; }

    public IReadOnlyList<PersonRowViewModel> Rows { get; init; } = [];

    public int FirstShown => Rows.Count == 0 ? 0 : ((Page - 1) * PeopleService.PageSize) + 1;

    public int LastShown => FirstShown + Rows.Count - 1;
}

public sealed record PersonRowViewModel(
    string Id, string FullName, string? Email, string? Organisation, IReadOnlyList<string> Roles, bool IsActive)
{
    /// <summary>Erased under the right to erasure: the row keeps only placeholders (see <see cref="ErasureService"/>).</summary>
    public bool IsErased => ErasureService.IsErased(Id, Email);
}

/// <summary>One person as an administrator sees them, with the roles form.</summary>
public sealed class PersonDetailsViewModel
{
    public string Id { get; init; } = "";

    public string FullName { get; init; } = "";

    public string? Email { get; init; }

    public bool EmailConfirmed { get; init; }

    public string? JobTitle { get; init; }

    public string? Organisation { get; init; }

    public NhsRegion? Region { get; init; }

    public bool IsActive { get; init; }

    public DateTime CreatedAt { get; init; }

    /// <summary>The roles held now; the roles form's checkboxes are bound to this name.</summary>
    public IReadOnlyList<string> Roles { get; set; } = [];

    /// <summary>The administrator is looking at their own account.</summary>
    public bool IsSelf { get; set; }

    /// <summary>Erased under the right to erasure: nothing about the account can change again.</summary>
    public bool IsErased => ErasureService.IsErased(Id, Email);

    public IReadOnlyList<SelectListItem> RoleChoices { get; } =
        Security.Roles.All.Select(r => new SelectListItem(Security.Roles.DisplayName(r), r)).ToList();
}

/// <summary>The erasure confirmation page: who is about to be erased, and the reason being entered.</summary>
public sealed record ErasePersonViewModel(PersonDetailsViewModel Person, ErasePersonForm Form)
{
    public string? Reason => Form.Reason;
}
