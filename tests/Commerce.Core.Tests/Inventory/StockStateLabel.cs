using Commerce.Core.Inventory;

namespace Commerce.Core.Tests.Inventory;

public class StockStateLabel
{
    [Fact]
    public void SaysOnlyNLeftWhenLow()
    {
        var state = StockState.For(available: 3, trackInventory: true, allowBackorder: false);

        Assert.Equal(StockStatus.LowStock, state.Status);
        Assert.Equal("Only 3 left", state.Label);
    }

    [Theory]
    [InlineData(5, StockStatus.LowStock)]
    [InlineData(6, StockStatus.InStock)]
    [InlineData(1, StockStatus.LowStock)]
    [InlineData(0, StockStatus.SoldOut)]
    [InlineData(-2, StockStatus.SoldOut)]
    public void SwitchesToLowStockAtTheThreshold(int available, StockStatus expected)
    {
        Assert.Equal(expected, StockState.For(available, trackInventory: true, allowBackorder: false).Status);
    }

    [Fact]
    public void SoldOutCannotBeBoughtButBackorderCan()
    {
        var soldOut = StockState.For(0, trackInventory: true, allowBackorder: false);
        var backorder = StockState.For(0, trackInventory: true, allowBackorder: true);

        Assert.False(soldOut.CanBuy);
        Assert.Equal("Sold out", soldOut.Label);
        Assert.True(backorder.CanBuy);
        Assert.Equal("Backorder", backorder.Label);
    }

    [Fact]
    public void UntrackedStockIsAlwaysInStock()
    {
        var state = StockState.For(0, trackInventory: false, allowBackorder: false);

        Assert.Equal(StockStatus.InStock, state.Status);
        Assert.True(state.CanBuy);
        Assert.Equal("In stock", state.Label);
    }
}
