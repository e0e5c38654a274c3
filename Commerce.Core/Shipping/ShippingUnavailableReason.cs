namespace Commerce.Core.Shipping;

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
