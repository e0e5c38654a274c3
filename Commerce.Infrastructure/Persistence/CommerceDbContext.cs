using Commerce.Core.Cart;
using Commerce.Core.Catalog;
using Commerce.Core.Customers;
using Commerce.Core.Inventory;
using Commerce.Core.Marketplace;
using Commerce.Core.Marketplace.Ledger;
using Commerce.Core.Notifications;
using Commerce.Core.Ordering;
using Commerce.Core.Payments;
using Commerce.Core.Promotions;
using Commerce.Core.Reporting;
using Commerce.Core.Shipping;
using Commerce.Core.Tax;
using Commerce.Infrastructure.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Infrastructure.Persistence;

public class CommerceDbContext(DbContextOptions<CommerceDbContext> options) : IdentityDbContext<ApplicationUser>(options)
{
    public const string OrderNumberSequence = "order_number_seq";

    public DbSet<Category> Categories => Set<Category>();
    public DbSet<Product> Products => Set<Product>();
    public DbSet<ProductVariant> Variants => Set<ProductVariant>();
    public DbSet<ProductImage> ProductImages => Set<ProductImage>();
    public DbSet<ProductSlugRedirect> ProductSlugRedirects => Set<ProductSlugRedirect>();
    public DbSet<CatalogImport> CatalogImports => Set<CatalogImport>();
    public DbSet<Warehouse> Warehouses => Set<Warehouse>();
    public DbSet<InventoryLevel> InventoryLevels => Set<InventoryLevel>();

    /// <summary>Available stock per variant (the view <c>variant_stock</c>); read stock only through this.</summary>
    public DbSet<VariantStock> VariantStock => Set<VariantStock>();
    public DbSet<InventoryMovement> InventoryMovements => Set<InventoryMovement>();
    public DbSet<InventoryReservation> InventoryReservations => Set<InventoryReservation>();
    public DbSet<Customer> Customers => Set<Customer>();
    public DbSet<CustomerAddress> CustomerAddresses => Set<CustomerAddress>();
    public DbSet<Cart> Carts => Set<Cart>();
    public DbSet<CartItem> CartItems => Set<CartItem>();
    public DbSet<Order> Orders => Set<Order>();
    public DbSet<OrderItem> OrderItems => Set<OrderItem>();
    public DbSet<Shipment> Shipments => Set<Shipment>();
    public DbSet<ShipmentLine> ShipmentLines => Set<ShipmentLine>();
    public DbSet<OrderNote> OrderNotes => Set<OrderNote>();
    public DbSet<Payment> Payments => Set<Payment>();
    public DbSet<Refund> Refunds => Set<Refund>();
    public DbSet<ProcessedWebhookEvent> ProcessedWebhookEvents => Set<ProcessedWebhookEvent>();
    public DbSet<Coupon> Coupons => Set<Coupon>();
    public DbSet<CouponRedemption> CouponRedemptions => Set<CouponRedemption>();
    public DbSet<Vendor> Vendors => Set<Vendor>();
    public DbSet<VendorPayout> VendorPayouts => Set<VendorPayout>();
    public DbSet<LedgerTransaction> LedgerTransactions => Set<LedgerTransaction>();
    public DbSet<LedgerEntry> LedgerEntries => Set<LedgerEntry>();
    public DbSet<ShippingMethod> ShippingMethods => Set<ShippingMethod>();
    public DbSet<TaxRate> TaxRates => Set<TaxRate>();
    public DbSet<BackInStockRequest> BackInStockRequests => Set<BackInStockRequest>();
    public DbSet<OutboxEmail> OutboxEmails => Set<OutboxEmail>();
    public DbSet<CartStartsDay> CartStartsDays => Set<CartStartsDay>();
    public DbSet<Core.Auditing.AuditEntry> AuditEntries => Set<Core.Auditing.AuditEntry>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.HasPostgresExtension("pg_trgm");
        builder.HasPostgresExtension("unaccent");
        builder.HasSequence<long>(OrderNumberSequence).StartsAt(1).IncrementsBy(1);
        builder.ApplyConfigurationsFromAssembly(typeof(CommerceDbContext).Assembly);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configuration)
    {
        // Money is decimal(12,2) everywhere unless a configuration says otherwise (rates are decimal(6,4)).
        configuration.Properties<decimal>().HavePrecision(12, 2);
        configuration.Properties<string>().HaveMaxLength(400);
    }
}
