using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using StretchPortal.Web.Domain;

namespace StretchPortal.Web.Data.Configurations;

internal sealed class FacilitatedSessionConfiguration : IEntityTypeConfiguration<FacilitatedSession>
{
    public void Configure(EntityTypeBuilder<FacilitatedSession> builder)
    {
        builder.ConfigureEntity();
        builder.Property(s => s.Title).HasMaxLength(200).IsRequired();
        builder.Property(s => s.Location).HasMaxLength(300);
        builder.Property(s => s.Description).HasMaxLength(2000);
        builder.HasOne(s => s.Programme).WithMany().HasForeignKey(s => s.ProgrammeId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(s => s.Attendance).WithOne().HasForeignKey(a => a.SessionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(s => new { s.ProgrammeId, s.StartsAt });
    }
}

internal sealed class SessionAttendanceConfiguration : IEntityTypeConfiguration<SessionAttendance>
{
    public void Configure(EntityTypeBuilder<SessionAttendance> builder)
    {
        builder.HasKey(a => new { a.SessionId, a.PersonId });
        builder.HasOne(a => a.Person).WithMany().HasForeignKey(a => a.PersonId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(a => a.PersonId);
    }
}

internal sealed class CelebrationEventConfiguration : IEntityTypeConfiguration<CelebrationEvent>
{
    public void Configure(EntityTypeBuilder<CelebrationEvent> builder)
    {
        builder.ConfigureEntity();
        builder.Property(e => e.Title).HasMaxLength(200).IsRequired();
        builder.Property(e => e.Venue).HasMaxLength(300);
        builder.Property(e => e.Description).HasMaxLength(2000);
        builder.HasOne(e => e.Programme).WithMany().HasForeignKey(e => e.ProgrammeId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(e => e.Presentations).WithOne().HasForeignKey(p => p.EventId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(e => new { e.ProgrammeId, e.StartsAt });
    }
}

internal sealed class PresentationConfiguration : IEntityTypeConfiguration<Presentation>
{
    public void Configure(EntityTypeBuilder<Presentation> builder)
    {
        builder.HasKey(p => new { p.EventId, p.AssignmentId });
        builder.HasOne(p => p.Assignment).WithMany().HasForeignKey(p => p.AssignmentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(p => p.AssignmentId);
    }
}
