using Commerce.Core.Common;

namespace Commerce.Core.Shipping;

/// <summary>What shipping costs for a cart with one method: a price, free (and why), or unavailable (and why).</summary>
public abstract record ShippingQuote
{
    private ShippingQuote() { }

    public bool IsAvailable => this is not Unavailable;

    /// <summary>The amount charged: the price when charged, zero when free or unavailable.</summary>
    public Money PriceIn(string currency) => this is Charged charged ? charged.Price : Money.Zero(currency);

    public sealed record Charged(Money Price) : ShippingQuote;

    /// <summary>Shipping costs nothing. <see cref="Waived"/> is what it would have cost (zero for digital-only carts).</summary>
    public sealed record Free(FreeShippingReason Reason, Money Waived) : ShippingQuote;

    public sealed record Unavailable(ShippingUnavailableReason Reason, string Message) : ShippingQuote;
}
