using Commerce.Core.Cart;
using Commerce.Core.Catalog;
using Commerce.Core.Customers;
using Commerce.Core.Ordering;
using Commerce.Infrastructure.Persistence.Conversions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Commerce.Infrastructure.Persistence.Configurations;

internal sealed class CartConfiguration : IEntityTypeConfiguration<Cart>
{
    public void Configure(EntityTypeBuilder<Cart> builder)
    {
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.Property(c => c.Token).HasMaxLength(64);
        builder.Property(c => c.Email).HasMaxLength(254);
        builder.Property(c => c.Currency).HasMaxLength(3).IsFixedLength();
        builder.Property(c => c.CouponCode).HasMaxLength(50);
        builder.Property(c => c.ShippingCountryCode).HasMaxLength(2);
        builder.Property(c => c.ShippingPostalCode).HasMaxLength(20);
        builder.Ignore(c => c.ItemCount);
        builder.Ignore(c => c.IsEmpty);
        builder.Ignore(c => c.Subtotal);
        builder.Property(c => c.ShippingAddress).HasColumnType("jsonb").HasConversion(new AddressJsonConverter());
        builder.Property(c => c.BillingAddress).HasColumnType("jsonb").HasConversion(new AddressJsonConverter());
        builder.HasIndex(c => c.Token).IsUnique();
        builder.HasIndex(c => c.PendingOrderId);
        builder.HasOne<Order>().WithMany().HasForeignKey(c => c.PendingOrderId).OnDelete(DeleteBehavior.SetNull);
        builder.HasIndex(c => c.CustomerId);
        builder.HasIndex(c => c.UpdatedAt);
        builder.HasOne<Customer>().WithMany().HasForeignKey(c => c.CustomerId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(c => c.Items).WithOne().HasForeignKey(i => i.CartId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(c => c.Items).HasField("_items");
    }
}

internal sealed class CartItemConfiguration : IEntityTypeConfiguration<CartItem>
{
    public void Configure(EntityTypeBuilder<CartItem> builder)
    {
        builder.ToTable("cart_items", t => t.HasCheckConstraint("ck_cart_items_quantity_positive", "quantity > 0"));
        builder.Property(i => i.Currency).HasMaxLength(3).IsFixedLength();
        builder.Ignore(i => i.Price);
        builder.Ignore(i => i.LineTotal);
        builder.HasIndex(i => new { i.CartId, i.VariantId }).IsUnique();
        builder.HasOne<ProductVariant>().WithMany().HasForeignKey(i => i.VariantId).OnDelete(DeleteBehavior.Cascade);
    }
}
