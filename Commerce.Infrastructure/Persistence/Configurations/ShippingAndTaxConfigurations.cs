using Commerce.Core.Catalog;
using Commerce.Core.Notifications;
using Commerce.Core.Shipping;
using Commerce.Core.Tax;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Commerce.Infrastructure.Persistence.Configurations;

internal sealed class ShippingMethodConfiguration : IEntityTypeConfiguration<ShippingMethod>
{
    public void Configure(EntityTypeBuilder<ShippingMethod> builder)
    {
        builder.Property(m => m.Code).HasMaxLength(30);
        builder.Property(m => m.Name).HasMaxLength(100);
        builder.Property(m => m.Carrier).HasMaxLength(50);
        builder.Property(m => m.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(m => m.Currency).HasMaxLength(3).IsFixedLength();
        builder.Property(m => m.TrackingUrlTemplate).HasMaxLength(300);
        builder.HasIndex(m => m.Code).IsUnique();
        builder.HasMany(m => m.Rates).WithOne().HasForeignKey(r => r.ShippingMethodId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(m => m.Rates).HasField("_rates");
    }
}

internal sealed class ShippingRateConfiguration : IEntityTypeConfiguration<ShippingRate>
{
    public void Configure(EntityTypeBuilder<ShippingRate> builder)
    {
        builder.ToTable("shipping_rates");
        builder.HasIndex(r => new { r.ShippingMethodId, r.MaxWeightGrams }).IsUnique();
    }
}

internal sealed class TaxRateConfiguration : IEntityTypeConfiguration<TaxRate>
{
    public void Configure(EntityTypeBuilder<TaxRate> builder)
    {
        builder.Property(t => t.CountryCode).HasMaxLength(2);
        builder.Property(t => t.Region).HasMaxLength(100);
        builder.Property(t => t.Rate).HasPrecision(6, 4);
        builder.Property(t => t.Name).HasMaxLength(50);
        builder.HasIndex(t => new { t.CountryCode, t.Region }).IsUnique().AreNullsDistinct(false);
    }
}

internal sealed class BackInStockRequestConfiguration : IEntityTypeConfiguration<BackInStockRequest>
{
    public void Configure(EntityTypeBuilder<BackInStockRequest> builder)
    {
        builder.Property(r => r.Email).HasMaxLength(254);
        builder.HasIndex(r => new { r.VariantId, r.Email }).IsUnique();
        builder.HasIndex(r => new { r.VariantId, r.NotifiedAt });
        builder.HasOne<ProductVariant>().WithMany().HasForeignKey(r => r.VariantId).OnDelete(DeleteBehavior.Cascade);
    }
}
