using Commerce.Core.Ordering;
using MudBlazor;

namespace Commerce.Web.Admin.Orders;

/// <summary>How order states read and look on the admin pages.</summary>
public static class OrderText
{
    public static string Payment(PaymentStatus status) => status switch
    {
        PaymentStatus.PartiallyRefunded => "Partly refunded",
        _ => status.ToString(),
    };

    public static string Fulfilment(FulfillmentStatus status) => status switch
    {
        FulfillmentStatus.PartiallyFulfilled => "Partly shipped",
        FulfillmentStatus.Fulfilled => "Shipped",
        _ => status.ToString(),
    };

    public static Color StatusColor(OrderStatus status) => status switch
    {
        OrderStatus.Pending => Color.Default,
        OrderStatus.Confirmed => Color.Info,
        OrderStatus.Processing => Color.Primary,
        OrderStatus.Shipped or OrderStatus.Delivered => Color.Success,
        OrderStatus.Cancelled => Color.Error,
        _ => Color.Warning,
    };

    public static string Money(decimal amount, string currency) => new Core.Common.Money(amount, currency).Format();
}
