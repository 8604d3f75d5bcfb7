using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using StretchPortal.Web.Domain;

namespace StretchPortal.Web.Data.Configurations;

internal sealed class OpportunityConfiguration : IEntityTypeConfiguration<Opportunity>
{
    public void Configure(EntityTypeBuilder<Opportunity> builder)
    {
        builder.ConfigureEntity();
        builder.Property(o => o.Type).HasConversion<string>().HasMaxLength(40);
        builder.Property(o => o.Title).HasMaxLength(200).IsRequired();
        builder.Property(o => o.Description).HasMaxLength(4000).IsRequired();
        builder.Property(o => o.Team).HasMaxLength(200).IsRequired();
        builder.Property(o => o.Band).HasMaxLength(20).IsRequired();
        builder.Property(o => o.HoursPerWeek).HasPrecision(5, 2);
        builder.Property(o => o.Duration).HasMaxLength(100).IsRequired();
        builder.Property(o => o.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(o => o.ExplainOrComply).HasMaxLength(4000);
        builder.Property(o => o.WithdrawalReason).HasMaxLength(2000);
        builder.HasOne(o => o.Organisation).WithMany().HasForeignKey(o => o.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Person>().WithMany().HasForeignKey(o => o.PublishedById).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(o => o.ExpressionsOfInterest).WithOne(e => e.Opportunity).HasForeignKey(e => e.OpportunityId)
            .OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(o => new { o.Status, o.ClosesAtUtc });
        builder.HasIndex(o => o.OrganisationId);
        builder.HasIndex(o => o.PublishedById);
    }
}

internal sealed class ExpressionOfInterestConfiguration : IEntityTypeConfiguration<ExpressionOfInterest>
{
    public void Configure(EntityTypeBuilder<ExpressionOfInterest> builder)
    {
        builder.ConfigureEntity();
        builder.Property(e => e.Statement).HasMaxLength(ExpressionOfInterest.StatementMaxLength).IsRequired();
        builder.Property(e => e.Stage).HasConversion<string>().HasMaxLength(20);
        builder.HasOne(e => e.Person).WithMany().HasForeignKey(e => e.PersonId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(e => e.Decisions).WithOne().HasForeignKey(d => d.ExpressionOfInterestId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(e => new { e.OpportunityId, e.PersonId }).IsUnique();
        builder.HasIndex(e => new { e.PersonId, e.SubmittedAtUtc });
    }
}

internal sealed class SelectionDecisionConfiguration : IEntityTypeConfiguration<SelectionDecision>
{
    public void Configure(EntityTypeBuilder<SelectionDecision> builder)
    {
        builder.ConfigureEntity();
        builder.Property(d => d.Decision).HasConversion<string>().HasMaxLength(20);
        builder.Property(d => d.Reason).HasMaxLength(ExpressionOfInterest.ReasonMaxLength).IsRequired();
        builder.HasOne(d => d.DecidedBy).WithMany().HasForeignKey(d => d.DecidedById).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(d => new { d.ExpressionOfInterestId, d.DecidedAtUtc });
        builder.HasIndex(d => d.DecidedById);
    }
}
