using Commerce.Core.Common;
using Commerce.Core.Ordering;
using Commerce.Core.Payments;

namespace Commerce.Core.Reporting;

/// <summary>
/// The store's one definition of a sale and of revenue net of refunds, used by the dashboard and every report.
/// <list type="bullet">
/// <item>A <b>sale</b> is an order that took payment (<see cref="TookPayment"/>), counted on the day it was placed,
/// whatever happened to it later. Unpaid, failed and voided orders are not sales.</item>
/// <item><b>Gross sales</b> are those orders' totals (items − discount + shipping + tax, what the customer paid).</item>
/// <item><b>Refunds</b> are counted once the provider has made them (<see cref="CountedRefund"/>), on that day, and only on
/// sales: a refund still waiting for the provider or refused by it moved no money, and money sent back for a payment
/// that arrived after its order was cancelled never counted as revenue, so it is not deducted either.</item>
/// <item><b>Revenue</b> (net) = gross sales placed in the period − refunds issued in the period, so a closed
/// period never changes when an old order is refunded today.</item>
/// <item>Breakdowns by product, vendor or category spread an order's refunds over its lines in proportion to the
/// line totals (the rest is the order's shipping).</item>
/// </list>
/// </summary>
public static class Sales
{
    public static readonly PaymentStatus[] TookPayment = [PaymentStatus.Paid, PaymentStatus.PartiallyRefunded, PaymentStatus.Refunded];

    /// <summary>The same set as stored (enum names), for SQL that filters on <c>orders.payment_status</c>.</summary>
    public static readonly string[] TookPaymentNames = TookPayment.Select(s => s.ToString()).ToArray();

    public const RefundStatus CountedRefund = RefundStatus.Succeeded;

    public static bool IsSale(PaymentStatus status) => TookPayment.Contains(status);
}

/// <summary>Sales over one period, in the store's currency.</summary>
public sealed record SalesFigures(int Orders, Money Gross, Money Refunds, int CartsStarted = 0)
{
    public static SalesFigures None(string currency) => new(0, Money.Zero(currency), Money.Zero(currency));

    public Money Revenue => Gross - Refunds;

    /// <summary>Gross sales per order, to the cent; refunds do not make an order smaller after the fact.</summary>
    public Money AverageOrderValue => Orders == 0 ? Money.Zero(Gross.Currency) : new Money(Gross.Amount / Orders, Gross.Currency).Round();

    /// <summary>Sales per cart started in the period (0–1), or null when no cart was started.</summary>
    public decimal? Conversion => CartsStarted == 0 ? null : Math.Round((decimal)Orders / CartsStarted, 4, MidpointRounding.AwayFromZero);

    public static SalesFigures operator +(SalesFigures a, SalesFigures b) =>
        new(a.Orders + b.Orders, a.Gross + b.Gross, a.Refunds + b.Refunds, a.CartsStarted + b.CartsStarted);
}
