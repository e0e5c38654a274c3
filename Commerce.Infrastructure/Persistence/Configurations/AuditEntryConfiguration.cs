using Commerce.Core.Auditing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Commerce.Infrastructure.Persistence.Configurations;

/// <summary>Rows are inserted by the audit interceptor; a trigger (see the AuditLog migration) refuses updates and deletes.</summary>
internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> builder)
    {
        builder.ToTable("audit_entries");
        builder.Property(e => e.Actor).HasMaxLength(256);
        builder.Property(e => e.EntityType).HasMaxLength(40);
        builder.Property(e => e.EntityId).HasMaxLength(100);
        builder.Property(e => e.Change).HasConversion<string>().HasMaxLength(10);
        builder.Property(e => e.Changes).HasColumnType("jsonb");
        builder.Property(e => e.OrderId).HasMaxLength(36);
        builder.HasIndex(e => e.At);
        builder.HasIndex(e => new { e.EntityType, e.EntityId, e.At });
        builder.HasIndex(e => new { e.Actor, e.At });
        builder.HasIndex(e => new { e.OrderId, e.At });
    }
}
