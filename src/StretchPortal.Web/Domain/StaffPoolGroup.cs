namespace StretchPortal.Web.Domain;

/// <summary>
/// One line of the staff pool's composition a lead imports (e.g. from ESR): how many staff of an organisation (or of
/// the whole pool when none is named) are in a group of a characteristic. The reporting group is named by its key
/// (see Features/Equality/EqualityGroups). An import replaces the whole previous pool.
/// </summary>
public class StaffPoolGroup : Entity
{
    public const int GroupMaxLength = 60;

    public StaffPoolGroup(Guid? organisationId, Characteristic characteristic, string group, int count, DateTime importedAtUtc, string importedById)
    {
        OrganisationId = organisationId;
        Characteristic = characteristic;
        Group = group;
        Count = count;
        ImportedAtUtc = importedAtUtc;
        ImportedById = importedById;
    }

    public Guid? OrganisationId { get; private set; }

    public Characteristic Characteristic { get; private set; }

    public string Group { get; private set; }

    public int Count { get; private set; }

    public DateTime ImportedAtUtc { get; private set; }

    public string ImportedById { get; private set; }
}
