using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using StretchPortal.Web.Domain;

namespace StretchPortal.Web.Data.Configurations;

internal sealed class CheckInConfiguration : IEntityTypeConfiguration<CheckIn>
{
    public void Configure(EntityTypeBuilder<CheckIn> builder)
    {
        builder.ConfigureEntity();
        builder.Property(c => c.Notes).HasMaxLength(4000);
        builder.HasOne(c => c.Enrolment).WithMany().HasForeignKey(c => c.EnrolmentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(c => c.Author).WithMany().HasForeignKey(c => c.AuthorId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(c => c.Actions).WithOne().HasForeignKey(a => a.CheckInId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(c => new { c.EnrolmentId, c.HeldOn });
    }
}

internal sealed class CheckInActionConfiguration : IEntityTypeConfiguration<CheckInAction>
{
    public void Configure(EntityTypeBuilder<CheckInAction> builder)
    {
        builder.ConfigureEntity();
        builder.Property(a => a.Description).HasMaxLength(1000).IsRequired();
        builder.HasOne(a => a.Owner).WithMany().HasForeignKey(a => a.OwnerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(a => new { a.OwnerId, a.CompletedAt });
    }
}

internal sealed class PdrObjectiveConfiguration : IEntityTypeConfiguration<PdrObjective>
{
    public void Configure(EntityTypeBuilder<PdrObjective> builder)
    {
        builder.ConfigureEntity();
        builder.Property(p => p.Year).HasMaxLength(20).IsRequired();
        builder.Property(p => p.Title).HasMaxLength(300).IsRequired();
        builder.Property(p => p.Description).HasMaxLength(2000);
        builder.HasOne<Person>().WithMany().HasForeignKey(p => p.PersonId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(p => new { p.PersonId, p.Year });
    }
}
