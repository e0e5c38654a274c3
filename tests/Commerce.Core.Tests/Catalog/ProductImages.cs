using Commerce.Core.Common;

namespace Commerce.Core.Tests.Catalog;

public class ProductImages
{
    [Fact]
    public void FirstImageBecomesPrimary()
    {
        var product = SampleProducts.Tee();

        var front = product.AddImage("/img/front.jpg", "Front");
        var back = product.AddImage("/img/back.jpg", "Back");

        Assert.True(front.IsPrimary);
        Assert.False(back.IsPrimary);
        Assert.Equal(1, back.SortOrder);
    }

    [Fact]
    public void KeepsExactlyOnePrimaryImage()
    {
        var product = SampleProducts.Tee();
        product.AddImage("/img/front.jpg", "Front");
        var back = product.AddImage("/img/back.jpg", "Back");

        product.MakePrimary(back);

        Assert.Same(back, Assert.Single(product.Images, i => i.IsPrimary));
    }

    [Fact]
    public void RefusesAnotherProductsImage()
    {
        var product = SampleProducts.Tee();
        var front = product.AddImage("/img/front.jpg", "Front");
        var stranger = SampleProducts.Tee().AddImage("/img/other.jpg", "Other");

        Assert.Throws<DomainException>(() => product.MakePrimary(stranger));
        Assert.True(front.IsPrimary);
    }

    [Fact]
    public void RefusesAnImageWithoutAltText()
    {
        Assert.Throws<DomainException>(() => SampleProducts.Tee().AddImage("/img/front.jpg", " "));
    }
}
