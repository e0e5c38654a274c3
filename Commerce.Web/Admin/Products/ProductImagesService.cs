using Commerce.Core.Catalog;
using Commerce.Core.Common;
using Commerce.Infrastructure.Catalog.Images;
using Commerce.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Web.Admin.Products;

/// <summary>A product's gallery: upload (through <see cref="ImageProcessor"/>), alt text, order, primary, variants shown with it.</summary>
public sealed class ProductImagesService(IDbContextFactory<CommerceDbContext> contexts, ImageProcessor images)
{
    public async Task<SaveResult> UploadAsync(int productId, Stream file, string altText, CatalogScope scope, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(altText)) return SaveResult.Invalid.On("AltText", "Describe the image for people who cannot see it.");
        if (altText.Trim().Length > 200) return SaveResult.Invalid.On("AltText", "At most 200 characters.");
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var product = await scope.Within(db.Products).Include(p => p.Images).SingleOrDefaultAsync(p => p.Id == productId, cancellationToken);
        if (product is null) return SaveResult.Invalid.On("File", "This product no longer exists.");

        var stored = await images.StoreAsync($"products/{productId}", file, cancellationToken);
        if (stored is ImageUploadResult.Refused refused) return SaveResult.Invalid.On("File", refused.Reason);
        var image = product.AddImage(((ImageUploadResult.Stored)stored).Url, altText);
        await db.SaveChangesAsync(cancellationToken);
        return new SaveResult.Saved(image.Id);
    }

    public Task<SaveResult> DescribeAsync(int productId, int imageId, string altText, CatalogScope scope, CancellationToken cancellationToken = default) =>
        ChangeAsync(productId, imageId, scope, (_, image) => image.Describe(altText), cancellationToken);

    public Task<SaveResult> MakePrimaryAsync(int productId, int imageId, CatalogScope scope, CancellationToken cancellationToken = default) =>
        ChangeAsync(productId, imageId, scope, (product, image) => product.MakePrimary(image), cancellationToken);

    public Task<SaveResult> MoveAsync(int productId, int imageId, int newIndex, CatalogScope scope, CancellationToken cancellationToken = default) =>
        ChangeAsync(productId, imageId, scope, (product, image) => product.MoveImage(image, newIndex), cancellationToken);

    public async Task<SaveResult> RemoveAsync(int productId, int imageId, CatalogScope scope, CancellationToken cancellationToken = default)
    {
        string? url = null;
        var result = await ChangeAsync(productId, imageId, scope, (product, image) => { url = image.Url; product.RemoveImage(image); }, cancellationToken);
        if (result is SaveResult.Saved && url is not null) await images.DeleteAsync(url, cancellationToken);
        return result;
    }

    /// <summary>Shows this image for exactly the given variants of the product (others showing it fall back to the gallery).</summary>
    public Task<SaveResult> AssignAsync(int productId, int imageId, IReadOnlyCollection<int> variantIds, CatalogScope scope, CancellationToken cancellationToken = default) =>
        ChangeAsync(productId, imageId, scope, (product, image) =>
        {
            foreach (var variant in product.Variants)
                if (variantIds.Contains(variant.Id)) variant.ShowImage(image.Url);
                else if (variant.ImageUrl == image.Url) variant.ShowImage(null);
        }, cancellationToken);

    private async Task<SaveResult> ChangeAsync(int productId, int imageId, CatalogScope scope, Action<Product, ProductImage> change, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var product = await scope.Within(db.Products).Include(p => p.Images).Include(p => p.Variants).AsSplitQuery()
            .SingleOrDefaultAsync(p => p.Id == productId, cancellationToken);
        var image = product?.Images.SingleOrDefault(i => i.Id == imageId);
        if (product is null || image is null) return SaveResult.Invalid.On("Image", "This image no longer exists.");
        try { change(product, image); }
        catch (DomainException ex) { return SaveResult.Invalid.On("AltText", ex.Message); }
        await db.SaveChangesAsync(cancellationToken);
        return new SaveResult.Saved(imageId);
    }
}
