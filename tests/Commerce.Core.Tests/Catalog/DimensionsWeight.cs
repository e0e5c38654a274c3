using Commerce.Core.Catalog;
using Commerce.Core.Common;

namespace Commerce.Core.Tests.Catalog;

public class DimensionsWeight
{
    [Fact]
    public void RefusesANegativeWeight()
    {
        Assert.Throws<DomainException>(() => new Dimensions(-1, 10, 10, 10));
        Assert.Equal(250, new Dimensions(250, 30, 20, 2).WeightGrams);
    }
}
