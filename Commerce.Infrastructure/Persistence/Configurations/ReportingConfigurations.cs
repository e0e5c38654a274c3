using Commerce.Core.Reporting;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Commerce.Infrastructure.Persistence.Configurations;

/// <summary>Kept by the trigger <c>count_cart_start</c> on <c>carts</c> (see the CartStartsAndCustomerNotes migration).</summary>
internal sealed class CartStartsDayConfiguration : IEntityTypeConfiguration<CartStartsDay>
{
    public void Configure(EntityTypeBuilder<CartStartsDay> builder)
    {
        builder.ToTable("cart_starts_daily", t => t.HasCheckConstraint("ck_cart_starts_daily_carts_not_negative", "carts >= 0"));
        builder.HasKey(d => d.Day);
    }
}
