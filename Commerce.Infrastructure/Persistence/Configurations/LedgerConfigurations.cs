using Commerce.Core.Marketplace;
using Commerce.Core.Marketplace.Ledger;
using Commerce.Core.Ordering;
using Commerce.Core.Payments;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Commerce.Infrastructure.Persistence.Configurations;

/// <summary>
/// The ledger's tables. Besides these constraints the migration installs triggers that refuse UPDATE and DELETE on
/// both tables and check, at commit, that each transaction's entries sum to zero.
/// </summary>
internal sealed class LedgerTransactionConfiguration : IEntityTypeConfiguration<LedgerTransaction>
{
    public void Configure(EntityTypeBuilder<LedgerTransaction> builder)
    {
        builder.ToTable("ledger_transactions");
        builder.Property(t => t.Id).ValueGeneratedNever();
        builder.Property(t => t.Key).HasMaxLength(200);
        builder.Property(t => t.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(t => t.Currency).HasMaxLength(3).IsFixedLength();
        builder.Property(t => t.Memo).HasMaxLength(300);
        builder.HasIndex(t => t.Key).IsUnique();
        builder.HasIndex(t => t.OrderId);
        builder.HasIndex(t => t.PayoutId);
        builder.HasOne<Order>().WithMany().HasForeignKey(t => t.OrderId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<VendorPayout>().WithMany().HasForeignKey(t => t.PayoutId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Refund>().WithMany().HasForeignKey(t => t.RefundId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(t => t.Entries).WithOne().HasForeignKey(e => e.TransactionId).OnDelete(DeleteBehavior.Restrict);
        builder.Navigation(t => t.Entries).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Ignore(t => t.Sum);
    }
}

internal sealed class LedgerEntryConfiguration : IEntityTypeConfiguration<LedgerEntry>
{
    public void Configure(EntityTypeBuilder<LedgerEntry> builder)
    {
        builder.ToTable("ledger_entries", t => t.HasCheckConstraint("ck_ledger_entries_vendor_account",
            "(account IN ('VendorPayable', 'PayoutsInTransit', 'PayoutsPaid')) = (vendor_id IS NOT NULL)"));
        builder.Property(e => e.Account).HasConversion<string>().HasMaxLength(30);
        builder.Property(e => e.Type).HasConversion<string>().HasMaxLength(30);
        builder.Property(e => e.Currency).HasMaxLength(3).IsFixedLength();
        builder.Ignore(e => e.ForVendor);
        builder.HasIndex(e => new { e.VendorId, e.Account });
        builder.HasOne<Vendor>().WithMany().HasForeignKey(e => e.VendorId).OnDelete(DeleteBehavior.Restrict);
    }
}
