using Commerce.Core.Common;
using Commerce.Core.Ordering;
using Commerce.Core.Payments;
using Commerce.Core.Promotions;
using Commerce.Infrastructure.Inventory;
using Commerce.Infrastructure.Payments;
using Commerce.Infrastructure.Persistence;
using Commerce.Infrastructure.Promotions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Commerce.Core.Shipping;

namespace Commerce.Infrastructure.Ordering;

/// <summary>
/// Turns a cart into an order. In one transaction: reprice from the database, reserve every unit, take the coupon
/// use, write the order with its snapshots. Then start the payment once. Submitting the same form again (double
/// click, refresh, retry) returns the same order: the idempotency key and a lock on the cart see to that.
/// </summary>
public sealed class OrderPlacement(
    IDbContextFactory<CommerceDbContext> contexts,
    CartPricing pricing,
    InventoryReservations inventory,
    CouponReservations coupons,
    OrderNumberGenerator numbers,
    IPaymentGateway gateway,
    OrderSettlement settlement,
    TimeProvider clock,
    ILogger<OrderPlacement> logger)
{
    public async Task<PlaceOrderResult> PlaceAsync(PlaceOrderCommand command, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(command.IdempotencyKey) || command.IdempotencyKey.Length > 100)
            return new PlaceOrderResult.Rejected("This checkout form has expired. Please review your order again.");

        var created = await CreateOrderAsync(command, cancellationToken);
        if (created is PlaceOrderResult.Rejected) return created;
        var placed = (PlaceOrderResult.Placed)created;
        return placed with { Payment = await StartPaymentOnceAsync(placed.OrderId, command.Payment, cancellationToken) };
    }

    private async Task<PlaceOrderResult> CreateOrderAsync(PlaceOrderCommand command, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        // One placement per cart at a time; whoever comes second sees the first one's order.
        await db.Database.ExecuteSqlInterpolatedAsync($"SELECT pg_advisory_xact_lock(hashtext({"checkout:" + command.CartId}))", cancellationToken);

        if (await ExistingAsync(db, command, cancellationToken) is { } existing) return existing;
        var cart = await db.Carts.Include(c => c.Items).SingleOrDefaultAsync(c => c.Id == command.CartId, cancellationToken);
        if (cart is null || cart.IsEmpty) return new PlaceOrderResult.Rejected("Your cart is empty.");
        if (cart.CustomerId != command.CustomerId) return new PlaceOrderResult.Rejected("Your cart is empty.");
        if (cart.Email is null || cart.ShippingAddress is null)
            return new PlaceOrderResult.Rejected("Please enter your email and shipping address first.");

        var quote = await pricing.QuoteAsync(db, cart, cancellationToken);
        if (Problem(quote, command) is { } problem) return new PlaceOrderResult.Rejected(problem);

        var now = clock.GetUtcNow();
        var order = BuildOrder(await numbers.NextAsync(db, cancellationToken), cart, quote, command, now);
        db.Orders.Add(order);
        db.Payments.Add(new Payment(order.Id, gateway.Name, $"new_{order.Id:N}", order.TotalAmount));
        cart.MarkOrderPending(order.Id);
        await db.SaveChangesAsync(cancellationToken);

        // Variant order is the lock order, so two multi-line checkouts can never deadlock each other.
        foreach (var line in quote.Lines.Where(l => l.TracksStock).OrderBy(l => l.VariantId))
            if (!await inventory.TryReserveAsync(db, order.Id, line.VariantId, line.Quantity, cancellationToken))
                return await RejectAsync(transaction, $"Sorry, {Describe(line)} just sold out. We've updated your cart.", cancellationToken);

        if (quote.Price.CouponCheck is CouponCheck.Applied applied && await TakeCouponAsync(db, applied, order, cancellationToken) is { } couponProblem)
            return await RejectAsync(transaction, couponProblem, cancellationToken);

        await transaction.CommitAsync(cancellationToken);
        logger.LogInformation("Order {Number} placed for {Total}", order.Number, order.TotalAmount);
        return new PlaceOrderResult.Placed(order.Id, order.Number, null);
    }

    private static async Task<PlaceOrderResult?> ExistingAsync(CommerceDbContext db, PlaceOrderCommand command, CancellationToken cancellationToken)
    {
        var byKey = await db.Orders.AsNoTracking().Where(o => o.IdempotencyKey == command.IdempotencyKey)
            .Select(o => new { o.Id, o.Number }).SingleOrDefaultAsync(cancellationToken);
        if (byKey is not null) return new PlaceOrderResult.Placed(byKey.Id, byKey.Number, null);
        // The same cart already has an order waiting for its payment: that is the order, whatever key came with it.
        var pending = await db.Carts.AsNoTracking().Where(c => c.Id == command.CartId && c.PendingOrderId != null)
            .Join(db.Orders, c => c.PendingOrderId, o => o.Id, (c, o) => o)
            .Where(o => o.Status == OrderStatus.Pending && o.PaymentStatus == PaymentStatus.Pending)
            .Select(o => new { o.Id, o.Number }).SingleOrDefaultAsync(cancellationToken);
        return pending is null ? null : new PlaceOrderResult.Placed(pending.Id, pending.Number, null);
    }

    private static string? Problem(CartQuote quote, PlaceOrderCommand command)
    {
        if (quote.IsEmpty) return "Your cart is empty.";
        if (quote.Issues.FirstOrDefault(i => i.BlocksCheckout || i.Kind == CartIssueKind.QuantityCapped) is { } issue) return issue.Message;
        if (quote.Price.ShippingQuote is ShippingQuote.Unavailable unavailable) return unavailable.Message;
        if (!quote.Price.IsReadyToOrder) return "Please enter your shipping address first.";
        if (quote.Price.CouponCheck is CouponCheck.Rejected rejected) return rejected.Message;
        if (quote.Price.Total.Amount != command.ExpectedTotal)
            return $"Your total changed to {quote.Price.Total.Format()} since you last looked. Please review your order and place it again.";
        return null;
    }

    private static Order BuildOrder(string number, Core.Cart.Cart cart, CartQuote quote, PlaceOrderCommand command, DateTimeOffset now)
    {
        var priced = quote.Price.Lines.ToDictionary(l => l.VariantId);
        var items = quote.Lines.Select(line =>
        {
            var item = new OrderItem(line.ProductId, line.VariantId, line.VendorId, line.ProductName, line.VariantName, line.Sku,
                line.ImageUrl, line.Quantity, line.Price);
            item.ApplyPricing(priced[line.VariantId].Discount, priced[line.VariantId].Tax);
            return item;
        }).ToList();
        var shipping = quote.ShippingOptions.FirstOrDefault(o => o.MethodId == cart.ShippingMethodId)?.Name ?? "Digital delivery";
        var order = new Order(number, cart.Email!, command.CustomerId, cart.ShippingAddress!, (cart.BillingAddress ?? cart.ShippingAddress!) with { },
            shipping, items, quote.Price.ToOrderTotals(), command.IdempotencyKey, now);
        if (quote.Price.AppliedCouponCode is { } code) order.UseCoupon(code);
        return order;
    }

    private async Task<string?> TakeCouponAsync(CommerceDbContext db, CouponCheck.Applied applied, Order order, CancellationToken cancellationToken)
    {
        var coupon = await db.Coupons.AsNoTracking().SingleAsync(c => c.Code == applied.Code, cancellationToken);
        await coupons.LockShopperAsync(db, coupon.Id, order.Email, cancellationToken);
        if (coupon.PerCustomerLimit is { } perCustomer)
        {
            var used = await db.CouponRedemptions.CountAsync(r => r.CouponId == coupon.Id && r.Status != RedemptionStatus.Released
                && (r.Email == order.Email || (order.CustomerId != null && r.CustomerId == order.CustomerId)), cancellationToken);
            if (used >= perCustomer) return $"You have already used the coupon {coupon.Code}.";
        }
        if (!await coupons.TryTakeUseAsync(db, coupon.Id, cancellationToken))
            return $"The coupon {coupon.Code} has reached its usage limit. Remove it to continue.";
        db.CouponRedemptions.Add(new CouponRedemption(coupon.Id, order.Id, order.CustomerId, order.Email, new Money(order.DiscountTotal, order.Currency), order.PlacedAt));
        await db.SaveChangesAsync(cancellationToken);
        return null;
    }

    /// <summary>
    /// Pays the cart's order that is still waiting for its payment with another card: the same order, its units and
    /// coupon use still reserved, so nothing is reserved twice. The attempt that was pending is set aside (a late
    /// success for it finds the order paid and is refunded like any payment after the fact). Null when the cart has no
    /// such order any more (paid, failed, expired or abandoned meanwhile).
    /// </summary>
    public async Task<PlaceOrderResult?> PayPendingAsync(Guid cartId, Guid orderId, PaymentInput payment, CancellationToken cancellationToken = default)
    {
        string number;
        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var order = await OrderSettlement.LockAsync(db, orderId, cancellationToken);
            if (order is null || order.Status != OrderStatus.Pending || order.PaymentStatus != PaymentStatus.Pending
                || !await db.Carts.AnyAsync(c => c.Id == cartId && c.PendingOrderId == orderId, cancellationToken))
                return null;
            // Under the order's lock: of two retries at once, the second finds the first's Created row and claims nothing.
            if (await db.Payments.AnyAsync(p => p.OrderId == orderId && p.Status == PaymentRecordStatus.Created, cancellationToken))
                return new PlaceOrderResult.Placed(order.Id, order.Number, null);
            foreach (var earlier in await db.Payments.Where(p => p.OrderId == orderId && p.Status == PaymentRecordStatus.Pending).ToListAsync(cancellationToken))
                earlier.Fail("Replaced by a payment with another card.");
            db.Payments.Add(new Payment(order.Id, gateway.Name, $"retry_{Guid.NewGuid():N}", order.TotalAmount));
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            number = order.Number;
        }
        return new PlaceOrderResult.Placed(orderId, number, await StartPaymentOnceAsync(orderId, payment, cancellationToken));
    }

    /// <summary>Starts the payment exactly once per order: only the caller that claims the Created payment row asks the provider.</summary>
    private async Task<PaymentOutcome?> StartPaymentOnceAsync(Guid orderId, PaymentInput input, CancellationToken cancellationToken)
    {
        Order order;
        int attempt;
        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
        {
            var claimed = await db.Payments.Where(p => p.OrderId == orderId && p.Status == PaymentRecordStatus.Created)
                .ExecuteUpdateAsync(s => s.SetProperty(p => p.Status, PaymentRecordStatus.Pending), cancellationToken);
            if (claimed == 0) return null;
            order = await db.Orders.AsNoTracking().SingleAsync(o => o.Id == orderId, cancellationToken);
            attempt = await db.Payments.CountAsync(p => p.OrderId == orderId, cancellationToken);
        }

        var outcome = await gateway.StartAsync(new PaymentRequest(order.Id, order.Number, order.TotalAmount, order.Email, input, attempt), cancellationToken);
        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
        {
            // The attempt just claimed; an earlier one (set aside for another card) keeps its own reference.
            await db.Payments.Where(p => p.OrderId == orderId && p.Status == PaymentRecordStatus.Pending)
                .ExecuteUpdateAsync(s => s.SetProperty(p => p.ProviderReference, outcome.Reference), cancellationToken);
            await db.Orders.Where(o => o.Id == orderId).ExecuteUpdateAsync(s => s
                .SetProperty(o => o.PaymentProvider, gateway.Name).SetProperty(o => o.PaymentReference, outcome.Reference), cancellationToken);
        }
        switch (outcome.Kind)
        {
            case PaymentOutcomeKind.Succeeded: await settlement.MarkPaidAsync(orderId, outcome.Reference, cancellationToken); break;
            case PaymentOutcomeKind.Failed: await settlement.MarkPaymentFailedAsync(orderId, outcome.Reference, outcome.FailureMessage ?? "Payment failed.", cancellationToken); break;
        }
        return outcome;
    }

    private static async Task<PlaceOrderResult> RejectAsync(Microsoft.EntityFrameworkCore.Storage.IDbContextTransaction transaction, string message,
        CancellationToken cancellationToken)
    {
        await transaction.RollbackAsync(cancellationToken);
        return new PlaceOrderResult.Rejected(message);
    }

    private static string Describe(CartLine line) => line.VariantName == "Default" ? line.ProductName : $"{line.ProductName} ({line.VariantName})";
}
