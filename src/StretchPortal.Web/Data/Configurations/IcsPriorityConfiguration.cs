using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using StretchPortal.Web.Domain;

namespace StretchPortal.Web.Data.Configurations;

internal sealed class IcsPriorityConfiguration : IEntityTypeConfiguration<IcsPriority>
{
    public void Configure(EntityTypeBuilder<IcsPriority> builder)
    {
        builder.ConfigureEntity();
        builder.Property(p => p.Name).HasMaxLength(200).IsRequired();
        builder.Property(p => p.Description).HasMaxLength(1000);
        builder.HasIndex(p => p.Name).IsUnique();
    }
}
