using Commerce.Core.Common;
using Commerce.Core.Reporting;

namespace Commerce.Core.Tests.Reporting;

public sealed class DayRangeBuckets
{
    [Fact]
    public void LastSevenDaysEndsTodayAndIncludesIt()
    {
        var range = DayRange.LastDays(new DateOnly(2026, 12, 4), 7);

        Assert.Equal((new DateOnly(2026, 11, 28), new DateOnly(2026, 12, 4), 7), (range.From, range.To, range.Days));
        Assert.Equal(new DateTimeOffset(2026, 12, 5, 0, 0, 0, TimeSpan.Zero), range.End);
    }

    [Fact]
    public void WeeksStartOnMondayAndMonthsOnTheFirst()
    {
        var range = new DayRange(new DateOnly(2026, 11, 25), new DateOnly(2026, 12, 8));

        Assert.Equal([new DateOnly(2026, 11, 23), new DateOnly(2026, 11, 30), new DateOnly(2026, 12, 7)], range.Buckets(SalesInterval.Week));
        Assert.Equal([new DateOnly(2026, 11, 1), new DateOnly(2026, 12, 1)], range.Buckets(SalesInterval.Month));
        Assert.Equal(14, range.Buckets(SalesInterval.Day).Count);
    }

    [Fact]
    public void AnEndBeforeTheStartIsRefused()
    {
        var error = Assert.Throws<DomainException>(() => new DayRange(new DateOnly(2026, 12, 2), new DateOnly(2026, 12, 1)));

        Assert.Equal("The end date must not be before the start date.", error.Message);
    }
}
