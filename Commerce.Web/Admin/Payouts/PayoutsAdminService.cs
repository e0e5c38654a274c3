using Commerce.Core.Common;
using Commerce.Core.Marketplace;
using Commerce.Core.Marketplace.Ledger;
using Commerce.Infrastructure.Marketplace;
using Commerce.Infrastructure.Persistence;
using Commerce.Web.Admin.Vendors;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Web.Admin.Payouts;

public sealed record VendorLedgerRow(int VendorId, string Name, VendorBalance Balance, Money StatementClosing);

/// <summary>What the reconciliation view proves: the ledger nets to zero, balances agree with statements, payouts with transfers.</summary>
public sealed record Reconciliation(Money LedgerTotal, Money CustomerPayments, Money Commission, Money PaidOut, IReadOnlyList<VendorLedgerRow> Vendors,
    IReadOnlyList<string> Mismatches);

/// <summary>The payout run, its history and the manual steps an admin takes; and the reconciliation of the ledger.</summary>
public sealed class PayoutsAdminService(IDbContextFactory<CommerceDbContext> contexts, PayoutRunner runner, TimeProvider clock)
{
    public async Task<IReadOnlyList<PayoutRow>> ListAsync(PayoutStatus? status, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await PayoutQueries.ListAsync(db, null, status, 200, cancellationToken);
    }

    public async Task<string> RunNowAsync(CancellationToken cancellationToken = default)
    {
        var summary = await runner.RunAsync(null, cancellationToken);
        return $"Payout run {summary.Period}: {summary.Created} created, {summary.Sent} sent, {summary.Failed} failed, {summary.AwaitingManual} to pay by hand.";
    }

    public async Task<string> MarkPaidAsync(int payoutId, string? reference) => Message(await runner.MarkPaidAsync(payoutId, reference ?? ""));
    public async Task<string> RetryAsync(int payoutId) => Message(await runner.RetryAsync(payoutId));
    public async Task<string> CancelAsync(int payoutId, string? reason) => Message(await runner.CancelAsync(payoutId, reason ?? ""));

    private static string Message(PayoutActionResult result) => result switch
    {
        PayoutActionResult.Done done => done.Message,
        PayoutActionResult.Refused refused => refused.Message,
        _ => "",
    };

    public async Task<Reconciliation> ReconcileAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var now = clock.GetUtcNow();
        var currency = Currency.Default;
        var sums = await db.LedgerEntries.AsNoTracking().GroupBy(e => e.Account).Select(g => new { g.Key, Sum = g.Sum(e => e.Amount) }).ToDictionaryAsync(x => x.Key, x => x.Sum, cancellationToken);
        var mismatches = new List<string>();
        var unbalanced = await db.LedgerEntries.GroupBy(e => e.TransactionId).Where(g => g.Sum(e => e.Amount) != 0).CountAsync(cancellationToken);
        if (unbalanced > 0) mismatches.Add($"{unbalanced} ledger transaction(s) do not balance.");

        var vendors = new List<VendorLedgerRow>();
        foreach (var v in await db.Vendors.AsNoTracking().OrderBy(v => v.Name).Select(v => new { v.Id, v.Name }).ToListAsync(cancellationToken))
        {
            var balance = await MarketplaceLedger.BalanceAsync(db, v.Id, currency, now, cancellationToken);
            var statement = await VendorStatements.ForAsync(db, v.Id, DateTimeOffset.MinValue, DateTimeOffset.MaxValue, currency, cancellationToken);
            if (statement.Closing != balance.Balance) mismatches.Add($"{v.Name}: statement closes at {statement.Closing}, balance is {balance.Balance}.");
            if (balance.Balance.IsZero && balance.PaidOut.IsZero && balance.InTransit.IsZero) continue;
            vendors.Add(new VendorLedgerRow(v.Id, v.Name, balance, statement.Closing));
        }

        // Every sent payout must be in the ledger once, for its amount, and every Stripe payout must carry its transfer id.
        var payouts = await db.VendorPayouts.AsNoTracking().Where(p => p.Status != PayoutStatus.Cancelled)
            .Select(p => new
            {
                p.Id, p.Amount, p.Status, p.Method, p.Reference,
                Sent = db.LedgerTransactions.Where(t => t.PayoutId == p.Id && t.Kind == TransactionKind.PayoutSent).SelectMany(t => t.Entries).Where(e => e.Amount > 0).Sum(e => (decimal?)e.Amount),
                Created = db.LedgerTransactions.Where(t => t.PayoutId == p.Id && t.Kind == TransactionKind.PayoutCreated).SelectMany(t => t.Entries).Where(e => e.Amount > 0).Sum(e => (decimal?)e.Amount),
            }).ToListAsync(cancellationToken);
        foreach (var p in payouts)
        {
            if (p.Created != p.Amount) mismatches.Add($"Payout #{p.Id}: {p.Amount:0.00} but {p.Created ?? 0:0.00} was taken from the vendor's balance.");
            if (p.Status == PayoutStatus.Sent && p.Sent != p.Amount) mismatches.Add($"Payout #{p.Id} is sent but the ledger records {p.Sent ?? 0:0.00} paid.");
            if (p.Status != PayoutStatus.Sent && p.Sent is not null) mismatches.Add($"Payout #{p.Id} is {p.Status} but the ledger records it paid.");
            if (p.Status == PayoutStatus.Sent && p.Method == PayoutMethod.StripeConnect && p.Reference?.StartsWith("tr_", StringComparison.Ordinal) != true)
                mismatches.Add($"Payout #{p.Id} went through Stripe but has no transfer id.");
        }

        var money = (AccountKind kind) => new Money(sums.GetValueOrDefault(kind), currency);
        var total = new Money(sums.Values.Sum(), currency);
        if (!total.IsZero) mismatches.Insert(0, $"The ledger does not sum to zero: {total}.");
        return new Reconciliation(total, money(AccountKind.CustomerPayments), money(AccountKind.CommissionRevenue).Negate(),
            money(AccountKind.PayoutsPaid).Negate(), vendors, mismatches);
    }
}
