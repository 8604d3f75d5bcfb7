using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using StretchPortal.Web.Domain;

namespace StretchPortal.Web.Data.Configurations;

internal sealed class ResourceConfiguration : IEntityTypeConfiguration<Resource>
{
    public void Configure(EntityTypeBuilder<Resource> builder)
    {
        builder.ConfigureEntity();
        builder.Property(r => r.Title).HasMaxLength(200).IsRequired();
        builder.Property(r => r.Summary).HasMaxLength(2000).IsRequired();
        builder.Property(r => r.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(r => r.Audience).HasConversion<string>().HasMaxLength(20);
        builder.Property(r => r.Url).HasMaxLength(2000).IsRequired();
        builder.HasMany(r => r.Priorities).WithOne().HasForeignKey(p => p.ResourceId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(r => new { r.IsArchived, r.Audience, r.Title });
    }
}

internal sealed class ResourcePriorityConfiguration : IEntityTypeConfiguration<ResourcePriority>
{
    public void Configure(EntityTypeBuilder<ResourcePriority> builder)
    {
        builder.HasKey(p => new { p.ResourceId, p.IcsPriorityId });
        builder.HasOne(p => p.IcsPriority).WithMany().HasForeignKey(p => p.IcsPriorityId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(p => p.IcsPriorityId);
    }
}

internal sealed class ResourceRecommendationConfiguration : IEntityTypeConfiguration<ResourceRecommendation>
{
    public void Configure(EntityTypeBuilder<ResourceRecommendation> builder)
    {
        builder.ConfigureEntity();
        builder.Property(r => r.Note).HasMaxLength(1000);
        builder.HasOne(r => r.Resource).WithMany().HasForeignKey(r => r.ResourceId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(r => r.Coach).WithMany().HasForeignKey(r => r.CoachId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(r => r.Coachee).WithMany().HasForeignKey(r => r.CoacheeId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(r => new { r.CoacheeId, r.RecommendedAt });
        builder.HasIndex(r => r.CoachId);
        builder.HasIndex(r => r.ResourceId);
    }
}
