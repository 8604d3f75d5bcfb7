using System.ComponentModel.DataAnnotations;

namespace StretchPortal.Web.Domain;

/// <summary>
/// A development material in the resource library (seeds 002 and 003): e-learning, a video, an article, a document
/// or a link, meant for mentees, mentors, coaches or everyone, by topic and ICS priority. Leads curate it; archived
/// resources leave the library but stay on the recommendations that named them.
/// </summary>
public class Resource : Entity
{
    public string Title { get; private set; } = "";

    public string Summary { get; private set; } = "";

    public ResourceKind Kind { get; private set; }

    public ResourceAudience Audience { get; private set; }

    public ResourceTopics Topics { get; private set; }

    public string Url { get; private set; } = "";

    public bool IsArchived { get; private set; }

    public DateTime CreatedAt { get; private set; }

    public List<ResourcePriority> Priorities { get; } = [];

    public static Resource Curate(ResourceDetails details, DateTime now)
    {
        var resource = new Resource { CreatedAt = now };
        resource.Revise(details);
        return resource;
    }

    public void Revise(ResourceDetails details)
    {
        Title = details.Title.Trim();
        Summary = details.Summary.Trim();
        Kind = details.Kind;
        Audience = details.Audience;
        Topics = details.Topics;
        Url = details.Url.Trim();
        Priorities.RemoveAll(p => !details.IcsPriorityIds.Contains(p.IcsPriorityId));
        foreach (var id in details.IcsPriorityIds.Where(id => Priorities.TrueForAll(p => p.IcsPriorityId != id)))
        {
            Priorities.Add(new ResourcePriority { ResourceId = Id, IcsPriorityId = id });
        }
    }

    public Outcome Archive()
    {
        if (IsArchived)
        {
            return Outcome.Refused("This resource is already archived.");
        }

        IsArchived = true;
        return Outcome.Done;
    }

    public Outcome Restore()
    {
        if (!IsArchived)
        {
            return Outcome.Refused("This resource is in the library already.");
        }

        IsArchived = false;
        return Outcome.Done;
    }

    /// <summary>The audiences whose resources a person holding these roles finds in the library (leads see all of it).</summary>
    public static IReadOnlyList<ResourceAudience> AudiencesFor(bool mentee, bool mentor, bool coach, bool lead)
    {
        if (lead)
        {
            return Enum.GetValues<ResourceAudience>();
        }

        var audiences = new List<ResourceAudience> { ResourceAudience.All };
        // Coaches see what is meant for mentees too: they recommend it to their coachees.
        if (mentee || coach)
        {
            audiences.Add(ResourceAudience.Mentees);
        }

        if (mentor)
        {
            audiences.Add(ResourceAudience.Mentors);
        }

        if (coach)
        {
            audiences.Add(ResourceAudience.Coaches);
        }

        return audiences;
    }

    /// <summary>A coach may recommend to a coachee what is meant for mentees or for everyone, while it is in the library.</summary>
    public Outcome MayBeRecommendedToACoachee() =>
        IsArchived ? Outcome.Refused("This resource has been archived.")
        : Audience is ResourceAudience.Mentees or ResourceAudience.All ? Outcome.Done
        : Outcome.Refused("This resource is not meant for mentees.");
}

/// <summary>What a lead enters about a resource.</summary>
public sealed record ResourceDetails(
    string Title, string Summary, ResourceKind Kind, ResourceAudience Audience, ResourceTopics Topics, string Url,
    IReadOnlyCollection<Guid> IcsPriorityIds);

/// <summary>An ICS priority a resource serves.</summary>
public class ResourcePriority
{
    public Guid ResourceId { get; set; }

    public Guid IcsPriorityId { get; set; }

    public IcsPriority? IcsPriority { get; set; }
}

public enum ResourceKind
{
    [Display(Name = "E-learning")] ELearning = 1,
    [Display(Name = "Video")] Video = 2,
    [Display(Name = "Article")] Article = 3,
    [Display(Name = "Document")] Document = 4,
    [Display(Name = "Link")] Link = 5,
}

public enum ResourceAudience
{
    [Display(Name = "Mentees")] Mentees = 1,
    [Display(Name = "Mentors")] Mentors = 2,
    [Display(Name = "Coaches")] Coaches = 3,
    [Display(Name = "Everyone")] All = 4,
}

/// <summary>The topics a resource covers (several at once), from seeds 002 and 003.</summary>
[Flags]
#pragma warning disable CA1711 // "Topics" is the domain's word; the enum is a set of flags.
public enum ResourceTopics
#pragma warning restore CA1711
{
    None = 0,
    [Display(Name = "Career planning")] CareerPlanning = 1,
    [Display(Name = "Board roles")] BoardRoles = 2,
    [Display(Name = "Quality improvement")] QualityImprovement = 4,
    [Display(Name = "Commissioning")] Commissioning = 8,
    [Display(Name = "Inclusion")] Inclusion = 16,
    [Display(Name = "Coaching and mentoring")] CoachingAndMentoring = 32,
}
