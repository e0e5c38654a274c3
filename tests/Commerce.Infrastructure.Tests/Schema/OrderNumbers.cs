using Commerce.Core.Ordering;
using Commerce.Infrastructure.Persistence;

namespace Commerce.Infrastructure.Tests.Schema;

public sealed class OrderNumbers(MigratedDatabase database) : IClassFixture<MigratedDatabase>
{
    [Fact]
    public async Task FiftyOrdersNumberedAtOnceGetFiftyDifferentNumbers()
    {
        var generator = new OrderNumberGenerator(TimeProvider.System);

        var numbers = await Task.WhenAll(Enumerable.Range(0, 50).Select(_ => Task.Run(async () =>
        {
            await using var db = database.NewContext();
            return await generator.NextAsync(db);
        })));

        Assert.Equal(50, numbers.Distinct().Count());
        Assert.All(numbers, n => Assert.True(OrderNumber.LooksValid(n), n));
        Assert.All(numbers, n => Assert.StartsWith($"ORD-{DateTime.UtcNow:yyyyMMdd}-", n));
    }
}
