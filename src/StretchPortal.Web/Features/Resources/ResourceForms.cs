using FluentValidation;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ModelBinding.Validation;
using Microsoft.AspNetCore.Mvc.Rendering;
using StretchPortal.Web.Domain;
using StretchPortal.Web.Features.Shared;

namespace StretchPortal.Web.Features.Resources;

/// <summary>What a lead enters to add or change a resource in the library.</summary>
public abstract class ResourceFields
{
    public string? Title { get; set; }

    public string? Summary { get; set; }

    public ResourceKind? Kind { get; set; }

    public ResourceAudience? Audience { get; set; }

    public List<ResourceTopics> Topics { get; set; } = [];

    public string? Url { get; set; }

    public List<Guid> IcsPriorityIds { get; set; } = [];

    /// <summary>The ICS priorities to choose from; filled by the controller, never posted.</summary>
    [BindNever]
    [ValidateNever]
    public IReadOnlyList<SelectListItem> Priorities { get; set; } = [];

    public static IReadOnlyList<SelectListItem> KindChoices { get; } = Choices<ResourceKind>();

    public static IReadOnlyList<SelectListItem> AudienceChoices { get; } = Choices<ResourceAudience>();

    public static IReadOnlyList<SelectListItem> TopicChoices { get; } =
        Enum.GetValues<ResourceTopics>().Where(t => t != ResourceTopics.None)
            .Select(t => new SelectListItem(t.DisplayName(), t.ToString())).ToList();

    public ResourceDetails Details() => new(
        Title!, Summary!, Kind!.Value, Audience!.Value, Topics.Aggregate(ResourceTopics.None, (all, t) => all | t), Url!, IcsPriorityIds);

    private static List<SelectListItem> Choices<T>()
        where T : struct, Enum =>
        Enum.GetValues<T>().Select(v => new SelectListItem(v.DisplayName(), v.ToString())).ToList();
}

public abstract class ResourceFieldsValidator<T> : AbstractValidator<T>
    where T : ResourceFields
{
    protected ResourceFieldsValidator()
    {
        RuleFor(f => f.Title).NotEmpty().WithMessage("Enter the resource's title")
            .MaximumLength(200).WithMessage("Title must be 200 characters or fewer");
        RuleFor(f => f.Summary).NotEmpty().WithMessage("Enter a short summary of the resource")
            .MaximumLength(2000).WithMessage("Summary must be 2,000 characters or fewer");
        RuleFor(f => f.Kind).NotNull().WithMessage("Choose what kind of resource it is").IsInEnum().WithMessage("Choose a kind from the list");
        RuleFor(f => f.Audience).NotNull().WithMessage("Choose who the resource is for").IsInEnum().WithMessage("Choose who it is for from the list");
        RuleFor(f => f.Topics).NotEmpty().WithMessage("Choose at least one topic");
        RuleForEach(f => f.Topics).Must(t => t != ResourceTopics.None && Enum.IsDefined(t)).WithMessage("Choose topics from the list");
        RuleFor(f => f.Url).NotEmpty().WithMessage("Enter the web address of the resource")
            .MaximumLength(2000).WithMessage("Web address must be 2,000 characters or fewer")
            .Must(BeAWebAddress).When(f => !string.IsNullOrWhiteSpace(f.Url))
            .WithMessage("Enter a web address starting with https:// or http://");
    }

    private static bool BeAWebAddress(string? url) =>
        Uri.TryCreate(url?.Trim(), UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp);
}

public sealed class CreateResourceForm : ResourceFields;

public sealed class CreateResourceFormValidator : ResourceFieldsValidator<CreateResourceForm>;

public sealed class EditResourceForm : ResourceFields
{
    public Guid Version { get; set; }
}

public sealed class EditResourceFormValidator : ResourceFieldsValidator<EditResourceForm>;

/// <summary>Archives or restores a resource, as of the version the lead saw.</summary>
public sealed class ArchiveResourceForm
{
    public Guid Version { get; set; }
}

/// <summary>A coach recommends the resource to one of their coachees.</summary>
public sealed class RecommendResourceForm
{
    public string? CoacheeId { get; set; }

    public string? Note { get; set; }

    [BindNever]
    [ValidateNever]
    public IReadOnlyList<SelectListItem> Coachees { get; set; } = [];

    [BindNever]
    [ValidateNever]
    public string ResourceTitle { get; set; } = "";
}

public sealed class RecommendResourceFormValidator : AbstractValidator<RecommendResourceForm>
{
    public RecommendResourceFormValidator()
    {
        RuleFor(f => f.CoacheeId).NotEmpty().WithMessage("Choose the coachee to recommend it to");
        RuleFor(f => f.Note).MaximumLength(1000).WithMessage("Note must be 1,000 characters or fewer");
    }
}

/// <summary>What the library is searched by.</summary>
public sealed class ResourceQuery
{
    public const int PageSize = 20;

    public string? Q { get; set; }

    public ResourceTopics? Topic { get; set; }

    public ResourceKind? Kind { get; set; }

    public Guid? Priority { get; set; }

    public int Page { get; set; } = 1;
}
