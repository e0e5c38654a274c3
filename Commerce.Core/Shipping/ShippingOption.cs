namespace Commerce.Core.Shipping;

/// <summary>One shipping method as offered on the cart page or the checkout's shipping step.</summary>
public sealed record ShippingOption(int MethodId, string Code, string Name, string Carrier, int MinDays, int MaxDays, ShippingQuote Quote);
