using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using StretchPortal.Web.Domain;

namespace StretchPortal.Web.Data.Configurations;

internal sealed class CoachApplicationConfiguration : IEntityTypeConfiguration<CoachApplication>
{
    public void Configure(EntityTypeBuilder<CoachApplication> builder)
    {
        builder.ConfigureEntity();
        builder.Property(a => a.QualificationName).HasMaxLength(200).IsRequired();
        builder.Property(a => a.QualificationProvider).HasMaxLength(200).IsRequired();
        builder.Property(a => a.ExperienceSummary).HasMaxLength(4000).IsRequired();
        builder.Property(a => a.CoacheeSeniority).HasMaxLength(500).IsRequired();
        builder.Property(a => a.CoachingRegister).HasConversion<string>().HasMaxLength(40);
        builder.Property(a => a.RegionsOffered).HasConversion<int>();
        builder.Property(a => a.LineManagerName).HasMaxLength(200).IsRequired();
        builder.Property(a => a.LineManagerEmail).HasMaxLength(256).IsRequired();
        builder.Property(a => a.LineManagerTokenHash).HasMaxLength(64);
        builder.Property(a => a.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(a => a.DecisionReason).HasMaxLength(2000);
        builder.HasOne(a => a.Applicant).WithMany().HasForeignKey(a => a.ApplicantId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(a => a.DecidedBy).WithMany().HasForeignKey(a => a.DecidedById).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(a => a.Bookings).WithOne(b => b.CoachApplication).HasForeignKey(b => b.CoachApplicationId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(a => new { a.ApplicantId, a.Status });
        builder.HasIndex(a => a.Status);
        builder.HasIndex(a => a.DecidedById);
        builder.HasIndex(a => a.LineManagerTokenHash);
    }
}

internal sealed class CoachingWorkshopConfiguration : IEntityTypeConfiguration<CoachingWorkshop>
{
    public void Configure(EntityTypeBuilder<CoachingWorkshop> builder)
    {
        builder.ConfigureEntity();
        builder.Property(w => w.Place).HasMaxLength(500).IsRequired();
        builder.HasMany(w => w.Bookings).WithOne(b => b.Workshop).HasForeignKey(b => b.CoachingWorkshopId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(w => new { w.Part, w.StartsAtUtc });
    }
}

internal sealed class CoachingWorkshopBookingConfiguration : IEntityTypeConfiguration<CoachingWorkshopBooking>
{
    public void Configure(EntityTypeBuilder<CoachingWorkshopBooking> builder)
    {
        builder.ConfigureEntity();
        builder.HasIndex(b => new { b.CoachApplicationId, b.CoachingWorkshopId }).IsUnique();
        builder.HasIndex(b => b.CoachingWorkshopId);
    }
}

internal sealed class CoachingRelationshipConfiguration : IEntityTypeConfiguration<CoachingRelationship>
{
    public void Configure(EntityTypeBuilder<CoachingRelationship> builder)
    {
        builder.ConfigureEntity();
        builder.HasOne(r => r.Coach).WithMany().HasForeignKey(r => r.CoachId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(r => r.Coachee).WithMany().HasForeignKey(r => r.CoacheeId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Person>().WithMany().HasForeignKey(r => r.MatchedById).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(r => r.Sessions).WithOne().HasForeignKey(s => s.CoachingRelationshipId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(r => r.CoacheeId);
        builder.HasIndex(r => r.CoachId);
        builder.HasIndex(r => r.MatchedById);
    }
}

internal sealed class CoachingSessionConfiguration : IEntityTypeConfiguration<CoachingSession>
{
    public void Configure(EntityTypeBuilder<CoachingSession> builder)
    {
        builder.ConfigureEntity();
        builder.Property(s => s.Mode).HasConversion<string>().HasMaxLength(20);
        builder.Property(s => s.PrivateNotes).HasMaxLength(4000);
        builder.HasIndex(s => new { s.CoachingRelationshipId, s.HeldOn });
    }
}

internal sealed class CoachSupervisionConfiguration : IEntityTypeConfiguration<CoachSupervision>
{
    public void Configure(EntityTypeBuilder<CoachSupervision> builder)
    {
        builder.ConfigureEntity();
        builder.HasOne(s => s.Coach).WithMany().HasForeignKey(s => s.CoachId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Person>().WithMany().HasForeignKey(s => s.RecordedById).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(s => new { s.CoachId, s.Year, s.Quarter }).IsUnique();
        builder.HasIndex(s => new { s.Year, s.Quarter });
        builder.HasIndex(s => s.RecordedById);
    }
}
