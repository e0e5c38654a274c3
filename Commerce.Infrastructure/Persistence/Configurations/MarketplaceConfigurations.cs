using Commerce.Core.Marketplace;
using Commerce.Core.Ordering;
using Commerce.Infrastructure.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Commerce.Infrastructure.Persistence.Configurations;

internal sealed class VendorConfiguration : IEntityTypeConfiguration<Vendor>
{
    public void Configure(EntityTypeBuilder<Vendor> builder)
    {
        builder.ToTable("vendors", t => t.HasCheckConstraint("ck_vendors_commission_rate", "commission_rate >= 0 AND commission_rate <= 1"));
        builder.Property(v => v.Name).HasMaxLength(100);
        builder.Property(v => v.Slug).HasMaxLength(200);
        builder.Property(v => v.Email).HasMaxLength(254);
        builder.Property(v => v.Description).HasColumnType("text");
        builder.Property(v => v.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(v => v.CommissionRate).HasPrecision(6, 4);
        builder.Property(v => v.PayoutAccountReference).HasMaxLength(200);
        builder.Ignore(v => v.CanSell);
        builder.HasIndex(v => v.Slug).IsUnique();
        builder.HasIndex(v => v.OwnerUserId).IsUnique();
        builder.HasOne<ApplicationUser>().WithMany().HasForeignKey(v => v.OwnerUserId).OnDelete(DeleteBehavior.SetNull);
    }
}

internal sealed class VendorOrderSplitConfiguration : IEntityTypeConfiguration<VendorOrderSplit>
{
    public void Configure(EntityTypeBuilder<VendorOrderSplit> builder)
    {
        builder.Property(s => s.Currency).HasMaxLength(3).IsFixedLength();
        builder.Property(s => s.CommissionRate).HasPrecision(6, 4);
        builder.Property(s => s.Status).HasConversion<string>().HasMaxLength(20);
        builder.HasIndex(s => new { s.OrderId, s.VendorId }).IsUnique();
        builder.HasIndex(s => new { s.VendorId, s.Status });
        builder.HasOne<Order>().WithMany().HasForeignKey(s => s.OrderId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Vendor>().WithMany().HasForeignKey(s => s.VendorId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<VendorPayout>().WithMany().HasForeignKey(s => s.PayoutId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class VendorPayoutConfiguration : IEntityTypeConfiguration<VendorPayout>
{
    public void Configure(EntityTypeBuilder<VendorPayout> builder)
    {
        builder.Property(p => p.Currency).HasMaxLength(3).IsFixedLength();
        builder.Property(p => p.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(p => p.Reference).HasMaxLength(200);
        builder.HasIndex(p => new { p.VendorId, p.CreatedAt });
        builder.HasOne<Vendor>().WithMany().HasForeignKey(p => p.VendorId).OnDelete(DeleteBehavior.Restrict);
    }
}
