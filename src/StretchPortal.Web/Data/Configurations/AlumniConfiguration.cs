using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using StretchPortal.Web.Domain;

namespace StretchPortal.Web.Data.Configurations;

internal sealed class AlumniProfileConfiguration : IEntityTypeConfiguration<AlumniProfile>
{
    public void Configure(EntityTypeBuilder<AlumniProfile> builder)
    {
        builder.ConfigureEntity();
        builder.Property(p => p.Role).HasMaxLength(200);
        builder.Property(p => p.Organisation).HasMaxLength(200);
        builder.HasOne(p => p.Enrolment).WithMany().HasForeignKey(p => p.EnrolmentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(p => p.Person).WithMany().HasForeignKey(p => p.PersonId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(p => p.Assignment).WithMany().HasForeignKey(p => p.AssignmentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(p => p.EnrolmentId).IsUnique();
        builder.HasIndex(p => p.PersonId);
        builder.HasIndex(p => p.AssignmentId);
    }
}

internal sealed class AlumniPostConfiguration : IEntityTypeConfiguration<AlumniPost>
{
    public void Configure(EntityTypeBuilder<AlumniPost> builder)
    {
        builder.ConfigureEntity();
        builder.Property(p => p.Kind).HasConversion<string>().HasMaxLength(10);
        builder.Property(p => p.Title).HasMaxLength(200).IsRequired();
        builder.Property(p => p.Body).HasMaxLength(4000).IsRequired();
        builder.HasOne(p => p.Programme).WithMany().HasForeignKey(p => p.ProgrammeId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(p => p.Author).WithMany().HasForeignKey(p => p.AuthorId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(p => new { p.ProgrammeId, p.PostedAt });
        builder.HasIndex(p => p.AuthorId);
    }
}
