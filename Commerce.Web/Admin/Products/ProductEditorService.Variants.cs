using Commerce.Core.Catalog;
using Commerce.Core.Common;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Commerce.Web.Admin.Products;

public sealed partial class ProductEditorService
{
    /// <summary>The key of a variant row's SKU error, e.g. "Variants[2].Sku".</summary>
    public static string SkuField(int row) => $"Variants[{row}].Sku";

    public static string PriceField(int row) => $"Variants[{row}].PriceOverride";

    /// <summary>
    /// Saves the variants editor: existing rows are updated in place (their ids, stock and order history stay), new rows
    /// are added. SKUs must be valid and unique in the whole store; a clash is reported on the row's SKU field with the
    /// product that has it. Rows missing from the list are left alone (a variant is deactivated, never deleted here).
    /// </summary>
    public async Task<SaveResult> SaveVariantsAsync(int productId, IReadOnlyList<VariantInput> rows, CatalogScope scope,
        CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var product = await scope.Within(db.Products).Include(p => p.Variants).SingleOrDefaultAsync(p => p.Id == productId, cancellationToken);
        if (product is null) return SaveResult.Invalid.On("Variants", "This product no longer exists.");

        var errors = new Dictionary<string, string>();
        var skus = new string?[rows.Count];
        for (var i = 0; i < rows.Count; i++)
        {
            try { skus[i] = Sku.Normalize(rows[i].Sku); }
            catch (DomainException ex) { errors[SkuField(i)] = ex.Message; }
            if (rows[i].PriceOverride is < 0) errors[PriceField(i)] = "Cannot be negative.";
            if (rows[i].Id is { } id && product.Variants.All(v => v.Id != id)) errors[SkuField(i)] = "This variant belongs to another product.";
        }
        foreach (var duplicate in skus.Select((sku, row) => (sku, row)).Where(x => x.sku is not null).GroupBy(x => x.sku).Where(g => g.Count() > 1))
            foreach (var (sku, row) in duplicate.Skip(1))
                errors[SkuField(row)] = $"SKU {sku} is used twice in this list (row {duplicate.First().row + 1}).";
        var wanted = skus.OfType<string>().Distinct().ToList();
        var clashes = await db.Variants.AsNoTracking().Where(v => wanted.Contains(v.Sku) && v.ProductId != productId)
            .Select(v => new { v.Sku, v.Product.Name }).ToListAsync(cancellationToken);
        foreach (var clash in clashes)
            errors[SkuField(Array.IndexOf(skus, clash.Sku))] = $"SKU {clash.Sku} is already used by {clash.Name}.";
        if (errors.Count > 0) return new SaveResult.Invalid(errors);

        try
        {
            ApplyVariants(product, rows, skus!);
        }
        catch (DomainException ex)
        {
            return SaveResult.Invalid.On("Variants", ex.Message);
        }
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException ex) when (ex.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            return SaveResult.Invalid.On("Variants", "Another save used one of these SKUs at the same moment; reload and try again.");
        }
        await indexer.IndexProductsAsync([product.Id], cancellationToken);
        return new SaveResult.Saved(product.Id, $"{rows.Count(r => r.Id is null)} variant(s) added, {rows.Count(r => r.Id is not null)} updated.");
    }

    private static void ApplyVariants(Product product, IReadOnlyList<VariantInput> rows, string[] skus)
    {
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            var variant = row.Id is { } id ? product.Variants.Single(v => v.Id == id) : null;
            if (variant is null) variant = product.AddVariant(skus[i], row.Options, row.PriceOverride);
            else if (variant.Sku != skus[i]) product.ChangeVariantSku(variant, skus[i]);
            variant.SetPrice(row.PriceOverride, row.CompareAtPrice);
            variant.ShowImage(row.ImageUrl);
            if (row.IsActive) variant.Activate(); else variant.Deactivate();
            variant.MoveTo(i);
        }
    }
}
