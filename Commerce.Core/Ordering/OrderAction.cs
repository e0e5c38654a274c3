namespace Commerce.Core.Ordering;

/// <summary>What staff (or a vendor, for its own lines) can do to an order; <see cref="Order.Allows"/> says when.</summary>
public enum OrderAction
{
    /// <summary>Payment received outside the provider (e.g. a bank transfer): the order is confirmed as paid.</summary>
    Confirm,
    StartProcessing,
    Ship,
    MarkDelivered,
    Cancel,
    Refund,
}
