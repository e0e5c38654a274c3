using Commerce.Core.Common;
using Commerce.Core.Reporting;
using Commerce.Infrastructure.Reporting;

namespace Commerce.Web.Admin.Dashboard;

public sealed record DashboardSnapshot(
    string Currency,
    IReadOnlyList<DashboardPeriod> Periods,
    IReadOnlyList<DashboardDay> Days,
    IReadOnlyList<SalesByKey> TopProducts,
    IReadOnlyList<SalesByKey> TopVendors,
    int AwaitingFulfilment,
    int LowStockVariants,
    int PendingVendors,
    int Customers,
    RefundQueue RefundQueue,
    DateTimeOffset TakenAt);

/// <summary>Today, the last 7 or the last 30 days, and their figures.</summary>
public sealed record DashboardPeriod(DayRange Range, SalesFigures Figures)
{
    public string Name => Range.Days == 1 ? "Today" : $"{Range.Days} days";
}

public sealed record DashboardDay(DateOnly Day, int Orders, decimal Revenue);

public sealed record RefundQueue(int Count, IReadOnlyList<RefundQueueItem> Oldest);

public sealed record RefundQueueItem(Guid OrderId, string Number, string Email, Money StillToRefund, DateTimeOffset? CancelledAt);
