using Commerce.Core.Catalog;
using Commerce.Core.Inventory;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Commerce.Infrastructure.Persistence.Configurations;

internal sealed class WarehouseConfiguration : IEntityTypeConfiguration<Warehouse>
{
    public void Configure(EntityTypeBuilder<Warehouse> builder)
    {
        builder.Property(w => w.Code).HasMaxLength(20);
        builder.Property(w => w.Name).HasMaxLength(100);
        builder.Property(w => w.CountryCode).HasMaxLength(2);
        builder.HasIndex(w => w.Code).IsUnique();
    }
}

internal sealed class InventoryLevelConfiguration : IEntityTypeConfiguration<InventoryLevel>
{
    public void Configure(EntityTypeBuilder<InventoryLevel> builder)
    {
        // The database refuses what the domain refuses: no negative stock, no reservation beyond zero.
        builder.ToTable("inventory_levels", t =>
        {
            t.HasCheckConstraint("ck_inventory_levels_on_hand_not_negative", "on_hand >= 0");
            t.HasCheckConstraint("ck_inventory_levels_reserved_not_negative", "reserved >= 0");
        });
        builder.Ignore(l => l.Available);
        builder.Ignore(l => l.NeedsReorder);
        builder.HasIndex(l => new { l.VariantId, l.WarehouseId }).IsUnique();
        builder.HasOne<ProductVariant>().WithMany().HasForeignKey(l => l.VariantId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Warehouse>().WithMany().HasForeignKey(l => l.WarehouseId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class VariantStockConfiguration : IEntityTypeConfiguration<VariantStock>
{
    // A read-only view (migration VariantStockView): one row per variant that has inventory levels.
    public void Configure(EntityTypeBuilder<VariantStock> builder) => builder.HasNoKey().ToView("variant_stock");
}

internal sealed class InventoryMovementConfiguration : IEntityTypeConfiguration<InventoryMovement>
{
    public void Configure(EntityTypeBuilder<InventoryMovement> builder)
    {
        builder.Property(m => m.Reason).HasConversion<string>().HasMaxLength(20);
        builder.Property(m => m.Actor).HasMaxLength(256);
        builder.Property(m => m.Note).HasMaxLength(500);
        builder.HasIndex(m => new { m.VariantId, m.OccurredAt });
        builder.HasIndex(m => m.OrderId);
        builder.HasOne<ProductVariant>().WithMany().HasForeignKey(m => m.VariantId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Warehouse>().WithMany().HasForeignKey(m => m.WarehouseId).OnDelete(DeleteBehavior.Restrict);
    }
}
