using Commerce.Core.Common;
using Commerce.Core.Marketplace;
using Commerce.Core.Marketplace.Ledger;
using Commerce.Core.Ordering;
using Commerce.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Commerce.Infrastructure.Marketplace;

/// <summary>
/// Writes the marketplace's movements into the ledger inside the caller's unit of work (the order row is locked by
/// the caller), and reads balances back. The rules themselves are <see cref="OrderSplit"/> and <see cref="Postings"/>.
/// </summary>
public sealed class MarketplaceLedger(IOptions<MarketplaceOptions> options, ILogger<MarketplaceLedger> logger)
{
    public MarketplaceOptions Options => options.Value;

    /// <summary>The paid order split between its vendors and the platform; on hold until <see cref="MarketplaceOptions.HoldPeriod"/> has passed.</summary>
    public async Task<LedgerTransaction> PostSaleAsync(CommerceDbContext db, Order order, DateTimeOffset paidAt, CancellationToken cancellationToken)
    {
        var split = await SplitAsync(db, order, cancellationToken);
        var sale = Postings.Sale(order.Id, order.Number, split, paidAt, paidAt + options.Value.HoldPeriod);
        db.LedgerTransactions.Add(sale);
        return sale;
    }

    public async Task<OrderSplitResult> SplitAsync(CommerceDbContext db, Order order, CancellationToken cancellationToken)
    {
        var vendorIds = order.Items.Select(i => i.VendorId).Distinct().ToList();
        var rates = await db.Vendors.Where(v => vendorIds.Contains(v.Id)).ToDictionaryAsync(v => v.Id, v => v.CommissionRate, cancellationToken);
        var money = (decimal amount) => new Money(amount, order.Currency);
        var lines = order.Items.Select(i => new SplitLine(i.Id, i.VendorId, i.Subtotal, money(i.DiscountTotal), money(i.TaxTotal))).ToList();
        return OrderSplit.Compute(new SplitOrder(lines, money(order.DiscountTotal), money(order.ShippingTotal), money(order.TaxTotal), order.TotalAmount),
            rates, options.Value.Policy);
    }

    /// <summary>
    /// Reverses <paramref name="amount"/> of the order in proportion across its vendors, commission and the platform's
    /// part. Call it in the refund's own transaction, after the refund row has its id. Orders paid before the ledger
    /// existed have no sale to reverse and are left alone.
    /// </summary>
    public async Task<LedgerTransaction?> PostRefundAsync(CommerceDbContext db, Order order, int refundId, Money amount, DateTimeOffset at,
        CancellationToken cancellationToken)
    {
        var transactions = await db.LedgerTransactions.Include(t => t.Entries)
            .Where(t => t.OrderId == order.Id).ToListAsync(cancellationToken);
        var sale = transactions.FirstOrDefault(t => t.Kind == TransactionKind.Sale);
        if (sale is null)
        {
            logger.LogWarning("Refund {RefundId} on order {Number} has no ledger sale to reverse", refundId, order.Number);
            return null;
        }
        var position = OrderPosition.From(order.Currency, transactions.SelectMany(t => t.Entries));
        var refund = Postings.Refund(order.Id, order.Number, refundId, position, amount, at, sale.AvailableAt > at ? sale.AvailableAt : at);
        db.LedgerTransactions.Add(refund);
        return refund;
    }

    public static async Task<VendorBalance> BalanceAsync(CommerceDbContext db, int vendorId, string currency, DateTimeOffset now,
        CancellationToken cancellationToken)
    {
        var payable = await db.LedgerEntries.AsNoTracking()
            .Where(e => e.VendorId == vendorId && e.Account == AccountKind.VendorPayable)
            .Join(db.LedgerTransactions, e => e.TransactionId, t => t.Id, (e, t) => new { e.Amount, Available = t.AvailableAt <= now })
            .GroupBy(x => x.Available).Select(g => new { Available = g.Key, Sum = g.Sum(x => x.Amount) })
            .ToListAsync(cancellationToken);
        var payouts = await db.LedgerEntries.AsNoTracking()
            .Where(e => e.VendorId == vendorId && (e.Account == AccountKind.PayoutsInTransit || e.Account == AccountKind.PayoutsPaid))
            .GroupBy(e => e.Account).Select(g => new { Account = g.Key, Sum = g.Sum(x => x.Amount) })
            .ToListAsync(cancellationToken);
        return VendorBalance.From(currency,
            payable.Select(p => (-p.Sum, p.Available ? now : DateTimeOffset.MaxValue)),
            -payouts.Where(p => p.Account == AccountKind.PayoutsInTransit).Sum(p => p.Sum),
            -payouts.Where(p => p.Account == AccountKind.PayoutsPaid).Sum(p => p.Sum), now);
    }
}
