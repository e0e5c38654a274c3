namespace Commerce.Core.Pricing;

public enum ShippingUnavailableReason
{
    NoMethodChosen,
    MethodInactive,
    CurrencyMismatch,
    DestinationNeeded,
    DoesNotShipToCountry,
    NoWeightTiers,
    TooHeavy,
}
