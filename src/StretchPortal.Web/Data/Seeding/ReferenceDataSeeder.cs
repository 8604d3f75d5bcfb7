using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using StretchPortal.Web.Domain;
using StretchPortal.Web.Security;

namespace StretchPortal.Web.Data.Seeding;

/// <summary>What every environment needs: the roles and the five ICS priorities of seed 000 (editable afterwards).</summary>
public sealed class ReferenceDataSeeder(StretchPortalDbContext db, RoleManager<IdentityRole> roles)
{
    public static IReadOnlyList<string> IcsPriorityNames { get; } =
    [
        "Improving outcomes in population health",
        "Tackling inequalities in outcomes, experience and access",
        "Enhancing productivity and value for money",
        "Delivering NHS legal and constitutional requirements",
        "Supporting broader social and economic development",
    ];

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        foreach (var role in Roles.All)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                await roles.CreateAsync(new IdentityRole(role));
            }
        }

        if (!await db.IcsPriorities.AnyAsync(cancellationToken))
        {
            db.IcsPriorities.AddRange(IcsPriorityNames.Select((name, i) => new IcsPriority { Name = name, SortOrder = i + 1 }));
            await db.SaveChangesAsync(cancellationToken);
        }
    }
}
