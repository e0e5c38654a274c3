namespace Commerce.Infrastructure.Seeding;

/// <summary>Where a historical order has got to by today.</summary>
internal enum DemoOrderOutcome
{
    /// <summary>Paid, waiting for the vendors to pick it.</summary>
    Confirmed,
    Processing,
    Shipped,
    Delivered,
    /// <summary>Cancelled before payment went through.</summary>
    Cancelled,
    /// <summary>Paid, then cancelled and refunded in full before it shipped.</summary>
    Refunded,
}

/// <summary>One historical order: who, when, how it shipped and what was in it (product SKU and quantity).</summary>
internal sealed record DemoOrder(
    string Customer,
    int DaysAgo,
    DemoOrderOutcome Outcome,
    string ShippingMethod,
    string? Coupon,
    params (string Sku, int Quantity)[] Lines)
{
    /// <summary>When set, a fifth of the order was refunded this many days ago.</summary>
    public int? PartialRefundDaysAgo { get; init; }
}

internal static class DemoOrders
{
    /// <summary>Oldest first, so order numbers rise with the date placed.</summary>
    public static readonly IReadOnlyList<DemoOrder> All =
    [
        new(DemoCustomers.CaseyKey, 44, DemoOrderOutcome.Delivered, "standard", null, ("NW-TEE-001", 2), ("HH-MUG-001", 1)),
        new("jordan", 38, DemoOrderOutcome.Delivered, "express", null, ("NW-SNK-001", 1)),
        new("priya", 33, DemoOrderOutcome.Delivered, "standard", "SAVE20", ("NW-JKT-001", 1), ("NW-CHN-001", 1)),
        new(DemoCustomers.CaseyKey, 27, DemoOrderOutcome.Delivered, "standard", null, ("TT-HPH-001", 1)),
        new("emma", 22, DemoOrderOutcome.Delivered, "express", null, ("HH-CDL-001", 2), ("HH-NTB-001", 1), ("HH-CSH-001", 1)) { PartialRefundDaysAgo = 5 },
        new("marcus", 15, DemoOrderOutcome.Refunded, "standard", null, ("NW-HOD-002", 1)),
        new("lukas", 12, DemoOrderOutcome.Cancelled, "express", null, ("NW-BOT-001", 1)),
        new(DemoCustomers.CaseyKey, 8, DemoOrderOutcome.Shipped, "express", null, ("NW-HOD-001", 1), ("TT-PHC-001", 1)),
        new("jordan", 6, DemoOrderOutcome.Shipped, "next-day", null, ("TT-WCH-001", 1)),
        new("priya", 4, DemoOrderOutcome.Shipped, "standard", null, ("HH-LMP-001", 1), ("HH-CSH-002", 2)),
        new("marcus", 2, DemoOrderOutcome.Processing, "express", null, ("TT-YGA-001", 1), ("NW-SCK-001", 3)),
        new(DemoCustomers.CaseyKey, 1, DemoOrderOutcome.Confirmed, "standard", "FREESHIP", ("NW-DRS-002", 1)),
    ];
}
