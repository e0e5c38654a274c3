using Commerce.Core.Ordering;
using Commerce.Core.Payments;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Commerce.Infrastructure.Persistence.Configurations;

internal sealed class PaymentConfiguration : IEntityTypeConfiguration<Payment>
{
    public void Configure(EntityTypeBuilder<Payment> builder)
    {
        builder.ToTable("payments", t => t.HasCheckConstraint("ck_payments_amount_positive", "amount > 0"));
        builder.Property(p => p.Provider).HasMaxLength(30);
        builder.Property(p => p.ProviderReference).HasMaxLength(200);
        builder.Property(p => p.Currency).HasMaxLength(3).IsFixedLength();
        builder.Property(p => p.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(p => p.FailureMessage).HasMaxLength(500);
        builder.HasIndex(p => new { p.Provider, p.ProviderReference }).IsUnique();
        builder.HasIndex(p => p.OrderId);
        builder.HasOne<Order>().WithMany().HasForeignKey(p => p.OrderId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class RefundConfiguration : IEntityTypeConfiguration<Refund>
{
    public void Configure(EntityTypeBuilder<Refund> builder)
    {
        builder.ToTable("refunds", t => t.HasCheckConstraint("ck_refunds_amount_positive", "amount > 0"));
        builder.Property(r => r.Currency).HasMaxLength(3).IsFixedLength();
        builder.Property(r => r.Reason).HasMaxLength(500);
        builder.Property(r => r.RequestedBy).HasMaxLength(200);
        builder.Property(r => r.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(r => r.ProviderReference).HasMaxLength(200);
        builder.Property(r => r.FailureMessage).HasMaxLength(500);
        builder.Ignore(r => r.AmountMoney);
        builder.Ignore(r => r.ProviderKey);
        builder.OwnsMany(r => r.Lines, line =>
        {
            line.ToTable("refund_lines", t => t.HasCheckConstraint("ck_refund_lines_quantity_positive", "quantity > 0"));
            line.WithOwner().HasForeignKey("RefundId");
            line.Property<int>("Id");
            line.HasKey("Id");
            line.HasOne<OrderItem>().WithMany().HasForeignKey(l => l.OrderItemId).OnDelete(DeleteBehavior.Restrict);
        });
        builder.Navigation(r => r.Lines).HasField("_lines");
        builder.HasIndex(r => new { r.OrderId, r.Status });
        builder.HasIndex(r => r.CompletedAt);
        builder.HasOne<Order>().WithMany().HasForeignKey(r => r.OrderId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Payment>().WithMany().HasForeignKey(r => r.PaymentId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class ProcessedWebhookEventConfiguration : IEntityTypeConfiguration<ProcessedWebhookEvent>
{
    public void Configure(EntityTypeBuilder<ProcessedWebhookEvent> builder)
    {
        builder.HasKey(e => e.EventId);
        builder.Property(e => e.EventId).HasMaxLength(100);
        builder.Property(e => e.Type).HasMaxLength(100);
    }
}
