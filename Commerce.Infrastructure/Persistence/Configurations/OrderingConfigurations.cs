using Commerce.Core.Customers;
using Commerce.Core.Marketplace;
using Commerce.Core.Ordering;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Commerce.Infrastructure.Persistence.Configurations;

internal sealed class OrderConfiguration : IEntityTypeConfiguration<Order>
{
    public void Configure(EntityTypeBuilder<Order> builder)
    {
        builder.ToTable("orders", t =>
        {
            t.HasCheckConstraint("ck_orders_total_not_negative", "total >= 0");
            t.HasCheckConstraint("ck_orders_refunded_within_total", "refunded_total >= 0 AND refunded_total <= total");
            t.HasCheckConstraint("ck_orders_refunds_under_way_within_total",
                "refund_pending_total >= 0 AND refunded_total + refund_pending_total <= total");
        });
        builder.Property(o => o.Id).ValueGeneratedNever();
        builder.Property(o => o.Number).HasMaxLength(32);
        builder.Property(o => o.Email).HasMaxLength(254);
        builder.Property(o => o.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(o => o.PaymentStatus).HasConversion<string>().HasMaxLength(20);
        builder.Property(o => o.FulfillmentStatus).HasConversion<string>().HasMaxLength(20);
        builder.Property(o => o.Currency).HasMaxLength(3).IsFixedLength();
        builder.Property(o => o.ShippingMethod).HasMaxLength(100);
        builder.Property(o => o.Carrier).HasMaxLength(50);
        builder.Property(o => o.TrackingNumber).HasMaxLength(100);
        builder.Property(o => o.TrackingUrl).HasMaxLength(500);
        builder.Property(o => o.CouponCode).HasMaxLength(50);
        builder.Property(o => o.PaymentProvider).HasMaxLength(30);
        builder.Property(o => o.PaymentReference).HasMaxLength(200);
        builder.Property(o => o.CustomerNote).HasMaxLength(1000);
        builder.Property(o => o.CancelReason).HasMaxLength(500);
        builder.Property(o => o.IdempotencyKey).HasMaxLength(100);
        builder.OwnsOne(o => o.ShippingAddress, a => { AddressMapping.Configure(a); });
        builder.OwnsOne(o => o.BillingAddress, a => { AddressMapping.Configure(a); });
        builder.Ignore(o => o.TotalAmount);
        builder.Ignore(o => o.CanBeCancelledByCustomer);
        builder.Ignore(o => o.Refundable);
        builder.Ignore(o => o.IsPaid);
        builder.Ignore(o => o.HasShippedAnything);
        builder.Ignore(o => o.AllowedActions);
        builder.HasIndex(o => o.Number).IsUnique();
        builder.HasIndex(o => o.IdempotencyKey).IsUnique();
        builder.HasIndex(o => new { o.CustomerId, o.PlacedAt });
        builder.HasIndex(o => new { o.Email, o.Number });
        builder.HasIndex(o => new { o.Status, o.PlacedAt });
        builder.HasIndex(o => o.PlacedAt);
        builder.HasIndex(o => o.PaymentReference);
        builder.HasOne<Customer>().WithMany().HasForeignKey(o => o.CustomerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(o => o.Items).WithOne().HasForeignKey(i => i.OrderId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(o => o.Shipments).WithOne().HasForeignKey(s => s.OrderId).OnDelete(DeleteBehavior.Restrict);
        builder.Navigation(o => o.Items).HasField("_items");
        builder.Navigation(o => o.Shipments).HasField("_shipments");
    }
}

internal sealed class OrderItemConfiguration : IEntityTypeConfiguration<OrderItem>
{
    public void Configure(EntityTypeBuilder<OrderItem> builder)
    {
        builder.ToTable("order_items", t =>
        {
            t.HasCheckConstraint("ck_order_items_quantity_positive", "quantity > 0");
            t.HasCheckConstraint("ck_order_items_fulfilled_within_quantity", "fulfilled_quantity >= 0 AND fulfilled_quantity <= quantity");
            t.HasCheckConstraint("ck_order_items_refunded_within_quantity", "refunded_quantity >= 0 AND refunded_quantity <= quantity");
        });
        builder.Property(i => i.ProductName).HasMaxLength(200);
        builder.Property(i => i.VariantName).HasMaxLength(200);
        builder.Property(i => i.Sku).HasMaxLength(64);
        builder.Property(i => i.ImageUrl).HasMaxLength(500);
        builder.Property(i => i.Currency).HasMaxLength(3).IsFixedLength();
        builder.Ignore(i => i.Subtotal);
        builder.Ignore(i => i.Total);
        builder.Ignore(i => i.IsFulfilled);
        builder.Ignore(i => i.QuantityToShip);
        builder.HasIndex(i => new { i.VendorId, i.OrderId });
        builder.HasIndex(i => i.VariantId);
        builder.HasOne<Vendor>().WithMany().HasForeignKey(i => i.VendorId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class ShipmentConfiguration : IEntityTypeConfiguration<Shipment>
{
    public void Configure(EntityTypeBuilder<Shipment> builder)
    {
        builder.Property(s => s.Carrier).HasMaxLength(50);
        builder.Property(s => s.TrackingNumber).HasMaxLength(100);
        builder.Property(s => s.TrackingUrl).HasMaxLength(500);
        builder.HasIndex(s => new { s.VendorId, s.ShippedAt });
        builder.HasOne<Vendor>().WithMany().HasForeignKey(s => s.VendorId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(s => s.Lines).WithOne().HasForeignKey(l => l.ShipmentId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(s => s.Lines).HasField("_lines");
    }
}

internal sealed class ShipmentLineConfiguration : IEntityTypeConfiguration<ShipmentLine>
{
    public void Configure(EntityTypeBuilder<ShipmentLine> builder)
    {
        builder.ToTable("shipment_lines", t => t.HasCheckConstraint("ck_shipment_lines_quantity_positive", "quantity > 0"));
        // The navigation is the domain's own (internal): it lets EF fill in the line id of a line saved with the shipment.
        builder.HasOne(typeof(OrderItem), "Item").WithMany().HasForeignKey(nameof(ShipmentLine.OrderItemId)).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(l => l.OrderItemId);
    }
}

internal sealed class OrderNoteConfiguration : IEntityTypeConfiguration<OrderNote>
{
    public void Configure(EntityTypeBuilder<OrderNote> builder)
    {
        builder.Property(n => n.Author).HasMaxLength(200);
        builder.Property(n => n.Text).HasMaxLength(2000);
        builder.HasIndex(n => new { n.OrderId, n.CreatedAt });
        builder.HasOne<Order>().WithMany().HasForeignKey(n => n.OrderId).OnDelete(DeleteBehavior.Restrict);
    }
}
