using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using StretchPortal.Web.Domain;

namespace StretchPortal.Web.Data.Configurations;

internal sealed class EnrolmentConfiguration : IEntityTypeConfiguration<Enrolment>
{
    public void Configure(EntityTypeBuilder<Enrolment> builder)
    {
        builder.ConfigureEntity();
        builder.Property(e => e.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(e => e.WithdrawalReason).HasMaxLength(2000);
        builder.HasOne(e => e.Mentee).WithMany().HasForeignKey(e => e.MenteeId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(e => e.Mentor).WithMany().HasForeignKey(e => e.MentorId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(e => e.Sponsor).WithMany().HasForeignKey(e => e.SponsorId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(e => e.Coach).WithMany().HasForeignKey(e => e.CoachId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(e => new { e.CohortId, e.Status });
        builder.HasIndex(e => e.MenteeId);
        builder.HasIndex(e => e.MentorId);
        builder.HasIndex(e => e.SponsorId);
        builder.HasIndex(e => e.CoachId);
    }
}
