using Commerce.Core.Catalog;
using Commerce.Core.Common;

namespace Commerce.Core.Tests.Catalog;

public class ProductPublish
{
    private static readonly DateTimeOffset Monday = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void RequiresActiveVariant()
    {
        var product = SampleProducts.Tee();
        Assert.Throws<DomainException>(() => product.Publish(Monday));

        product.AddVariant("TEE-M", SampleProducts.Options("M", "Black")).Deactivate();
        Assert.Throws<DomainException>(() => product.Publish(Monday));
        Assert.Equal(ProductStatus.Draft, product.Status);
    }

    [Fact]
    public void KeepsTheFirstPublicationDateWhenRepublished()
    {
        var product = SampleProducts.Tee();
        product.AddVariant("TEE-M", SampleProducts.Options("M", "Black"));

        product.Publish(Monday);
        product.Unpublish();
        product.Publish(Monday.AddDays(3));

        Assert.Equal(ProductStatus.Active, product.Status);
        Assert.Equal(Monday, product.PublishedAt);
    }

    [Fact]
    public void MakesActiveVariantsPurchasableOnlyWhileActive()
    {
        var product = SampleProducts.Tee();
        var variant = product.AddVariant("TEE-M", SampleProducts.Options("M", "Black"));
        Assert.False(variant.IsPurchasable);

        product.Publish(Monday);
        Assert.True(variant.IsPurchasable);

        product.Archive();
        Assert.False(variant.IsPurchasable);
    }
}
