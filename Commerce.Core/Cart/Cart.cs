using System.Security.Cryptography;
using Commerce.Core.Common;
using Commerce.Core.Promotions;

namespace Commerce.Core.Cart;

/// <summary>
/// A shopper's server-side cart. Guests hold it by an unguessable token in an http-only cookie;
/// customers by their id. Unit prices are snapshots for display only: checkout reprices from the catalog.
/// </summary>
public class Cart : IAuditable
{
    public const int MaxQuantityPerLine = 99;
    public static readonly TimeSpan GuestLifetime = TimeSpan.FromDays(7);

    private readonly List<CartItem> _items = [];

    private Cart() { }

    public Cart(string currency, DateTimeOffset now, int? customerId = null)
    {
        Id = Guid.NewGuid();
        Token = NewToken();
        Currency = Common.Currency.Normalize(currency);
        CustomerId = customerId;
        ExpiresAt = now + GuestLifetime;
    }

    public Guid Id { get; private set; }
    public string Token { get; private set; } = "";
    public int? CustomerId { get; private set; }
    public string? Email { get; private set; }
    public string Currency { get; private set; } = Common.Currency.Default;
    public string? CouponCode { get; private set; }
    public int? ShippingMethodId { get; private set; }
    public string? ShippingCountryCode { get; private set; }
    public string? ShippingPostalCode { get; private set; }
    public Address? ShippingAddress { get; private set; }
    public Address? BillingAddress { get; private set; }
    /// <summary>The order being paid for from this cart; the cart empties only once that order is paid.</summary>
    public Guid? PendingOrderId { get; private set; }
    public DateTimeOffset ExpiresAt { get; private set; }
    public DateTimeOffset? ReminderSentAt { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset UpdatedAt { get; private set; }
    public IReadOnlyCollection<CartItem> Items => _items;

    public int ItemCount => _items.Sum(i => i.Quantity);
    public bool IsEmpty => _items.Count == 0;
    public Money Subtotal => Money.Sum(_items.Select(i => i.LineTotal), Currency);

    public CartItem AddItem(int variantId, int quantity, Money unitPrice, DateTimeOffset now)
    {
        Guard.Positive(quantity, "Quantity");
        if (unitPrice.Currency != Currency) throw new DomainException($"This cart is priced in {Currency}.");
        var existing = _items.FirstOrDefault(i => i.VariantId == variantId);
        if (existing is not null)
        {
            existing.ChangeQuantity(existing.Quantity + quantity);
            existing.Reprice(unitPrice);
        }
        else
        {
            existing = new CartItem(variantId, quantity, unitPrice, now);
            _items.Add(existing);
        }
        Touch(now);
        return existing;
    }

    public void ChangeQuantity(int variantId, int quantity, DateTimeOffset now)
    {
        var item = Find(variantId);
        if (quantity <= 0) _items.Remove(item);
        else item.ChangeQuantity(quantity);
        Touch(now);
    }

    public void RemoveItem(int variantId, DateTimeOffset now)
    {
        _items.Remove(Find(variantId));
        Touch(now);
    }

    public void Clear(DateTimeOffset now)
    {
        _items.Clear();
        CouponCode = null;
        Touch(now);
    }

    public void ApplyCoupon(string code) => CouponCode = Guard.NotBlank(code, "Coupon code", 50).ToUpperInvariant();
    public void RemoveCoupon() => CouponCode = null;
    public void ChooseShipping(int shippingMethodId) => ShippingMethodId = shippingMethodId;

    public void EstimateShippingTo(string countryCode, string? postalCode)
    {
        ShippingCountryCode = countryCode.Trim().ToUpperInvariant();
        ShippingPostalCode = postalCode?.Trim();
    }

    /// <summary>Checkout step 1: who and where. Billing defaults to the shipping address.</summary>
    public void SetCheckoutDetails(string email, Address shippingAddress, Address? billingAddress)
    {
        RememberEmail(email);
        ShippingAddress = shippingAddress;
        BillingAddress = billingAddress ?? shippingAddress;
        EstimateShippingTo(shippingAddress.CountryCode, shippingAddress.PostalCode);
    }

    public void MarkOrderPending(Guid orderId) => PendingOrderId = orderId;

    public void RememberEmail(string email) => Email = Customers.Customer.NormalizeEmail(email);
    public void AssignTo(int customerId) => CustomerId = customerId;
    public void MarkReminderSent(DateTimeOffset at) => ReminderSentAt = at;

    /// <summary>Folds a guest cart into this one at log-in; quantities add up, then the caller caps them by stock.</summary>
    public void MergeFrom(Cart guest, DateTimeOffset now)
    {
        if (guest.Currency != Currency) throw new DomainException("Carts in different currencies cannot be merged.");
        foreach (var item in guest.Items)
        {
            // Logging in must not fail because two carts together pass the line limit.
            var room = MaxQuantityPerLine - (_items.FirstOrDefault(i => i.VariantId == item.VariantId)?.Quantity ?? 0);
            if (room > 0) AddItem(item.VariantId, Math.Min(item.Quantity, room), item.Price, now);
        }
        CouponCode ??= guest.CouponCode;
    }

    private CartItem Find(int variantId) =>
        _items.FirstOrDefault(i => i.VariantId == variantId) ?? throw new DomainException("That item is not in the cart.");

    private void Touch(DateTimeOffset now)
    {
        ExpiresAt = now + GuestLifetime;
        ReminderSentAt = null;
    }

    private static string NewToken() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(32))
        .Replace('+', '-').Replace('/', '_').TrimEnd('=');
}
