using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using StretchPortal.Web.Domain;

namespace StretchPortal.Web.Data.Configurations;

internal sealed class EqualityDeclarationConfiguration : IEntityTypeConfiguration<EqualityDeclaration>
{
    public void Configure(EntityTypeBuilder<EqualityDeclaration> builder)
    {
        builder.ToTable("EqualityDeclarations");
        builder.ConfigureEntity();
        builder.Property(d => d.PersonId).HasMaxLength(450).IsRequired();
        builder.Property(d => d.EthnicGroup).HasConversion<string>().HasMaxLength(40);
        builder.Property(d => d.Sex).HasConversion<string>().HasMaxLength(20);
        builder.Property(d => d.Disability).HasConversion<string>().HasMaxLength(20);
        builder.Property(d => d.AgeBand).HasConversion<string>().HasMaxLength(20);
        builder.Property(d => d.SexualOrientation).HasConversion<string>().HasMaxLength(20);
        builder.Property(d => d.Religion).HasConversion<string>().HasMaxLength(20);
        builder.HasOne<Person>().WithOne().HasForeignKey<EqualityDeclaration>(d => d.PersonId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(d => d.PersonId).IsUnique();
    }
}

internal sealed class StaffPoolGroupConfiguration : IEntityTypeConfiguration<StaffPoolGroup>
{
    public void Configure(EntityTypeBuilder<StaffPoolGroup> builder)
    {
        builder.ConfigureEntity();
        builder.Property(g => g.Characteristic).HasConversion<string>().HasMaxLength(20);
        builder.Property(g => g.Group).HasMaxLength(StaffPoolGroup.GroupMaxLength).IsRequired();
        builder.Property(g => g.ImportedById).HasMaxLength(450).IsRequired();
        builder.HasOne<Organisation>().WithMany().HasForeignKey(g => g.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Person>().WithMany().HasForeignKey(g => g.ImportedById).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(g => new { g.OrganisationId, g.Characteristic });
        builder.HasIndex(g => g.ImportedById);
    }
}

internal sealed class LeaverConfiguration : IEntityTypeConfiguration<Leaver>
{
    public void Configure(EntityTypeBuilder<Leaver> builder)
    {
        builder.ConfigureEntity();
        builder.Property(l => l.Reason).HasConversion<string>().HasMaxLength(20);
        builder.Property(l => l.Note).HasMaxLength(Leaver.NoteMaxLength);
        builder.HasOne(l => l.Person).WithMany().HasForeignKey(l => l.PersonId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Person>().WithMany().HasForeignKey(l => l.RecordedById).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(l => new { l.PersonId, l.LeftOn });
        builder.HasIndex(l => l.RecordedById);
        builder.HasIndex(l => l.LeftOn);
    }
}
