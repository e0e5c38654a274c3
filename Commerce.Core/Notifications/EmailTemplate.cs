namespace Commerce.Core.Notifications;

/// <summary>Every email the store sends. Stored by name, so reordering or inserting values is safe.</summary>
public enum EmailTemplate
{
    OrderConfirmation,
    PaymentFailed,
    OrderShipped,
    OrderDelivered,
    OrderCancelled,
    RefundIssued,
    PasswordReset,
    AccountConfirmation,
    VendorApproved,
    VendorRejected,
    VendorPayoutSent,
    LowStockAlert,
    AbandonedCart,
    BackInStock,
}

public enum OutboxEmailStatus
{
    Pending = 0,
    Sent = 1,
    Failed = 2,
    /// <summary>Not sent because it no longer applied when its turn came (e.g. the cart was bought or deleted).</summary>
    Skipped = 3,
}

/// <summary>Names of the entries an <see cref="OutboxEmail"/>'s data map may carry.</summary>
public static class EmailData
{
    /// <summary>What made a per-order email unique, e.g. a shipment id for OrderShipped or a refund id for RefundIssued.</summary>
    public const string Discriminator = "discriminator";
    public const string Link = "link";
    public const string Code = "code";
    public const string UserName = "userName";
    public const string CartId = "cartId";
    public const string VariantId = "variantId";
    public const string VendorId = "vendorId";
    public const string PayoutId = "payoutId";
    public const string Reason = "reason";
}
