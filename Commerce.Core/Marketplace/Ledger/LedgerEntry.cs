namespace Commerce.Core.Marketplace.Ledger;

/// <summary>
/// One side of a movement. <see cref="Amount"/> is signed: positive debits the account, negative credits it, so the
/// entries of a transaction sum to zero. Entries are never changed or deleted; a correction is a new transaction.
/// </summary>
public class LedgerEntry
{
    private LedgerEntry() { }

    internal LedgerEntry(LedgerAccount account, EntryType type, decimal amount, string currency)
    {
        Account = account.Kind;
        VendorId = account.VendorId;
        Type = type;
        Amount = amount;
        Currency = currency;
    }

    public long Id { get; private set; }
    public Guid TransactionId { get; private set; }
    public AccountKind Account { get; private set; }
    public int? VendorId { get; private set; }
    public EntryType Type { get; private set; }
    public decimal Amount { get; private set; }
    public string Currency { get; private set; } = Common.Currency.Default;

    /// <summary>The amount as the vendor sees it on a payable account: money owed to them is positive.</summary>
    public decimal ForVendor => -Amount;
}
