namespace Commerce.Core.Tests.Catalog;

public class ProductInventoryPolicy
{
    [Fact]
    public void AllowsBackorderOnlyWhenStockIsTracked()
    {
        var product = SampleProducts.Tee();

        product.SetInventoryPolicy(trackInventory: false, allowBackorder: true);
        Assert.False(product.AllowBackorder);

        product.SetInventoryPolicy(trackInventory: true, allowBackorder: true);
        Assert.True(product.AllowBackorder);
    }
}
