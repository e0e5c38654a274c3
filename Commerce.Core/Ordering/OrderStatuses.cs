namespace Commerce.Core.Ordering;

public enum OrderStatus
{
    Pending = 0,
    Confirmed = 1,
    Processing = 2,
    Shipped = 3,
    Delivered = 4,
    Cancelled = 5,
    Refunded = 6,
}

public enum PaymentStatus
{
    Pending = 0,
    Paid = 1,
    Failed = 2,
    PartiallyRefunded = 3,
    Refunded = 4,
    Voided = 5,
}

public enum FulfillmentStatus
{
    Unfulfilled = 0,
    PartiallyFulfilled = 1,
    Fulfilled = 2,
    Delivered = 3,
}
