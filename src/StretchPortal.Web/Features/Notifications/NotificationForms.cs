using FluentValidation;
using Microsoft.AspNetCore.Mvc.Rendering;
using StretchPortal.Web.Domain;
using StretchPortal.Web.Features.Shared;

namespace StretchPortal.Web.Features.Notifications;

/// <summary>The kinds of notification a person wants emailed; the kinds left unticked are not emailed.</summary>
public sealed class ChooseEmailsForm
{
    public List<NotificationKind> EmailKinds { get; set; } = [];

    /// <summary>The non-essential kinds, labelled with their display names.</summary>
    public static IReadOnlyList<SelectListItem> Choices { get; } = NotificationPreferences.Optional
        .Select(k => new SelectListItem(k.DisplayName(), k.ToString()))
        .ToList();

    /// <summary>The kinds always emailed, for the page to list.</summary>
    public static IReadOnlyList<string> AlwaysSent { get; } = NotificationPreferences.Essential.Select(k => k.DisplayName()).ToList();
}

public sealed class ChooseEmailsFormValidator : AbstractValidator<ChooseEmailsForm>
{
    public ChooseEmailsFormValidator()
    {
        RuleForEach(f => f.EmailKinds)
            .Must(k => NotificationPreferences.Optional.Contains(k))
            .WithMessage("Choose emails from the list");
    }
}
