using Commerce.Core.Ordering;

namespace Commerce.Web.Tests.Admin.Insights;

/// <summary>
/// Sales whose figures are worked out by hand (today is 25 Nov 2026, UTC):
/// <list type="bullet">
/// <item>A today: 2 mugs (tax 2.00) + a lamp (tax 3.20) + 5.00 shipping = 75.20, paid; a 3.00 refund still with the provider.</item>
/// <item>B 3 days ago: a lamp − 4.00 discount + 2.88 tax = 38.88 with coupon AUTUMN, paid; 10.00 refunded today.</item>
/// <item>C 10 days ago: a mug + 1.00 tax + 5.00 shipping = 18.50, paid; refunded in full 9 days ago.</item>
/// <item>G yesterday: a lamp, 40.00, paid, then cancelled; its refund has not been made (the refund queue).</item>
/// <item>F 40 days ago: 4 mugs = 50.00, paid; 5.00 refunded today (an old order's refund counts today).</item>
/// <item>Not sales: D today, 8 lamps never paid; E 2 days ago cancelled unpaid, whose late payment of 13.50 went back yesterday.</item>
/// <item>Carts started: 4 today, 6 three days ago, 10 twenty days ago.</item>
/// </list>
/// </summary>
public sealed class KnownSales : InsightsStore
{
    public Order A { get; private set; } = null!;
    public Order B { get; private set; } = null!;
    public Order C { get; private set; } = null!;
    public Order G { get; private set; } = null!;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        A = await AddOrderAsync(0, [(Mug, 2, 2.00m), (Lamp, 1, 3.20m)], shipping: 5.00m);
        B = await AddOrderAsync(3, [(Lamp, 1, 2.88m)], discount: 4.00m, coupon: "AUTUMN", country: "CA", region: "BC");
        C = await AddOrderAsync(10, [(Mug, 1, 1.00m)], shipping: 5.00m);
        G = await AddOrderAsync(1, [(Lamp, 1, 0m)]);
        var f = await AddOrderAsync(40, [(Mug, 4, 0m)]);
        await AddOrderAsync(0, [(Lamp, 8, 0m)], paid: false);
        var e = await AddOrderAsync(2, [(Mug, 1, 1.00m)], paid: false);

        await RequestRefundAsync(A, 3.00m);
        await RefundAsync(B, 10.00m, daysAgo: 0);
        await RefundAsync(C, 18.50m, daysAgo: 9);
        await CancelAsync(G, daysAgo: 0);
        await RefundAsync(f, 5.00m, daysAgo: 0);
        await CancelAsync(e, daysAgo: 2);
        await LatePaymentRefundedAsync(e, 13.50m, daysAgo: 1);

        await CartsStartedAsync(0, 4);
        await CartsStartedAsync(3, 6);
        await CartsStartedAsync(20, 10);
    }
}
