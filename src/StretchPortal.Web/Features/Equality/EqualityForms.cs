using FluentValidation;
using Microsoft.AspNetCore.Mvc.Rendering;
using StretchPortal.Web.Domain;
using StretchPortal.Web.Features.Shared;

namespace StretchPortal.Web.Features.Equality;

/// <summary>A person's own equality monitoring answers. Every question must be answered, "prefer not to say" included.</summary>
public sealed class DeclareEqualityForm
{
    public EthnicGroup? EthnicGroup { get; set; }

    public Sex? Sex { get; set; }

    public Disability? Disability { get; set; }

    public AgeBand? AgeBand { get; set; }

    public SexualOrientation? SexualOrientation { get; set; }

    public Religion? Religion { get; set; }

    /// <summary>The declaration's version as the person last saw it; empty when they have none yet.</summary>
    public Guid? Version { get; set; }

    public EqualityAnswers Answers() =>
        new(EthnicGroup!.Value, Sex!.Value, Disability!.Value, AgeBand!.Value, SexualOrientation!.Value, Religion!.Value);

    public static IReadOnlyList<SelectListItem> Choices<T>()
        where T : struct, Enum =>
        [.. Enum.GetValues<T>().Select(v => new SelectListItem(v.DisplayName(), v.ToString()))];
}

public sealed class DeclareEqualityFormValidator : AbstractValidator<DeclareEqualityForm>
{
    public DeclareEqualityFormValidator()
    {
        RuleFor(f => f.EthnicGroup).NotNull().WithMessage("Choose your ethnic group, or prefer not to say").IsInEnum().WithMessage("Choose your ethnic group, or prefer not to say");
        RuleFor(f => f.Sex).NotNull().WithMessage("Choose your sex, or prefer not to say").IsInEnum().WithMessage("Choose your sex, or prefer not to say");
        RuleFor(f => f.Disability).NotNull().WithMessage("Choose whether you consider yourself to have a disability, or prefer not to say").IsInEnum().WithMessage("Choose whether you consider yourself to have a disability, or prefer not to say");
        RuleFor(f => f.AgeBand).NotNull().WithMessage("Choose your age band, or prefer not to say").IsInEnum().WithMessage("Choose your age band, or prefer not to say");
        RuleFor(f => f.SexualOrientation).NotNull().WithMessage("Choose your sexual orientation, or prefer not to say").IsInEnum().WithMessage("Choose your sexual orientation, or prefer not to say");
        RuleFor(f => f.Religion).NotNull().WithMessage("Choose your religion or belief, or prefer not to say").IsInEnum().WithMessage("Choose your religion or belief, or prefer not to say");
    }
}
