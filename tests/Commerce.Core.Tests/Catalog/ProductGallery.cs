namespace Commerce.Core.Tests.Catalog;

public class ProductGallery
{
    [Fact]
    public void MovingAnImageRenumbersTheOthers()
    {
        var product = SampleProducts.Tee();
        var a = product.AddImage("/a.webp", "A");
        var b = product.AddImage("/b.webp", "B");
        var c = product.AddImage("/c.webp", "C");

        product.MoveImage(c, 0);

        Assert.Equal([c, a, b], product.Images.OrderBy(i => i.SortOrder));
    }

    [Fact]
    public void RemovingThePrimaryImagePromotesTheNextAndClearsVariantsShowingIt()
    {
        var product = SampleProducts.Tee();
        var a = product.AddImage("/a.webp", "A");
        var b = product.AddImage("/b.webp", "B");
        var variant = product.AddVariant("TEE-S", SampleProducts.Options("S", "Red"));
        variant.ShowImage(a.Url);

        product.RemoveImage(a);

        Assert.True(b.IsPrimary);
        Assert.Equal(0, b.SortOrder);
        Assert.Null(variant.ImageUrl);
    }

    [Fact]
    public void AVariantSkuUsedByASiblingIsRefused()
    {
        var product = SampleProducts.Tee();
        var first = product.AddVariant("TEE-S", SampleProducts.Options("S", "Red"));
        var second = product.AddVariant("TEE-M", SampleProducts.Options("M", "Red"));

        Assert.Throws<Commerce.Core.Common.DomainException>(() => product.ChangeVariantSku(second, first.Sku.ToLowerInvariant()));
    }
}
