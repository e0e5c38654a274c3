using Commerce.Core.Marketplace;
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
        builder.Property(v => v.ContactName).HasMaxLength(100);
        builder.Property(v => v.Phone).HasMaxLength(40);
        builder.Property(v => v.Country).HasMaxLength(2);
        builder.Property(v => v.LogoUrl).HasMaxLength(400);
        builder.Property(v => v.RejectionReason).HasMaxLength(500);
        builder.Property(v => v.SuspensionReason).HasMaxLength(500);
        builder.Ignore(v => v.CanSell);
        builder.Ignore(v => v.ConnectedAccountId);
        builder.HasIndex(v => v.Slug).IsUnique();
        builder.HasIndex(v => v.OwnerUserId).IsUnique();
        builder.HasOne<ApplicationUser>().WithMany().HasForeignKey(v => v.OwnerUserId).OnDelete(DeleteBehavior.SetNull);
    }
}

internal sealed class VendorPayoutConfiguration : IEntityTypeConfiguration<VendorPayout>
{
    public void Configure(EntityTypeBuilder<VendorPayout> builder)
    {
        builder.Property(p => p.Currency).HasMaxLength(3).IsFixedLength();
        builder.Property(p => p.Status).HasConversion<string>().HasMaxLength(20);
        builder.ToTable("vendor_payouts", t => t.HasCheckConstraint("ck_vendor_payouts_amount_positive", "amount > 0"));
        builder.Property(p => p.Reference).HasMaxLength(200);
        builder.Property(p => p.Key).HasMaxLength(100);
        builder.Property(p => p.Method).HasConversion<string>().HasMaxLength(20);
        builder.Property(p => p.Destination).HasMaxLength(200);
        builder.Property(p => p.FailureReason).HasMaxLength(500);
        builder.Ignore(p => p.Total);
        builder.Ignore(p => p.AttemptKey);
        builder.Ignore(p => p.IsOpen);
        builder.HasIndex(p => p.Key).IsUnique();
        builder.HasIndex(p => new { p.VendorId, p.CreatedAt });
        builder.HasOne<Vendor>().WithMany().HasForeignKey(p => p.VendorId).OnDelete(DeleteBehavior.Restrict);
    }
}
