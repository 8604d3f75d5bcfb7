using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using StretchPortal.Web.Domain;

namespace StretchPortal.Web.Data.Configurations;

internal sealed class WeeklyDeliverableConfiguration : IEntityTypeConfiguration<WeeklyDeliverable>
{
    public void Configure(EntityTypeBuilder<WeeklyDeliverable> builder)
    {
        builder.ConfigureEntity();
        builder.Property(w => w.Plan).HasMaxLength(2000).IsRequired();
        builder.Property(w => w.LinkToAim).HasMaxLength(2000).IsRequired();
        builder.Property(w => w.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(w => w.Note).HasMaxLength(2000);
        builder.Property(w => w.MentorComment).HasMaxLength(2000);
        builder.Property(w => w.SignedOffById).HasMaxLength(450);
        builder.HasIndex(w => new { w.AssignmentId, w.WeekStarting }).IsUnique();

        // Reports: the dashboards sum each assignment's weeks (status, updated, hours) from this index alone, without
        // reading the weeks' long text columns.
        builder.HasIndex(w => new { w.AssignmentId, w.WeekStarting, w.Status, w.UpdatedAt, w.HoursWorked })
            .HasDatabaseName("IX_WeeklyDeliverables_Progress");
    }
}
