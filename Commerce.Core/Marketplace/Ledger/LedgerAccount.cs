namespace Commerce.Core.Marketplace.Ledger;

/// <summary>The ledger's accounts. Vendor payable exists once per vendor; the others belong to the platform.</summary>
public enum AccountKind
{
    /// <summary>Money customers paid that the store holds until it is owed onwards (asset: debit balance).</summary>
    CustomerPayments,
    /// <summary>What the store owes one vendor (liability: credit balance); the vendor's balance.</summary>
    VendorPayable,
    CommissionRevenue,
    /// <summary>Tax collected that the platform remits (when tax is assigned to the platform).</summary>
    TaxPayable,
    /// <summary>Shipping the platform keeps (when shipping is assigned to the platform).</summary>
    ShippingRevenue,
    /// <summary>Payouts created but not yet confirmed sent.</summary>
    PayoutsInTransit,
    /// <summary>Money that has left the store to vendors.</summary>
    PayoutsPaid,
}

/// <summary>What a movement was, as shown on a vendor's statement.</summary>
public enum EntryType
{
    Sale,
    Tax,
    Shipping,
    Commission,
    Refund,
    TaxRefund,
    ShippingRefund,
    CommissionReversal,
    Payout,
    PayoutSent,
    PayoutReturned,
    Adjustment,
    Payment,
}

public readonly record struct LedgerAccount(AccountKind Kind, int? VendorId = null)
{
    public static LedgerAccount Vendor(int vendorId) => new(AccountKind.VendorPayable, vendorId);
    public static readonly LedgerAccount Customers = new(AccountKind.CustomerPayments);
    public static readonly LedgerAccount Commission = new(AccountKind.CommissionRevenue);
    public static readonly LedgerAccount Tax = new(AccountKind.TaxPayable);
    public static readonly LedgerAccount Shipping = new(AccountKind.ShippingRevenue);
    public static LedgerAccount InTransit(int vendorId) => new(AccountKind.PayoutsInTransit, vendorId);
    public static LedgerAccount Paid(int vendorId) => new(AccountKind.PayoutsPaid, vendorId);
}
