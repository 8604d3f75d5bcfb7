using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using StretchPortal.Web.Domain;

namespace StretchPortal.Web.Data.Configurations;

internal sealed class ProgrammeConfiguration : IEntityTypeConfiguration<Programme>
{
    public void Configure(EntityTypeBuilder<Programme> builder)
    {
        builder.ConfigureEntity();
        builder.Property(p => p.Name).HasMaxLength(200).IsRequired();
        builder.Property(p => p.Description).HasMaxLength(4000);
        builder.Property(p => p.Year).HasMaxLength(20).IsRequired();
        builder.HasOne(p => p.Organisation).WithMany().HasForeignKey(p => p.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(p => p.Leads).WithOne().HasForeignKey(l => l.ProgrammeId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(p => p.Cohorts).WithOne(c => c.Programme).HasForeignKey(c => c.ProgrammeId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class ProgrammeLeadConfiguration : IEntityTypeConfiguration<ProgrammeLead>
{
    public void Configure(EntityTypeBuilder<ProgrammeLead> builder)
    {
        builder.HasKey(l => new { l.ProgrammeId, l.PersonId });
        builder.HasOne(l => l.Person).WithMany().HasForeignKey(l => l.PersonId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(l => l.PersonId);
    }
}
