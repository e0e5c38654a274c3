using Commerce.Core.Catalog;
using Commerce.Core.Common;
using Npgsql;
using NpgsqlTypes;

namespace Commerce.Infrastructure.Seeding;

/// <summary>Writes planned products with PostgreSQL's binary COPY, one table at a time. Column names follow the migration.</summary>
internal static class LargeCatalogCopy
{
    public static async Task<int> ProductsAsync(NpgsqlConnection connection, IReadOnlyList<PlannedProduct> products,
        DateTimeOffset now, Action<int> progress, CancellationToken cancellationToken)
    {
        await using var copy = await connection.BeginBinaryImportAsync(
            "COPY products (id, vendor_id, category_id, name, slug, short_description, description, currency, base_price, " +
            "compare_at_price, cost_price, sku, seo_title, seo_description, status, is_featured, is_digital, track_inventory, " +
            "allow_backorder, published_at, sales_count, created_at, updated_at, dimensions_weight_grams, dimensions_length_cm, " +
            "dimensions_width_cm, dimensions_height_cm) FROM STDIN (FORMAT BINARY)", cancellationToken);
        var status = ProductStatus.Active.ToString();
        for (var i = 0; i < products.Count; i++)
        {
            var p = products[i];
            await copy.StartRowAsync(cancellationToken);
            await copy.WriteAsync(p.Id, NpgsqlDbType.Integer, cancellationToken);
            await copy.WriteAsync(p.VendorId, NpgsqlDbType.Integer, cancellationToken);
            await copy.WriteAsync(p.CategoryId, NpgsqlDbType.Integer, cancellationToken);
            await copy.WriteAsync(p.Name, NpgsqlDbType.Varchar, cancellationToken);
            await copy.WriteAsync(p.Slug, NpgsqlDbType.Varchar, cancellationToken);
            await copy.WriteAsync(p.ShortDescription, NpgsqlDbType.Varchar, cancellationToken);
            await copy.WriteAsync(p.Description, NpgsqlDbType.Text, cancellationToken);
            await copy.WriteAsync(Currency.Default, NpgsqlDbType.Char, cancellationToken);
            await copy.WriteAsync(p.Price, NpgsqlDbType.Numeric, cancellationToken);
            if (p.CompareAt is { } compareAt) await copy.WriteAsync(compareAt, NpgsqlDbType.Numeric, cancellationToken);
            else await copy.WriteNullAsync(cancellationToken);
            await copy.WriteAsync(Math.Round(p.Price * 0.45m, 2), NpgsqlDbType.Numeric, cancellationToken);
            await copy.WriteAsync(p.Sku, NpgsqlDbType.Varchar, cancellationToken);
            await copy.WriteAsync($"{p.Name} by {p.VendorName}", NpgsqlDbType.Varchar, cancellationToken);
            await copy.WriteAsync(p.ShortDescription, NpgsqlDbType.Varchar, cancellationToken);
            await copy.WriteAsync(status, NpgsqlDbType.Varchar, cancellationToken);
            await copy.WriteAsync(false, NpgsqlDbType.Boolean, cancellationToken);
            await copy.WriteAsync(false, NpgsqlDbType.Boolean, cancellationToken);
            await copy.WriteAsync(true, NpgsqlDbType.Boolean, cancellationToken);
            await copy.WriteAsync(false, NpgsqlDbType.Boolean, cancellationToken);
            await copy.WriteAsync(p.PublishedAt, NpgsqlDbType.TimestampTz, cancellationToken);
            await copy.WriteAsync(0, NpgsqlDbType.Integer, cancellationToken);
            await copy.WriteAsync(now, NpgsqlDbType.TimestampTz, cancellationToken);
            await copy.WriteAsync(now, NpgsqlDbType.TimestampTz, cancellationToken);
            await copy.WriteAsync(p.Grams, NpgsqlDbType.Integer, cancellationToken);
            await copy.WriteAsync(30m, NpgsqlDbType.Numeric, cancellationToken);
            await copy.WriteAsync(20m, NpgsqlDbType.Numeric, cancellationToken);
            await copy.WriteAsync(10m, NpgsqlDbType.Numeric, cancellationToken);
            if ((i + 1) % 25_000 == 0) progress(i + 1);
        }
        return (int)await copy.CompleteAsync(cancellationToken);
    }

    public static async Task<int> VariantsAsync(NpgsqlConnection connection, IReadOnlyList<PlannedProduct> products,
        DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var copy = await connection.BeginBinaryImportAsync(
            "COPY product_variants (id, product_id, name, sku, image_url, is_active, sort_order, created_at, updated_at, options) " +
            "FROM STDIN (FORMAT BINARY)", cancellationToken);
        foreach (var product in products)
            for (var i = 0; i < product.Variants.Length; i++)
            {
                var v = product.Variants[i];
                await copy.StartRowAsync(cancellationToken);
                await copy.WriteAsync(v.Id, NpgsqlDbType.Integer, cancellationToken);
                await copy.WriteAsync(product.Id, NpgsqlDbType.Integer, cancellationToken);
                await copy.WriteAsync(v.Name, NpgsqlDbType.Varchar, cancellationToken);
                await copy.WriteAsync(v.Sku, NpgsqlDbType.Varchar, cancellationToken);
                await copy.WriteAsync(v.ImageUrl, NpgsqlDbType.Varchar, cancellationToken);
                await copy.WriteAsync(true, NpgsqlDbType.Boolean, cancellationToken);
                await copy.WriteAsync(i, NpgsqlDbType.Integer, cancellationToken);
                await copy.WriteAsync(now, NpgsqlDbType.TimestampTz, cancellationToken);
                await copy.WriteAsync(now, NpgsqlDbType.TimestampTz, cancellationToken);
                await copy.WriteAsync(v.OptionsJson, NpgsqlDbType.Jsonb, cancellationToken);
            }
        return (int)await copy.CompleteAsync(cancellationToken);
    }

    /// <summary>The primary image in the first colour; every other product also gets the close-up.</summary>
    public static async Task<int> ImagesAsync(NpgsqlConnection connection, IReadOnlyList<PlannedProduct> products,
        CancellationToken cancellationToken)
    {
        await using var copy = await connection.BeginBinaryImportAsync(
            "COPY product_images (product_id, url, alt_text, sort_order, is_primary) FROM STDIN (FORMAT BINARY)", cancellationToken);
        foreach (var product in products)
        {
            var primary = product.Variants[0].ImageUrl;
            await ImageRowAsync(copy, product.Id, primary, product.Name, 0, cancellationToken);
            if (product.Id % 2 == 0)
                await ImageRowAsync(copy, product.Id, primary.Replace(".svg", "-detail.svg", StringComparison.Ordinal),
                    $"Close-up detail of the {product.Name}", 1, cancellationToken);
        }
        return (int)await copy.CompleteAsync(cancellationToken);
    }

    public static async Task<int> InventoryAsync(NpgsqlConnection connection, IReadOnlyList<PlannedProduct> products,
        int warehouseId, CancellationToken cancellationToken)
    {
        await using var copy = await connection.BeginBinaryImportAsync(
            "COPY inventory_levels (variant_id, warehouse_id, on_hand, reserved, reorder_point, reorder_quantity) " +
            "FROM STDIN (FORMAT BINARY)", cancellationToken);
        foreach (var variant in products.SelectMany(p => p.Variants))
        {
            await copy.StartRowAsync(cancellationToken);
            await copy.WriteAsync(variant.Id, NpgsqlDbType.Integer, cancellationToken);
            await copy.WriteAsync(warehouseId, NpgsqlDbType.Integer, cancellationToken);
            await copy.WriteAsync(variant.OnHand, NpgsqlDbType.Integer, cancellationToken);
            await copy.WriteAsync(0, NpgsqlDbType.Integer, cancellationToken);
            await copy.WriteAsync(5, NpgsqlDbType.Integer, cancellationToken);
            await copy.WriteAsync(25, NpgsqlDbType.Integer, cancellationToken);
        }
        return (int)await copy.CompleteAsync(cancellationToken);
    }

    private static async Task ImageRowAsync(NpgsqlBinaryImporter copy, int productId, string url, string alt, int sortOrder,
        CancellationToken cancellationToken)
    {
        await copy.StartRowAsync(cancellationToken);
        await copy.WriteAsync(productId, NpgsqlDbType.Integer, cancellationToken);
        await copy.WriteAsync(url, NpgsqlDbType.Varchar, cancellationToken);
        await copy.WriteAsync(alt, NpgsqlDbType.Varchar, cancellationToken);
        await copy.WriteAsync(sortOrder, NpgsqlDbType.Integer, cancellationToken);
        await copy.WriteAsync(sortOrder == 0, NpgsqlDbType.Boolean, cancellationToken);
    }
}
