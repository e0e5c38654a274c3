using Commerce.Core.Common;
using Commerce.Core.Pricing;
using Commerce.Core.Shipping;

namespace Commerce.Infrastructure.Ordering;

/// <summary>A cart line as it stands now in the catalog, next to what the shopper last saw.</summary>
public sealed record CartLine(
    int VariantId,
    int ProductId,
    int VendorId,
    string ProductName,
    string ProductSlug,
    string VariantName,
    string Sku,
    string? ImageUrl,
    int Quantity,
    Money SeenPrice,
    Money Price,
    int? Available,
    bool IsPurchasable,
    int WeightGrams,
    bool IsDigital,
    IReadOnlyCollection<int> CategoryIds)
{
    public Money LineTotal => Price.Multiply(Quantity).Round();
    public bool TracksStock => Available is not null;
}

public enum CartIssueKind
{
    PriceChanged,
    QuantityCapped,
    SoldOut,
    NoLongerAvailable,
}

/// <summary>Something the shopper must know about the cart; blocking issues stop checkout until fixed.</summary>
public sealed record CartIssue(int VariantId, CartIssueKind Kind, string Message)
{
    public bool BlocksCheckout => Kind is CartIssueKind.SoldOut or CartIssueKind.NoLongerAvailable;
}

/// <summary>The cart revalidated against the database and priced by the pricing engine.</summary>
public sealed record CartQuote(
    Guid CartId,
    string Currency,
    IReadOnlyList<CartLine> Lines,
    IReadOnlyList<CartIssue> Issues,
    PriceQuote Price,
    IReadOnlyList<ShippingOption> ShippingOptions,
    string? Email,
    Address? ShippingAddress,
    Address? BillingAddress,
    int? ShippingMethodId,
    string? ShippingCountryCode)
{
    public bool IsEmpty => Lines.Count == 0;
    public bool CanCheckOut => !IsEmpty && !Issues.Any(i => i.BlocksCheckout);
    public int ItemCount => Lines.Sum(l => l.Quantity);
}
