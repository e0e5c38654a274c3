using Commerce.Core.Catalog;
using Commerce.Core.Catalog.Search;
using Commerce.Core.Common;
using Commerce.Infrastructure.Persistence;
using Commerce.Web.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Commerce.Web.Admin.Products;

/// <summary>
/// Creates and edits products by the domain's rules, within a <see cref="CatalogScope"/> (the whole store, or one
/// vendor's products). Field errors come back keyed by the input's property name; on any error nothing is saved.
/// </summary>
public sealed partial class ProductEditorService(IDbContextFactory<CommerceDbContext> contexts, IProductIndexer indexer,
    IOptions<StoreSettings> store, TimeProvider clock)
{
    public async Task<ProductEditorModel?> LoadAsync(int id, CatalogScope scope, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var p = await scope.Within(db.Products.AsNoTracking()).Include(p => p.Variants).Include(p => p.Images)
            .AsSplitQuery().SingleOrDefaultAsync(p => p.Id == id, cancellationToken);
        if (p is null) return null;
        var input = new ProductInput
        {
            Name = p.Name, Slug = p.Slug, Sku = p.Sku, ShortDescription = p.ShortDescription, Description = p.Description,
            SeoTitle = p.SeoTitle, SeoDescription = p.SeoDescription, CategoryId = p.CategoryId, VendorId = p.VendorId,
            BasePrice = p.BasePrice, CompareAtPrice = p.CompareAtPrice, CostPrice = p.CostPrice, IsFeatured = p.IsFeatured,
            IsDigital = p.IsDigital, TrackInventory = p.TrackInventory, AllowBackorder = p.AllowBackorder, Status = p.Status,
        };
        var variants = p.Variants.OrderBy(v => v.SortOrder).ThenBy(v => v.Id).Select(v => new VariantInput
        {
            Id = v.Id, Options = new(v.Options, StringComparer.OrdinalIgnoreCase), Sku = v.Sku, PriceOverride = v.PriceOverride,
            CompareAtPrice = v.CompareAtPrice, ImageUrl = v.ImageUrl, IsActive = v.IsActive,
        }).ToList();
        var images = p.Images.OrderBy(i => i.SortOrder).Select(i => new ImageView(i.Id, i.Url, i.AltText, i.IsPrimary, i.SortOrder,
            p.Variants.Where(v => v.ImageUrl == i.Url).Select(v => v.Id).ToList())).ToList();
        return new ProductEditorModel(p.Id, p.Slug, p.Currency, input, variants, images, p.UpdatedAt);
    }

    /// <summary>Creates (no <paramref name="id"/>) or updates a product's details. A vendor scope fixes the vendor.</summary>
    public async Task<SaveResult> SaveAsync(int? id, ProductInput input, CatalogScope scope, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var product = id is { } existing
            ? await scope.Within(db.Products).Include(p => p.Variants).SingleOrDefaultAsync(p => p.Id == existing, cancellationToken)
            : null;
        if (id is not null && product is null) return SaveResult.Invalid.On(nameof(input.Name), "This product no longer exists.");

        var errors = new Dictionary<string, string>();
        var vendorId = scope.VendorId ?? input.VendorId;
        string slug = "", sku = "";
        Try(errors, nameof(input.Name), () => Guard(input.Name, "Name", 200));
        Try(errors, nameof(input.Slug), () => slug = string.IsNullOrWhiteSpace(input.Slug) ? Slug.From(input.Name) : CheckSlug(input.Slug.Trim()));
        Try(errors, nameof(input.Sku), () => sku = Sku.Normalize(input.Sku));
        if (input.BasePrice is not { } price || price < 0) errors[nameof(input.BasePrice)] = "Enter a price of 0 or more.";
        if (input.CompareAtPrice is < 0) errors[nameof(input.CompareAtPrice)] = "Cannot be negative.";
        else if (input.CompareAtPrice is { } compare && input.BasePrice is { } basePrice && compare <= basePrice)
            errors[nameof(input.CompareAtPrice)] = "Must be above the price, or empty.";
        if (input.CostPrice is < 0) errors[nameof(input.CostPrice)] = "Cannot be negative.";
        if (input.SeoTitle?.Length > 200) errors[nameof(input.SeoTitle)] = "At most 200 characters (60 show in search results).";
        if (input.SeoDescription?.Length > 400) errors[nameof(input.SeoDescription)] = "At most 400 characters (160 show in search results).";
        if (input.ShortDescription?.Length > 500) errors[nameof(input.ShortDescription)] = "At most 500 characters.";
        if (input.CategoryId is not { } categoryId || !await db.Categories.AnyAsync(c => c.Id == categoryId, cancellationToken))
            errors[nameof(input.CategoryId)] = "Choose a category.";
        if (vendorId is not { } vendor || !await db.Vendors.AnyAsync(v => v.Id == vendor, cancellationToken))
            errors[nameof(input.VendorId)] = "Choose a vendor.";
        if (errors.Count > 0) return new SaveResult.Invalid(errors);

        if (string.IsNullOrWhiteSpace(input.Slug)) slug = await FreeSlugAsync(db, slug, product?.Id, cancellationToken);
        else if (await SlugTakenAsync(db, slug, product?.Id, cancellationToken))
            return SaveResult.Invalid.On(nameof(input.Slug), $"Another product already uses the address /p/{slug}.");
        if (await db.Products.AnyAsync(p => p.Sku == sku && p.Id != (product == null ? 0 : product.Id), cancellationToken))
            return SaveResult.Invalid.On(nameof(input.Sku), $"SKU {sku} is already used by another product.");

        var now = clock.GetUtcNow();
        var oldSlug = product?.Slug;
        try
        {
            product ??= db.Products.Add(new Product(vendorId!.Value, input.CategoryId!.Value, input.Name, slug, sku,
                new Money(input.BasePrice!.Value, store.Value.Currency))).Entity;
            Apply(product, input, vendorId!.Value, slug, sku, now);
        }
        catch (DomainException ex)
        {
            return SaveResult.Invalid.On(input.Status == ProductStatus.Active ? nameof(input.Status) : nameof(input.Name), ex.Message);
        }
        if (oldSlug is not null && oldSlug != slug) await KeepOldSlugAsync(db, product, oldSlug, now, cancellationToken);

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException ex) when (ex.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation } unique)
        {
            return unique.ConstraintName?.Contains("slug") == true
                ? SaveResult.Invalid.On(nameof(input.Slug), $"Another product already uses the address /p/{slug}.")
                : SaveResult.Invalid.On(nameof(input.Sku), $"SKU {sku} is already used by another product.");
        }
        await indexer.IndexProductsAsync([product.Id], cancellationToken);
        return new SaveResult.Saved(product.Id);
    }

    private static void Apply(Product product, ProductInput input, int vendorId, string slug, string sku, DateTimeOffset now)
    {
        product.Rename(input.Name);
        product.ChangeSlug(slug);
        product.ChangeSku(sku);
        product.AssignVendor(vendorId);
        product.MoveToCategory(input.CategoryId!.Value);
        product.Describe(Blank(input.ShortDescription), Blank(input.Description));
        product.SetSeo(Blank(input.SeoTitle), Blank(input.SeoDescription));
        product.Reprice(new Money(input.BasePrice!.Value, product.Currency), input.CompareAtPrice, input.CostPrice);
        product.SetFlags(input.IsFeatured, input.IsDigital, input.TrackInventory, input.AllowBackorder);
        product.ChangeStatus(input.Status, now);
    }

    // The old address keeps working: it points at this product from now on (and stops pointing elsewhere).
    private static async Task KeepOldSlugAsync(CommerceDbContext db, Product product, string oldSlug, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await db.ProductSlugRedirects.Where(r => r.OldSlug == product.Slug).ExecuteDeleteAsync(cancellationToken);
        if (!await db.ProductSlugRedirects.AnyAsync(r => r.OldSlug == oldSlug, cancellationToken))
            db.ProductSlugRedirects.Add(new ProductSlugRedirect(oldSlug, product.Id, now));
    }

    private static async Task<bool> SlugTakenAsync(CommerceDbContext db, string slug, int? productId, CancellationToken cancellationToken) =>
        await db.Products.AnyAsync(p => p.Slug == slug && p.Id != (productId ?? 0), cancellationToken)
        || await db.ProductSlugRedirects.AnyAsync(r => r.OldSlug == slug && r.ProductId != (productId ?? 0), cancellationToken);

    private static async Task<string> FreeSlugAsync(CommerceDbContext db, string slug, int? productId, CancellationToken cancellationToken)
    {
        var candidate = slug;
        for (var n = 2; await SlugTakenAsync(db, candidate, productId, cancellationToken); n++) candidate = $"{slug}-{n}";
        return candidate;
    }

    private static string CheckSlug(string slug) =>
        Slug.IsValid(slug) ? slug : throw new DomainException("Use lower-case letters, digits and single hyphens, e.g. organic-cotton-tee.");

    private static void Guard(string? value, string name, int max)
    {
        if (string.IsNullOrWhiteSpace(value)) throw new DomainException($"{name} is required.");
        if (value.Trim().Length > max) throw new DomainException($"{name} must be at most {max} characters.");
    }

    private static void Try(Dictionary<string, string> errors, string field, Action check)
    {
        try { check(); }
        catch (DomainException ex) { errors[field] = ex.Message; }
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
