using Commerce.Core.Catalog;
using Commerce.Core.Common;
using Commerce.Core.Customers;
using Commerce.Core.Marketplace;
using Commerce.Core.Marketplace.Ledger;
using Commerce.Core.Ordering;
using Commerce.Core.Payments;
using Commerce.Core.Pricing;
using Commerce.Core.Promotions;
using Commerce.Core.Shipping;
using Commerce.Core.Tax;
using Commerce.Infrastructure.Marketplace;
using Commerce.Infrastructure.Payments;
using Commerce.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Infrastructure.Seeding;

/// <summary>The saved demo store, looked up by the keys the order definitions use.</summary>
internal sealed record DemoStore(
    IReadOnlyDictionary<string, Product> ProductsBySku,
    IReadOnlyDictionary<int, Category> CategoriesById,
    IReadOnlyDictionary<int, Vendor> VendorsById,
    IReadOnlyDictionary<string, Customer> CustomersByKey,
    IReadOnlyDictionary<string, ShippingMethod> ShippingByCode,
    IReadOnlyDictionary<string, Coupon> CouponsByCode,
    IReadOnlyList<TaxRate> TaxRates);

/// <summary>
/// Prices each historical order with the store's own pricing engine, then takes it through payment, shipping,
/// delivery or cancellation with the domain's methods, so the history is indistinguishable from real trading.
/// </summary>
internal sealed class DemoOrderHistory(CommerceDbContext db, DemoStore store, MarketplaceOptions marketplace, Random random, DateTimeOffset now)
{
    public async Task PlaceAsync(DemoOrder definition, CancellationToken cancellationToken)
    {
        var customer = store.CustomersByKey[definition.Customer];
        var address = customer.Addresses.Single(a => a.Kind == AddressKind.Shipping && a.IsDefault).Address;
        var method = store.ShippingByCode[definition.ShippingMethod];
        var coupon = definition.Coupon is { } code ? store.CouponsByCode[code] : null;
        var placedAt = new DateTimeOffset(now.UtcDateTime.Date, TimeSpan.Zero)
            .AddDays(-definition.DaysAgo).AddHours(8).AddMinutes(random.Next(0, 12 * 60));

        var picks = definition.Lines.Select(line => (Variant: PickVariant(store.ProductsBySku[line.Sku]), line.Quantity)).ToList();
        var quote = PricingEngine.Price(new PricingRequest(Currency.Default, picks.Select(ToPricingLine).ToList(), coupon,
            CouponUsage.None, Destination.Of(address), method, store.TaxRates, placedAt));
        if (!quote.IsReadyToOrder || (coupon is not null && quote.AppliedCouponCode is null))
            throw new InvalidOperationException($"The demo order for {customer.Email} {definition.DaysAgo} days ago cannot be priced as written.");

        var items = picks.Zip(quote.Lines, ToOrderItem).ToList();
        // A clock stopped at the placing time gives a number with the day the order was placed, from the real sequence.
        var number = await new OrderNumberGenerator(new FixedClock(placedAt)).NextAsync(db, cancellationToken);
        var order = new Order(number, customer.Email, customer.Id, address with { }, address with { }, method.Name,
            items, quote.ToOrderTotals(), $"demo-seed-{number}", placedAt);
        db.Orders.Add(order);
        if (coupon is not null) await RedeemAsync(order, coupon, customer, quote.Discount, placedAt, cancellationToken);

        if (definition.Outcome == DemoOrderOutcome.Cancelled)
        {
            order.Cancel("Customer asked to cancel before paying.", placedAt.AddHours(3));
            await db.SaveChangesAsync(cancellationToken);
            return;
        }

        var paidAt = placedAt.AddMinutes(2);
        var payment = Pay(order, paidAt);
        if (definition.Outcome != DemoOrderOutcome.Refunded) customer.RecordOrder(order.TotalAmount);
        await db.SaveChangesAsync(cancellationToken); // gives the lines ids to ship against and the payment an id to refund
        db.LedgerTransactions.Add(Postings.Sale(order.Id, order.Number, Split(order), paidAt, paidAt + marketplace.HoldPeriod));

        var shippedAt = placedAt.AddDays(1);
        switch (definition.Outcome)
        {
            case DemoOrderOutcome.Processing:
                order.StartProcessing(paidAt.AddHours(5));
                break;
            case DemoOrderOutcome.Shipped:
                Ship(order, method, shippedAt);
                break;
            case DemoOrderOutcome.Delivered:
                Ship(order, method, shippedAt);
                order.MarkDelivered(shippedAt.AddDays(method.MaxDays).AddHours(3));
                break;
            case DemoOrderOutcome.Refunded:
                await RefundAsync(order, payment, placedAt.AddDays(1), cancellationToken);
                break;
        }
        await db.SaveChangesAsync(cancellationToken);
        if (definition.PartialRefundDaysAgo is { } daysAgo)
            await PartialRefundAsync(order, payment, now.AddDays(-daysAgo), cancellationToken);
    }

    private ProductVariant PickVariant(Product product)
    {
        var active = product.Variants.Where(v => v.IsActive).ToList();
        return active[random.Next(active.Count)];
    }

    private PricingLine ToPricingLine((ProductVariant Variant, int Quantity) pick)
    {
        var product = pick.Variant.Product;
        return new PricingLine(pick.Variant.Id, product.Id, CategoryAndAncestors(product.CategoryId), product.Name,
            pick.Quantity, pick.Variant.Price, product.Dimensions.WeightGrams, product.IsDigital);
    }

    private static OrderItem ToOrderItem((ProductVariant Variant, int Quantity) pick, PricedLine line)
    {
        var (variant, product) = (pick.Variant, pick.Variant.Product);
        var item = new OrderItem(product.Id, variant.Id, product.VendorId, product.Name, variant.Name, variant.Sku,
            variant.ImageUrl ?? product.Images.First().Url, pick.Quantity, line.UnitPrice);
        item.ApplyPricing(line.Discount, line.Tax);
        return item;
    }

    private List<int> CategoryAndAncestors(int categoryId)
    {
        var ids = new List<int>();
        for (int? id = categoryId; id is { } current; id = store.CategoriesById[current].ParentId) ids.Add(current);
        return ids;
    }

    private async Task RedeemAsync(Order order, Coupon coupon, Customer customer, Money discount, DateTimeOffset at, CancellationToken cancellationToken)
    {
        order.UseCoupon(coupon.Code);
        var redemption = new CouponRedemption(coupon.Id, order.Id, customer.Id, customer.Email, discount, at);
        redemption.Confirm();
        db.CouponRedemptions.Add(redemption);
        // The usage count only ever moves by one UPDATE statement, as it does at checkout.
        await db.Coupons.Where(c => c.Id == coupon.Id)
            .ExecuteUpdateAsync(set => set.SetProperty(c => c.TimesUsed, c => c.TimesUsed + 1), cancellationToken);
    }

    private Payment Pay(Order order, DateTimeOffset at)
    {
        var reference = $"off_{order.Id:N}";
        order.StartPayment(OfflinePaymentGateway.ProviderName, reference);
        var payment = new Payment(order.Id, OfflinePaymentGateway.ProviderName, reference, order.TotalAmount);
        payment.Succeed();
        order.MarkPaid(at);
        db.Payments.Add(payment);
        return payment;
    }

    /// <summary>Pays every vendor what was available on <paramref name="payday"/>, by bank transfer as an admin would record it.</summary>
    public async Task PayOutAsync(DateTimeOffset payday, CancellationToken cancellationToken)
    {
        foreach (var vendor in store.VendorsById.Values.Where(v => v.Status == VendorStatus.Approved).OrderBy(v => v.Id))
        {
            var balance = await MarketplaceLedger.BalanceAsync(db, vendor.Id, Currency.Default, payday, cancellationToken);
            if (balance.PayoutDue(new Money(marketplace.MinimumPayout, Currency.Default)) is not { } due) continue;
            var payout = new VendorPayout(vendor.Id, due, payday.UtcDateTime.ToString("yyyy-MM-dd"), PayoutMethod.Manual, null, payday);
            db.VendorPayouts.Add(payout);
            await db.SaveChangesAsync(cancellationToken);
            var reference = $"BANK-{payday:yyyyMMdd}-{vendor.Id:D3}";
            payout.MarkSent(reference, payday.AddHours(4));
            db.LedgerTransactions.Add(Postings.PayoutCreated(payout.Id, vendor.Id, due, payday));
            db.LedgerTransactions.Add(Postings.PayoutSent(payout.Id, vendor.Id, due, reference, payday.AddHours(4)));
            await db.SaveChangesAsync(cancellationToken);
        }
    }

    private OrderSplitResult Split(Order order)
    {
        var money = (decimal amount) => new Money(amount, order.Currency);
        var lines = order.Items.Select(i => new SplitLine(i.Id, i.VendorId, i.Subtotal, money(i.DiscountTotal), money(i.TaxTotal))).ToList();
        var rates = order.Items.Select(i => i.VendorId).Distinct().ToDictionary(id => id, id => store.VendorsById[id].CommissionRate);
        return OrderSplit.Compute(new SplitOrder(lines, money(order.DiscountTotal), money(order.ShippingTotal), money(order.TaxTotal), order.TotalAmount),
            rates, marketplace.Policy);
    }

    private async Task PostRefundAsync(Order order, Refund refund, DateTimeOffset at, CancellationToken cancellationToken)
    {
        var transactions = await db.LedgerTransactions.Include(t => t.Entries).Where(t => t.OrderId == order.Id).ToListAsync(cancellationToken);
        var sale = transactions.Single(t => t.Kind == TransactionKind.Sale);
        db.LedgerTransactions.Add(Postings.Refund(order.Id, order.Number, refund.Id, OrderPosition.From(order.Currency, transactions.SelectMany(t => t.Entries)),
            new Money(refund.Amount, refund.Currency), at, sale.AvailableAt > at ? sale.AvailableAt : at));
        await db.SaveChangesAsync(cancellationToken);
    }

    private void Ship(Order order, ShippingMethod method, DateTimeOffset at)
    {
        foreach (var lines in order.Items.GroupBy(i => i.VendorId))
        {
            var tracking = TrackingNumber(method.Carrier);
            order.Ship(lines.Key, method.Carrier, tracking, method.TrackingUrlFor(tracking), lines.ToDictionary(i => i.Id, i => i.Quantity), at);
        }
    }

    private async Task RefundAsync(Order order, Payment payment, DateTimeOffset at, CancellationToken cancellationToken)
    {
        const string reason = "Ordered the wrong size; cancelled and refunded before dispatch.";
        order.Cancel(reason, at);
        order.RecordRefund(order.TotalAmount, at);
        var refund = new Refund(order.Id, payment.Id, order.TotalAmount, reason, $"off_refund_{order.Id:N}", at);
        db.Refunds.Add(refund);
        await db.SaveChangesAsync(cancellationToken);
        await PostRefundAsync(order, refund, at, cancellationToken);
    }

    /// <summary>A goodwill refund of a fifth of the order, after the vendor may already have been paid for it.</summary>
    private async Task PartialRefundAsync(Order order, Payment payment, DateTimeOffset at, CancellationToken cancellationToken)
    {
        var amount = order.TotalAmount.Multiply(0.2m).Round();
        order.RecordRefund(amount, at);
        var refund = new Refund(order.Id, payment.Id, amount, "Arrived with a scuffed box; partial refund as goodwill.", $"off_refund_{order.Id:N}_1", at);
        db.Refunds.Add(refund);
        await db.SaveChangesAsync(cancellationToken);
        await PostRefundAsync(order, refund, at, cancellationToken);
    }

    private string TrackingNumber(string carrier) => carrier switch
    {
        "UPS" => "1Z" + Digits(16),
        "FedEx" => Digits(12),
        _ => "9400" + Digits(18),
    };

    private string Digits(int count) => string.Concat(Enumerable.Range(0, count).Select(_ => (char)('0' + random.Next(10))));

    /// <summary>Stands still at one instant.</summary>
    private sealed class FixedClock(DateTimeOffset at) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => at.ToUniversalTime();
    }
}
