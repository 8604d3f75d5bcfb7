using FluentValidation;
using Microsoft.AspNetCore.Mvc.Rendering;
using StretchPortal.Web.Domain;
using StretchPortal.Web.Features.Shared;

namespace StretchPortal.Web.Features.OpportunityReports;

/// <summary>A person who left after a development opportunity, found by their email address.</summary>
public sealed class RecordLeaverForm
{
    public string PersonEmail { get; set; } = "";

    public DateOnly? LeftOn { get; set; }

    public LeaverReason? Reason { get; set; }

    public string? Note { get; set; }

    public static IReadOnlyList<SelectListItem> Reasons { get; } =
        [.. Enum.GetValues<LeaverReason>().Select(r => new SelectListItem(r.DisplayName(), r.ToString()))];
}

public sealed class RecordLeaverFormValidator : AbstractValidator<RecordLeaverForm>
{
    public RecordLeaverFormValidator(TimeProvider clock)
    {
        RuleFor(f => f.PersonEmail).NotEmpty().WithMessage("Enter the email address of the person who left")
            .EmailAddress().WithMessage("Enter an email address in the correct format, like name@example.org");
        RuleFor(f => f.LeftOn).NotNull().WithMessage("Enter the date they left")
            .Must(d => d <= DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime).AddDays(1))
            .WithMessage("The date they left must be today or in the past");
        RuleFor(f => f.Reason).NotNull().WithMessage("Choose the reason they left").IsInEnum().WithMessage("Choose the reason they left");
        RuleFor(f => f.Note).MaximumLength(Leaver.NoteMaxLength).WithMessage("The note must be 1,000 characters or fewer");
    }
}
