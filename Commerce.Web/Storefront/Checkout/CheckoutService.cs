using Commerce.Core.Common;
using Commerce.Core.Ordering;
using Commerce.Core.Payments;
using Commerce.Infrastructure.Ordering;
using Commerce.Infrastructure.Payments;
using Commerce.Infrastructure.Persistence;
using Commerce.Web.Storefront.Cart;
using Microsoft.EntityFrameworkCore;
using Commerce.Core.Shipping;

namespace Commerce.Web.Storefront.Checkout;

/// <summary>An order on the payment step. <see cref="IsShoppers"/>: placed from this shopper's cart, or by this signed-in customer.</summary>
public sealed record OrderToPay(Guid Id, string Number, string Email, Money Total, OrderStatus Status, PaymentStatus PaymentStatus,
    string? LastFailure, bool IsShoppers);

/// <summary>The order this shopper's cart placed that still waits for its payment, and until when it is held.</summary>
public sealed record PendingOrder(Guid Id, string Number, Money Total, DateTimeOffset HeldUntil);

/// <summary>The three checkout steps: details, shipping, review and pay. Each step is saved on the server-side cart.</summary>
public sealed class CheckoutService(
    IDbContextFactory<CommerceDbContext> contexts,
    CartService carts,
    ShopperContext shopper,
    CartPricing pricing,
    OrderPlacement placement,
    OrderSettlement settlement,
    Microsoft.Extensions.Options.IOptions<CheckoutOptions> options)
{
    public Task<CartQuote?> GetAsync(CancellationToken cancellationToken = default) => carts.GetAsync(cancellationToken);

    /// <summary>The signed-in customer's email and saved addresses (default shipping address first), for step 1.</summary>
    public async Task<SavedDetails> SavedDetailsAsync(CancellationToken cancellationToken = default)
    {
        if (await shopper.CustomerIdAsync(cancellationToken) is not { } customerId) return SavedDetails.None;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var customer = await db.Customers.AsNoTracking().Include(c => c.Addresses).SingleAsync(c => c.Id == customerId, cancellationToken);
        var addresses = customer.Addresses
            .OrderByDescending(a => a.Kind == Core.Customers.AddressKind.Shipping).ThenByDescending(a => a.IsDefault).ThenBy(a => a.Id)
            .Select(a => new SavedAddress(a.Id, a.Address, a.IsDefault && a.Kind == Core.Customers.AddressKind.Shipping))
            .DistinctBy(a => a.Address)
            .ToList();
        return new SavedDetails(customer.Email, addresses);
    }

    public async Task<bool> SaveDetailsAsync(string email, Address shipping, Address? billing, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (await carts.LoadCartAsync(db, cancellationToken) is not { } cart) return false;
        cart.SetCheckoutDetails(email, shipping, billing);
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    public async Task<string?> ChooseShippingAsync(int methodId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (await carts.LoadCartAsync(db, cancellationToken) is not { } cart) return "Your cart is empty.";
        // Priced on the cart already loaded: the options offered are exactly the ones checked here.
        var quote = await pricing.QuoteAsync(db, cart, cancellationToken);
        var option = quote.ShippingOptions.FirstOrDefault(o => o.MethodId == methodId);
        if (option is null) return "Please choose a shipping method.";
        if (option.Quote is ShippingQuote.Unavailable unavailable) return unavailable.Message;
        cart.ChooseShipping(methodId);
        await db.SaveChangesAsync(cancellationToken);
        return null;
    }

    public async Task<PlaceOrderResult> PlaceAsync(string idempotencyKey, decimal expectedTotal, string? cardNumber, CancellationToken cancellationToken = default)
    {
        Guid? cartId;
        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
            cartId = await carts.FindCartIdAsync(db, cancellationToken);
        if (cartId is null) return new PlaceOrderResult.Rejected("Your cart is empty.");
        var command = new PlaceOrderCommand(cartId.Value, idempotencyKey, expectedTotal, new PaymentInput(cardNumber),
            await shopper.CustomerIdAsync(cancellationToken));
        return await placement.PlaceAsync(command, cancellationToken);
    }

    /// <summary>The cart's order still waiting for its payment (the "stays pending" card, a bank check), if any.</summary>
    public async Task<PendingOrder?> PendingOrderAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var cartId = await carts.FindCartIdAsync(db, cancellationToken);
        if (cartId is null) return null;
        var row = await db.Carts.AsNoTracking().Where(c => c.Id == cartId && c.PendingOrderId != null)
            .Join(db.Orders, c => c.PendingOrderId, o => o.Id, (c, o) => o)
            .Where(o => o.Status == OrderStatus.Pending && o.PaymentStatus == PaymentStatus.Pending)
            .Select(o => new { o.Id, o.Number, o.Total, o.Currency, o.PlacedAt }).SingleOrDefaultAsync(cancellationToken);
        return row is null ? null : new PendingOrder(row.Id, row.Number, new Money(row.Total, row.Currency), row.PlacedAt + options.Value.ReservationTimeout);
    }

    /// <summary>Pays the cart's pending order with another card; null when it is no longer waiting.</summary>
    public async Task<PlaceOrderResult?> PayPendingAsync(Guid orderId, string? cardNumber, CancellationToken cancellationToken = default)
    {
        Guid? cartId;
        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
            cartId = await carts.FindCartIdAsync(db, cancellationToken);
        return cartId is null ? null : await placement.PayPendingAsync(cartId.Value, orderId, new PaymentInput(cardNumber), cancellationToken);
    }

    /// <summary>Gives up the cart's pending order so the cart can be checked out afresh. False when it was no longer pending.</summary>
    public async Task<bool> AbandonPendingAsync(Guid orderId, CancellationToken cancellationToken = default)
    {
        Guid? cartId;
        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
            cartId = await carts.FindCartIdAsync(db, cancellationToken);
        return cartId is not null && await settlement.AbandonAsync(orderId, cartId.Value, cancellationToken);
    }

    public async Task<OrderToPay?> OrderToPayAsync(Guid orderId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var cartId = await carts.FindCartIdAsync(db, cancellationToken);
        var customerId = await shopper.CustomerIdAsync(cancellationToken);
        var row = await db.Orders.AsNoTracking().Where(o => o.Id == orderId).Select(o => new
        {
            o.Id, o.Number, o.Email, o.Total, o.Currency, o.Status, o.PaymentStatus,
            LastFailure = db.Payments.Where(p => p.OrderId == o.Id && p.Status == PaymentRecordStatus.Failed)
                .OrderByDescending(p => p.Id).Select(p => p.FailureMessage).FirstOrDefault(),
            IsShoppers = (customerId != null && o.CustomerId == customerId) || db.Carts.Any(c => c.Id == cartId && c.PendingOrderId == o.Id),
        }).SingleOrDefaultAsync(cancellationToken);
        return row is null ? null : new OrderToPay(row.Id, row.Number, row.Email, new Money(row.Total, row.Currency), row.Status, row.PaymentStatus,
            row.LastFailure, row.IsShoppers);
    }
}

/// <summary>What a signed-in customer has saved: nothing for a guest.</summary>
public sealed record SavedDetails(string? Email, IReadOnlyList<SavedAddress> Addresses)
{
    public static readonly SavedDetails None = new(null, []);
}

public sealed record SavedAddress(int Id, Address Address, bool IsDefault);
