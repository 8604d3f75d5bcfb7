namespace StretchPortal.Web.Domain;

/// <summary>
/// Who may do a piece of background work, and until when: the row that lets only one instance of the portal run it
/// at a time (<see cref="Infrastructure.Leases.DatabaseLease"/>). Not an <see cref="Entity"/>: it is keyed by its name,
/// changed only by single conditional statements, and not audited.
/// </summary>
public class Lease
{
    public Lease(string name, string holder, DateTime expiresAt)
    {
        Name = name;
        Holder = holder;
        ExpiresAt = expiresAt;
    }

    /// <summary>The work the lease is for, such as "reminders".</summary>
    public string Name { get; private set; }

    /// <summary>The instance holding it (machine, process and a per-start id).</summary>
    public string Holder { get; private set; }

    /// <summary>UTC: after this moment anyone may take the lease over.</summary>
    public DateTime ExpiresAt { get; private set; }
}
