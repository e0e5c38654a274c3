using Commerce.Core.Common;

namespace Commerce.Core.Marketplace.Ledger;

public enum TransactionKind
{
    Sale,
    Refund,
    PayoutCreated,
    PayoutSent,
    PayoutReturned,
    Adjustment,
}

/// <summary>
/// A balanced set of entries posted at once. <see cref="Key"/> is unique ("sale:{order}", "refund:{refund}",
/// "payout:{id}:sent"), so posting the same movement twice is refused by the database instead of counted twice.
/// <see cref="AvailableAt"/> is when its vendor amounts can be paid out (the hold period for sales).
/// </summary>
public class LedgerTransaction
{
    private readonly List<LedgerEntry> _entries = [];

    private LedgerTransaction() { }

    public LedgerTransaction(string key, TransactionKind kind, string currency, string memo, DateTimeOffset occurredAt, DateTimeOffset availableAt,
        Guid? orderId = null, int? payoutId = null, int? refundId = null)
    {
        Id = Guid.NewGuid();
        Key = Guard.NotBlank(key, "Transaction key", 200);
        Kind = kind;
        Currency = Common.Currency.Normalize(currency);
        Memo = Guard.NotBlank(memo, "Memo", 300);
        OccurredAt = occurredAt;
        AvailableAt = availableAt < occurredAt ? occurredAt : availableAt;
        OrderId = orderId;
        PayoutId = payoutId;
        RefundId = refundId;
    }

    public Guid Id { get; private set; }
    public string Key { get; private set; } = "";
    public TransactionKind Kind { get; private set; }
    public string Currency { get; private set; } = Common.Currency.Default;
    public string Memo { get; private set; } = "";
    public Guid? OrderId { get; private set; }
    public int? PayoutId { get; private set; }
    public int? RefundId { get; private set; }
    public DateTimeOffset OccurredAt { get; private set; }
    public DateTimeOffset AvailableAt { get; private set; }
    public IReadOnlyList<LedgerEntry> Entries => _entries;

    /// <summary>Moves <paramref name="amount"/> from <paramref name="credit"/> to <paramref name="debit"/>; zero moves nothing.</summary>
    public LedgerTransaction Move(LedgerAccount debit, LedgerAccount credit, EntryType type, Money amount)
    {
        if (amount.Currency != Currency) throw new DomainException($"This transaction is in {Currency}.");
        if (amount.Round() != amount) throw new DomainException("Ledger amounts are whole cents.");
        if (amount.IsZero) return this;
        _entries.Add(new LedgerEntry(debit, type, amount.Amount, Currency));
        _entries.Add(new LedgerEntry(credit, type, -amount.Amount, Currency));
        return this;
    }

    public decimal Sum => _entries.Sum(e => e.Amount);
}
