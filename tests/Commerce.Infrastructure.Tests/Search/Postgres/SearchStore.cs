using Commerce.Core.Catalog;
using Commerce.Core.Catalog.Search;
using Commerce.Core.Common;
using Commerce.Core.Inventory;
using Commerce.Core.Marketplace;
using Commerce.Infrastructure.Persistence;
using Commerce.Infrastructure.Search.Postgres;
using Commerce.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Commerce.Infrastructure.Tests.Search.Postgres;

/// <summary>
/// A migrated database of its own holding <see cref="SearchCatalog"/>, and the PostgreSQL search over it.
/// One per test class (xunit runs classes in parallel); tests that change the catalog make their own products.
/// </summary>
public sealed class SearchStore : TestDatabase
{
    private int _sequence;

    internal PostgresProductSearch Search => new(Contexts);
    internal PostgresProductIndexer Indexer => new(Contexts);

    protected override string DatabaseName => "search";

    protected override Task SeedAsync(CommerceDbContext db) => SearchCatalog.SeedAsync(db);

    public Task<ProductSearchResult> SearchAsync(string? text) => Search.SearchAsync(new ProductQuery { Text = text, PageSize = 100 });

    public Task<ProductSearchResult> SearchAsync(ProductQuery query) => Search.SearchAsync(query);

    public async Task<int> CategoryIdAsync(string slug)
    {
        await using var db = await Contexts.CreateDbContextAsync();
        return await db.Categories.Where(c => c.Slug == slug).Select(c => c.Id).SingleAsync();
    }

    /// <summary>A new published product (sizes S–L in one colour, 5 of each in stock) with a name no other test uses.</summary>
    public async Task<Product> AddProductAsync(string name, decimal price = 30m, string vendorSlug = SearchCatalog.Northwind,
        string categorySlug = "t-shirts", string colour = "Black")
    {
        var n = Interlocked.Increment(ref _sequence);
        await using var db = await Contexts.CreateDbContextAsync();
        var vendor = await db.Vendors.SingleAsync(v => v.Slug == vendorSlug);
        var category = await db.Categories.SingleAsync(c => c.Slug == categorySlug);
        var product = new Product(vendor.Id, category.Id, name, $"{Slug.From(name)}-{n}", $"ADD-{n}", new Money(price, "USD"));
        foreach (var size in new[] { "S", "M", "L" })
            product.AddVariant($"ADD-{n}-{size}", new Dictionary<string, string> { ["Size"] = size, ["Colour"] = colour });
        product.Publish(DateTimeOffset.UtcNow);
        db.Add(product);
        await db.SaveChangesAsync();
        var warehouse = await db.Warehouses.SingleAsync(w => w.Code == "MAIN");
        db.AddRange(product.Variants.Select(v => new InventoryLevel(v.Id, warehouse.Id, 5)));
        await db.SaveChangesAsync();
        return product;
    }

    public async Task<Vendor> AddVendorAsync(string name)
    {
        await using var db = await Contexts.CreateDbContextAsync();
        var vendor = new Vendor(name, Slug.From(name), $"{Slug.From(name)}@vendors.example", 0.1m);
        vendor.Approve(DateTimeOffset.UtcNow);
        db.Add(vendor);
        await db.SaveChangesAsync();
        return vendor;
    }

    public async Task<Category> AddCategoryAsync(string name, string? parentSlug = null)
    {
        await using var db = await Contexts.CreateDbContextAsync();
        var parent = parentSlug is null ? null : await db.Categories.SingleAsync(c => c.Slug == parentSlug);
        var category = new Category(name, Slug.From(name), parent);
        db.Add(category);
        await db.SaveChangesAsync();
        return category;
    }

    public async Task ChangeAsync(Func<CommerceDbContext, Task> change)
    {
        await using var db = await Contexts.CreateDbContextAsync();
        await change(db);
        await db.SaveChangesAsync();
    }

    public async Task<T> QueryAsync<T>(Func<CommerceDbContext, Task<T>> query)
    {
        await using var db = await Contexts.CreateDbContextAsync();
        return await query(db);
    }
}
