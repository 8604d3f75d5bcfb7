namespace StretchPortal.Web.Domain;

/// <summary>
/// A record the portal addresses by id. Ids are made by the app (sortable version 7 Guids) so that an audit entry can
/// name a record before it is saved, and so that ids cannot be guessed by counting.
/// <see cref="Version"/> is the optimistic concurrency token: replaced on every save, checked by every update.
/// </summary>
public abstract class Entity
{
    public Guid Id { get; protected set; } = Guid.CreateVersion7();

    public Guid Version { get; set; } = Guid.NewGuid();
}
