using Commerce.Core.Common;
using Commerce.Core.Marketplace.Ledger;
using Commerce.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Infrastructure.Marketplace;

/// <summary>One movement on a vendor's statement, as the vendor sees it (money owed to them is positive).</summary>
public sealed record StatementLine(DateTimeOffset At, EntryType Type, string Description, string? OrderNumber, int? PayoutId, Money Amount, Money Balance);

/// <summary>A vendor's account for a period: opening balance, every movement with the running balance, closing balance.</summary>
public sealed record VendorStatement(int VendorId, DateTimeOffset From, DateTimeOffset To, Money Opening, IReadOnlyList<StatementLine> Lines)
{
    public Money Closing => Lines.Count == 0 ? Opening : Lines[^1].Balance;
    public Money TotalOf(params EntryType[] types) => Money.Sum(Lines.Where(l => types.Contains(l.Type)).Select(l => l.Amount), Opening.Currency);
}

/// <summary>Reads statements straight from the vendor's payable account, so a statement always agrees with the balance.</summary>
public static class VendorStatements
{
    /// <param name="vendorId">Comes from the signed-in vendor (or an admin's choice); never from a form.</param>
    public static async Task<VendorStatement> ForAsync(CommerceDbContext db, int vendorId, DateTimeOffset from, DateTimeOffset to, string currency,
        CancellationToken cancellationToken = default)
    {
        var account = db.LedgerEntries.AsNoTracking().Where(e => e.VendorId == vendorId && e.Account == AccountKind.VendorPayable)
            .Join(db.LedgerTransactions, e => e.TransactionId, t => t.Id, (e, t) => new { Entry = e, Transaction = t });
        var opening = -await account.Where(x => x.Transaction.OccurredAt < from).SumAsync(x => x.Entry.Amount, cancellationToken);
        var rows = await account.Where(x => x.Transaction.OccurredAt >= from && x.Transaction.OccurredAt < to)
            .GroupBy(x => new { x.Transaction.Id, x.Transaction.OccurredAt, x.Transaction.Memo, x.Transaction.OrderId, x.Transaction.PayoutId, x.Entry.Type })
            .Select(g => new { g.Key.Id, g.Key.OccurredAt, g.Key.Memo, g.Key.OrderId, g.Key.PayoutId, g.Key.Type, Amount = -g.Sum(x => x.Entry.Amount), First = g.Min(x => x.Entry.Id) })
            .OrderBy(r => r.OccurredAt).ThenBy(r => r.First)
            .ToListAsync(cancellationToken);
        var orderIds = rows.Where(r => r.OrderId != null).Select(r => r.OrderId!.Value).Distinct().ToList();
        var numbers = await db.Orders.AsNoTracking().Where(o => orderIds.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => o.Number, cancellationToken);

        var balance = opening;
        var lines = new List<StatementLine>(rows.Count);
        foreach (var row in rows.Where(r => r.Amount != 0))
        {
            balance += row.Amount;
            lines.Add(new StatementLine(row.OccurredAt, row.Type, Describe(row.Type, row.Memo), row.OrderId is { } id ? numbers.GetValueOrDefault(id) : null,
                row.PayoutId, new Money(row.Amount, currency), new Money(balance, currency)));
        }
        return new VendorStatement(vendorId, from, to, new Money(opening, currency), lines);
    }

    private static string Describe(EntryType type, string memo) => type switch
    {
        EntryType.Sale => $"Sale · {memo}",
        EntryType.Tax => $"Tax collected · {memo}",
        EntryType.Shipping => $"Shipping · {memo}",
        EntryType.Commission => $"Commission · {memo}",
        EntryType.Refund => memo,
        EntryType.TaxRefund => $"Tax refunded · {memo}",
        EntryType.ShippingRefund => $"Shipping refunded · {memo}",
        EntryType.CommissionReversal => $"Commission returned · {memo}",
        EntryType.Payout => memo,
        EntryType.PayoutReturned => memo,
        _ => memo,
    };
}
