using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using StretchPortal.Web.Domain;

namespace StretchPortal.Web.Data.Configurations;

internal sealed class SentReminderConfiguration : IEntityTypeConfiguration<SentReminder>
{
    public void Configure(EntityTypeBuilder<SentReminder> builder)
    {
        builder.ConfigureEntity();
        builder.Property(s => s.Key).HasMaxLength(200).IsRequired();
        builder.Property(s => s.Kind).HasConversion<string>().HasMaxLength(40);
        builder.HasOne<Person>().WithMany().HasForeignKey(s => s.RecipientId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(s => s.Key).IsUnique();
        builder.HasIndex(s => s.RecipientId);
    }
}
