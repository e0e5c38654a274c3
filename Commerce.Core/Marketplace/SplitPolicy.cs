namespace Commerce.Core.Marketplace;

/// <summary>Who keeps an order's shipping or tax: the platform, or the vendors in proportion to their goods.</summary>
public enum ChargeAssignment
{
    Platform,
    Vendors,
}

/// <summary>How an order's money is divided between vendors and the platform.</summary>
public sealed record SplitPolicy(decimal DefaultCommissionRate, ChargeAssignment Shipping, ChargeAssignment Tax)
{
    public static readonly SplitPolicy Default = new(0.10m, ChargeAssignment.Platform, ChargeAssignment.Vendors);

    public decimal RateFor(decimal? vendorRate) => vendorRate ?? DefaultCommissionRate;
}
