using Commerce.Core.Catalog;
using Commerce.Core.Common;

namespace Commerce.Core.Tests.Catalog;

public class CategoryNaming
{
    [Fact]
    public void TrimsTheNameAndRefusesBlankOrLong()
    {
        var category = new Category("  Clothing ", "clothing");
        Assert.Equal("Clothing", category.Name);

        Assert.Throws<DomainException>(() => category.Rename(""));
        Assert.Throws<DomainException>(() => category.Rename(new string('x', 101)));
    }

    [Fact]
    public void RefusesAnInvalidSlug()
    {
        var category = new Category("Clothing", "clothing");

        Assert.Throws<DomainException>(() => category.ChangeSlug("Clothing & Shoes"));
        Assert.Throws<DomainException>(() => category.ChangeSlug("---"));
        Assert.Equal("clothing", category.Slug);
    }
}
