using Commerce.Core.Shipping;


namespace Commerce.Web.Storefront.Shared;

internal static class ShippingText
{
    public static string For(ShippingQuote quote, string currency) => quote switch
    {
        ShippingQuote.Charged charged => charged.Price.Format(),
        ShippingQuote.Free => "Free",
        ShippingQuote.Unavailable unavailable => unavailable.Message,
        _ => "",
    };
}
