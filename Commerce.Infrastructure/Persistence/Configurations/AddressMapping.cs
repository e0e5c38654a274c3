using Commerce.Core.Common;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Commerce.Infrastructure.Persistence.Configurations;

/// <summary>Addresses are stored as columns of their owner (an order keeps two: shipping_ and billing_).</summary>
internal static class AddressMapping
{
    public static void Configure<TOwner>(OwnedNavigationBuilder<TOwner, Address> address) where TOwner : class
    {
        address.Property(a => a.FullName).HasMaxLength(200);
        address.Property(a => a.Line1).HasMaxLength(200);
        address.Property(a => a.Line2).HasMaxLength(200);
        address.Property(a => a.City).HasMaxLength(100);
        address.Property(a => a.Region).HasMaxLength(100);
        address.Property(a => a.PostalCode).HasMaxLength(20);
        address.Property(a => a.CountryCode).HasMaxLength(2);
        address.Property(a => a.Phone).HasMaxLength(40);
    }
}
