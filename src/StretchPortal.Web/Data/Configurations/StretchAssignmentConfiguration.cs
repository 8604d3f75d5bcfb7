using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using StretchPortal.Web.Domain;

namespace StretchPortal.Web.Data.Configurations;

internal sealed class StretchAssignmentConfiguration : IEntityTypeConfiguration<StretchAssignment>
{
    public void Configure(EntityTypeBuilder<StretchAssignment> builder)
    {
        builder.ConfigureEntity();
        builder.Property(a => a.Title).HasMaxLength(200).IsRequired();
        builder.Property(a => a.Type).HasConversion<string>().HasMaxLength(40);
        builder.Property(a => a.OtherType).HasMaxLength(200);
        builder.Property(a => a.Aim).HasMaxLength(2000).IsRequired();
        builder.Property(a => a.Description).HasMaxLength(4000);
        builder.Property(a => a.MenteeRole).HasMaxLength(2000).IsRequired();
        builder.Property(a => a.AnticipatedOutcomes).HasMaxLength(4000).IsRequired();
        builder.Property(a => a.HostOrganisation).HasMaxLength(200);
        builder.Property(a => a.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(a => a.OutcomesAchieved).HasMaxLength(4000);
        builder.Property(a => a.LessonsLearned).HasMaxLength(4000);
        builder.Property(a => a.PracticeImprovements).HasMaxLength(4000);
        builder.Property(a => a.WithdrawalReason).HasMaxLength(2000);
        builder.HasOne(a => a.Enrolment).WithMany().HasForeignKey(a => a.EnrolmentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(a => a.Priorities).WithOne().HasForeignKey(p => p.AssignmentId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(a => a.PdrObjectives).WithOne().HasForeignKey(p => p.AssignmentId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(a => a.Timeline).WithOne().HasForeignKey(e => e.AssignmentId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(a => a.Weeks).WithOne(w => w.Assignment).HasForeignKey(w => w.AssignmentId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(a => new { a.EnrolmentId, a.Status });
        builder.HasIndex(a => a.Status);

        // Reports: a scope's assignments with their week totals (WeekTotals) read from this index alone, without the
        // long text columns of the rows. The Id is in it because SQLite keys the table by its rowid.
        builder.HasIndex(a => new
            {
                a.EnrolmentId, a.Id, a.Status, a.Type, a.StartDate, a.EndDate, a.HoursPerWeek, a.CreatedAt, a.AgreedAt,
                a.WeeksDone, a.WeeksPartlyDone, a.WeeksSlipped, a.WeeksBlocked, a.WeeksUpdated, a.WeeksOverHours, a.HoursOver, a.LastWeekUpdateAt, a.Title,
            })
            .HasDatabaseName("IX_StretchAssignments_Report");
    }
}

internal sealed class AssignmentPriorityConfiguration : IEntityTypeConfiguration<AssignmentPriority>
{
    public void Configure(EntityTypeBuilder<AssignmentPriority> builder)
    {
        builder.HasKey(p => new { p.AssignmentId, p.IcsPriorityId });
        builder.HasOne(p => p.IcsPriority).WithMany().HasForeignKey(p => p.IcsPriorityId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(p => p.IcsPriorityId);
    }
}

internal sealed class AssignmentPdrObjectiveConfiguration : IEntityTypeConfiguration<AssignmentPdrObjective>
{
    public void Configure(EntityTypeBuilder<AssignmentPdrObjective> builder)
    {
        builder.HasKey(p => new { p.AssignmentId, p.PdrObjectiveId });
        builder.HasOne(p => p.PdrObjective).WithMany().HasForeignKey(p => p.PdrObjectiveId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(p => p.PdrObjectiveId);
    }
}

internal sealed class AssignmentEventConfiguration : IEntityTypeConfiguration<AssignmentEvent>
{
    public void Configure(EntityTypeBuilder<AssignmentEvent> builder)
    {
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.Property(e => e.Kind).HasConversion<string>().HasMaxLength(30);
        builder.Property(e => e.Comment).HasMaxLength(4000);
        builder.HasOne(e => e.Actor).WithMany().HasForeignKey(e => e.ActorId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(e => new { e.AssignmentId, e.OccurredAt });
    }
}
