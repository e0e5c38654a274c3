using Commerce.Core.Customers;
using Commerce.Infrastructure.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Commerce.Infrastructure.Persistence.Configurations;

public sealed class CustomerConfiguration : IEntityTypeConfiguration<Customer>
{
    /// <summary>The shadow column with a customer's email, names and phone in lower case; read it with EF.Property.</summary>
    public const string SearchText = "SearchText";

    public void Configure(EntityTypeBuilder<Customer> builder)
    {
        builder.Property(c => c.Email).HasMaxLength(254);
        builder.Property(c => c.Phone).HasMaxLength(40);
        builder.Property(c => c.FirstName).HasMaxLength(100);
        builder.Property(c => c.LastName).HasMaxLength(100);
        builder.Property(c => c.Currency).HasMaxLength(3).IsFixedLength();
        builder.Property(c => c.Notes).HasMaxLength(Customer.MaxNotesLength);
        // What the admin customers grid searches: one trigram-indexed column, so "%text%" stays fast on many customers.
        builder.Property<string>(SearchText).HasMaxLength(600)
            .HasComputedColumnSql("lower(email || ' ' || coalesce(first_name, '') || ' ' || coalesce(last_name, '') || ' ' || coalesce(phone, ''))", stored: true);
        builder.HasIndex(SearchText).HasMethod("gin").HasOperators("gin_trgm_ops");
        builder.HasIndex(c => c.CreatedAt);
        builder.Ignore(c => c.DisplayName);
        builder.HasIndex(c => c.Email).IsUnique();
        builder.HasIndex(c => c.UserId).IsUnique();
        builder.HasOne<ApplicationUser>().WithMany().HasForeignKey(c => c.UserId).OnDelete(DeleteBehavior.SetNull);
        builder.HasMany(c => c.Addresses).WithOne().HasForeignKey(a => a.CustomerId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(c => c.Addresses).HasField("_addresses");
    }
}

internal sealed class CustomerAddressConfiguration : IEntityTypeConfiguration<CustomerAddress>
{
    public void Configure(EntityTypeBuilder<CustomerAddress> builder)
    {
        builder.Property(a => a.Kind).HasConversion<string>().HasMaxLength(20);
        builder.OwnsOne(a => a.Address, AddressMapping.Configure);
        builder.HasIndex(a => new { a.CustomerId, a.Kind });
    }
}
