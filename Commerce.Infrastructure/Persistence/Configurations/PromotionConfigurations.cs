using Commerce.Core.Ordering;
using Commerce.Core.Promotions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Commerce.Infrastructure.Persistence.Configurations;

internal sealed class CouponConfiguration : IEntityTypeConfiguration<Coupon>
{
    public void Configure(EntityTypeBuilder<Coupon> builder)
    {
        builder.ToTable("coupons", t =>
        {
            t.HasCheckConstraint("ck_coupons_times_used_within_limit", "times_used >= 0 AND (usage_limit IS NULL OR times_used <= usage_limit)");
            t.HasCheckConstraint("ck_coupons_code_upper", "code = upper(code)");
        });
        builder.Property(c => c.Code).HasMaxLength(50);
        builder.Property(c => c.Description).HasMaxLength(500);
        builder.Property(c => c.Type).HasConversion<string>().HasMaxLength(20);
        builder.Property(c => c.Currency).HasMaxLength(3).IsFixedLength();
        builder.Property(c => c.Value).HasPrecision(12, 2);
        builder.HasIndex(c => c.Code).IsUnique();
    }
}

internal sealed class CouponRedemptionConfiguration : IEntityTypeConfiguration<CouponRedemption>
{
    public void Configure(EntityTypeBuilder<CouponRedemption> builder)
    {
        builder.Property(r => r.Email).HasMaxLength(254);
        builder.Property(r => r.Currency).HasMaxLength(3).IsFixedLength();
        builder.Property(r => r.Status).HasConversion<string>().HasMaxLength(20);
        builder.HasIndex(r => new { r.CouponId, r.OrderId }).IsUnique();
        builder.HasIndex(r => new { r.CouponId, r.Email });
        builder.HasIndex(r => new { r.CouponId, r.CustomerId });
        builder.HasOne<Coupon>().WithMany().HasForeignKey(r => r.CouponId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Order>().WithMany().HasForeignKey(r => r.OrderId).OnDelete(DeleteBehavior.Restrict);
    }
}
