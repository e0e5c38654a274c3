using System.Net;
using Commerce.Core.Catalog;
using Commerce.Testing;
using Commerce.Web.Admin.Products;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Commerce.Web.Tests.Admin.Catalog;

[Collection(Support.StoreAppCollection.Name)]
public sealed class ProductSlugAndSku(StoreApp app)
{
    private async Task<T> WithEditorAsync<T>(Func<ProductEditorService, Task<T>> use)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await use(scope.ServiceProvider.GetRequiredService<ProductEditorService>());
    }

    private async Task<(int Id, ProductInput Input)> ActiveProductAsync(string sku)
    {
        var id = await app.QueryAsync(db => db.Products.Where(p => p.Sku == sku).Select(p => p.Id).SingleAsync());
        var model = await WithEditorAsync(e => e.LoadAsync(id, CatalogScope.Store));
        return (id, model!.Input);
    }

    [Fact]
    public async Task ChangingASlugKeepsTheOldAddressAsAPermanentRedirect()
    {
        var (id, input) = await ActiveProductAsync("HH-CDL-001");
        var oldSlug = input.Slug!;
        input.Slug = oldSlug + "-renamed";

        var saved = await WithEditorAsync(e => e.SaveAsync(id, input, CatalogScope.Store));

        Assert.IsType<SaveResult.Saved>(saved);
        var response = await app.CreateClient().GetAsync($"/p/{oldSlug}?variant=1");
        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal($"/p/{oldSlug}-renamed?variant=1", response.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.OK, (await app.CreateClient().GetAsync($"/p/{oldSlug}-renamed")).StatusCode);
    }

    [Fact]
    public async Task AnOldSlugOfAnotherProductCannotBeTaken()
    {
        var (id, input) = await ActiveProductAsync("HH-CDL-002");
        var oldSlug = input.Slug!;
        input.Slug = oldSlug + "-moved";
        await WithEditorAsync(e => e.SaveAsync(id, input, CatalogScope.Store));
        var (otherId, other) = await ActiveProductAsync("HH-CDL-003");
        other.Slug = oldSlug;

        var refused = Assert.IsType<SaveResult.Invalid>(await WithEditorAsync(e => e.SaveAsync(otherId, other, CatalogScope.Store)));

        Assert.Contains(oldSlug, refused.Errors["Slug"]);
    }

    [Fact]
    public async Task AVariantSkuUsedByAnotherProductIsRefusedOnThatRow()
    {
        var (id, _) = await ActiveProductAsync("HH-LMP-001");
        var model = await WithEditorAsync(e => e.LoadAsync(id, CatalogScope.Store));
        var taken = await app.QueryAsync(db => db.Variants.Where(v => v.Product.Sku == "NW-TEE-001").Select(v => v.Sku).FirstAsync());
        var rows = model!.Variants.ToList();
        rows[0].Sku = taken.ToLowerInvariant();

        var refused = Assert.IsType<SaveResult.Invalid>(await WithEditorAsync(e => e.SaveVariantsAsync(id, rows, CatalogScope.Store)));

        Assert.Contains("Everyday Organic T-Shirt", refused.Errors[ProductEditorService.SkuField(0)]);
        Assert.NotEqual(taken, await app.QueryAsync(db => db.Variants.Where(v => v.Id == rows[0].Id).Select(v => v.Sku).SingleAsync()));
    }

    [Fact]
    public async Task AVendorScopeCannotOpenAnotherVendorsProduct()
    {
        var (id, _) = await ActiveProductAsync("HH-LMP-002");
        var otherVendor = await app.QueryAsync(db => db.Vendors.Where(v => v.Slug != "harbor-home").Select(v => v.Id).FirstAsync());

        Assert.Null(await WithEditorAsync(e => e.LoadAsync(id, CatalogScope.OfVendor(otherVendor))));
    }
}
