using Commerce.Core.Catalog.Search;
using Commerce.Infrastructure.Search;
using Commerce.Infrastructure.Search.Elasticsearch;

namespace Commerce.Infrastructure.Tests.Search.Elasticsearch;

public sealed class FacetOrdering
{
    private static IEnumerable<FacetValue> Values(params string[] values) => values.Select(v => new FacetValue(v, v, 1, false));

    [Fact]
    public void SizesGoFromSmallToLargeThenNumbersThenTheRest()
    {
        var sorted = FacetValueOrder.Sort("size", Values("42", "XL", "One size", "m", "S", "38", "XXL", "L", "XS", "9.5"));

        Assert.Equal(["XS", "S", "m", "L", "XL", "XXL", "9.5", "38", "42", "One size"], sorted.Select(v => v.Value));
    }

    [Fact]
    public void ColoursAreAlphabetical()
    {
        var sorted = FacetValueOrder.Sort("colour", Values("White", "black", "Navy", "Grey"));

        Assert.Equal(["black", "Grey", "Navy", "White"], sorted.Select(v => v.Value));
    }

    [Fact]
    public void VendorsAreAlphabeticalByNameNotSlug()
    {
        var sorted = FacetValueOrder.Sort("vendor", [new("zz-first-slug", "Acme", 1, false), new("aa-slug", "Northwind", 9, false)]);

        Assert.Equal(["Acme", "Northwind"], sorted.Select(v => v.Label));
    }
}
