using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using StretchPortal.Web.Domain;

namespace StretchPortal.Web.Data.Configurations;

internal sealed class CohortConfiguration : IEntityTypeConfiguration<Cohort>
{
    public void Configure(EntityTypeBuilder<Cohort> builder)
    {
        builder.ConfigureEntity();
        builder.Property(c => c.Name).HasMaxLength(200).IsRequired();
        builder.HasMany(c => c.Enrolments).WithOne(e => e.Cohort).HasForeignKey(e => e.CohortId).OnDelete(DeleteBehavior.Restrict);
    }
}
