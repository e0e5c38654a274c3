using Commerce.Core.Common;

namespace Commerce.Core.Shipping;

public enum ShippingRateKind
{
    Flat = 0,
    WeightBased = 1,
}

/// <summary>A way to ship an order: a flat price or weight tiers, optionally free above an order subtotal.</summary>
public class ShippingMethod
{
    private readonly List<ShippingRate> _rates = [];

    private ShippingMethod() { }

    public ShippingMethod(string code, string name, string carrier, ShippingRateKind kind, Money flatRate, int minDays, int maxDays)
    {
        Code = Guard.NotBlank(code, "Code", 30).ToLowerInvariant();
        Name = Guard.NotBlank(name, "Name", 100);
        Carrier = carrier;
        Kind = kind;
        Currency = flatRate.Currency;
        FlatRate = Guard.NotNegative(flatRate.Amount, "Rate");
        if (minDays < 0 || maxDays < minDays) throw new DomainException("Delivery days must be a valid range.");
        (MinDays, MaxDays) = (minDays, maxDays);
        IsActive = true;
    }

    public int Id { get; private set; }
    public string Code { get; private set; } = "";
    public string Name { get; private set; } = "";
    public string Carrier { get; private set; } = "";
    public ShippingRateKind Kind { get; private set; }
    public string Currency { get; private set; } = Common.Currency.Default;
    public decimal FlatRate { get; private set; }
    public decimal? FreeAbove { get; private set; }
    public int MinDays { get; private set; }
    public int MaxDays { get; private set; }
    /// <summary>Two-letter country codes this method ships to; empty means everywhere.</summary>
    public List<string> CountryCodes { get; private set; } = [];
    public string? TrackingUrlTemplate { get; private set; }
    public bool IsActive { get; private set; }
    public int SortOrder { get; private set; }
    public IReadOnlyCollection<ShippingRate> Rates => _rates;

    public void OfferFreeAbove(decimal? threshold) => FreeAbove = threshold is { } t ? Guard.NotNegative(t, "Free shipping threshold") : null;
    public void ShipTo(IEnumerable<string> countryCodes) => CountryCodes = countryCodes.Select(c => c.ToUpperInvariant()).ToList();
    public void SetTrackingUrl(string? template) => TrackingUrlTemplate = template;
    public void Reorder(int sortOrder) => SortOrder = sortOrder;
    public void Deactivate() => IsActive = false;

    public void AddWeightTier(int maxWeightGrams, decimal price)
    {
        if (Kind != ShippingRateKind.WeightBased) throw new DomainException("Only weight-based methods have tiers.");
        if (_rates.Any(r => r.MaxWeightGrams == maxWeightGrams)) throw new DomainException("That weight tier already exists.");
        _rates.Add(new ShippingRate(maxWeightGrams, Guard.NotNegative(price, "Tier price")));
    }

    public bool ShipsTo(string countryCode) => CountryCodes.Count == 0 || CountryCodes.Contains(countryCode.ToUpperInvariant());

    public string? TrackingUrlFor(string trackingNumber) =>
        TrackingUrlTemplate?.Replace("{tracking}", Uri.EscapeDataString(trackingNumber), StringComparison.Ordinal);
}

public class ShippingRate
{
    private ShippingRate() { }

    internal ShippingRate(int maxWeightGrams, decimal price) => (MaxWeightGrams, Price) = (maxWeightGrams, price);

    public int Id { get; private set; }
    public int ShippingMethodId { get; private set; }
    public int MaxWeightGrams { get; private set; }
    public decimal Price { get; private set; }
}
