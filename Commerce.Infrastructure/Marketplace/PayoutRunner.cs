using Commerce.Core.Common;
using Commerce.Core.Marketplace;
using Commerce.Core.Marketplace.Ledger;
using Commerce.Core.Notifications;
using Commerce.Infrastructure.Notifications;
using Commerce.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Commerce.Infrastructure.Marketplace;

public sealed record PayoutRunSummary(string Period, int Created, int Sent, int Failed, int AwaitingManual);

public abstract record PayoutActionResult
{
    public sealed record Done(string Message) : PayoutActionResult;
    public sealed record Refused(string Message) : PayoutActionResult;
}

/// <summary>
/// Pays vendors their available balance in two steps, each its own transaction: create the payout (debiting the
/// balance, under the vendor's row lock, once per vendor and period), then send it through the rail and record the
/// result. A run always sends every payout still pending first, so a crash between the transfer and its recording
/// is repaired by the next run: the rail sees the same idempotency key and answers with the same transfer.
/// </summary>
public sealed class PayoutRunner(IDbContextFactory<CommerceDbContext> contexts, IPayoutRail rail, IOptions<MarketplaceOptions> options,
    TimeProvider clock, ILogger<PayoutRunner> logger)
{
    public async Task<PayoutRunSummary> RunAsync(string? period = null, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        period ??= now.UtcDateTime.ToString("yyyy-MM-dd");
        List<int> vendorIds;
        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
            vendorIds = await db.Vendors.Where(v => v.Status == VendorStatus.Approved).OrderBy(v => v.Id).Select(v => v.Id).ToListAsync(cancellationToken);

        var created = 0;
        foreach (var vendorId in vendorIds)
            if (await CreateAsync(vendorId, period, now, cancellationToken)) created++;

        var (sent, failed) = await SendPendingAsync(cancellationToken);
        await using var read = await contexts.CreateDbContextAsync(cancellationToken);
        var manual = await read.VendorPayouts.CountAsync(p => p.Status == PayoutStatus.AwaitingManual, cancellationToken);
        logger.LogInformation("Payout run {Period}: {Created} created, {Sent} sent, {Failed} failed, {Manual} awaiting manual payment",
            period, created, sent, failed, manual);
        return new PayoutRunSummary(period, created, sent, failed, manual);
    }

    private async Task<bool> CreateAsync(int vendorId, string period, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        // One payout creation per vendor at a time, so two runs cannot both spend the same available balance.
        await db.Database.ExecuteSqlInterpolatedAsync($"SELECT 1 FROM vendors WHERE id = {vendorId} FOR UPDATE", cancellationToken);
        var vendor = await db.Vendors.SingleAsync(v => v.Id == vendorId, cancellationToken);
        var key = VendorPayout.KeyFor(vendorId, period);
        if (await db.VendorPayouts.AnyAsync(p => p.Key == key, cancellationToken)) return false;

        var balance = await MarketplaceLedger.BalanceAsync(db, vendorId, Currency.Default, now, cancellationToken);
        if (balance.PayoutDue(new Money(options.Value.MinimumPayout, Currency.Default)) is not { } due) return false;

        var stripe = rail.IsAvailable && vendor.ConnectedAccountId is not null;
        var payout = new VendorPayout(vendorId, due, period, stripe ? PayoutMethod.StripeConnect : PayoutMethod.Manual, vendor.ConnectedAccountId, now);
        db.VendorPayouts.Add(payout);
        await db.SaveChangesAsync(cancellationToken);
        db.LedgerTransactions.Add(Postings.PayoutCreated(payout.Id, vendorId, due, now));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        logger.LogInformation("Payout #{PayoutId} of {Amount} created for vendor {VendorId} ({Method})", payout.Id, due, vendorId, payout.Method);
        return true;
    }

    private async Task<(int Sent, int Failed)> SendPendingAsync(CancellationToken cancellationToken)
    {
        if (!rail.IsAvailable) return (0, 0);
        List<int> pending;
        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
            pending = await db.VendorPayouts.Where(p => p.Status == PayoutStatus.Pending && p.Method == PayoutMethod.StripeConnect)
                .OrderBy(p => p.Id).Select(p => p.Id).ToListAsync(cancellationToken);
        var (sent, failed) = (0, 0);
        foreach (var id in pending)
            switch (await SendAsync(id, cancellationToken))
            {
                case true: sent++; break;
                case false: failed++; break;
            }
        return (sent, failed);
    }

    /// <summary>True when sent, false when refused, null when the rail could not be reached (tried again next run).</summary>
    private async Task<bool?> SendAsync(int payoutId, CancellationToken cancellationToken)
    {
        VendorPayout payout;
        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
            payout = await db.VendorPayouts.AsNoTracking().SingleAsync(p => p.Id == payoutId, cancellationToken);
        var transfer = await rail.TransferAsync(payout.Destination!, payout.Total, payout.AttemptKey, $"Payout #{payout.Id}", cancellationToken);
        if (!transfer.Succeeded && !transfer.Refused)
        {
            logger.LogWarning("Payout #{PayoutId} not sent yet: {Reason}", payoutId, transfer.FailureReason);
            return null;
        }

        await using var write = await contexts.CreateDbContextAsync(cancellationToken);
        await using var transaction = await write.Database.BeginTransactionAsync(cancellationToken);
        var locked = await LockAsync(write, payoutId, cancellationToken);
        if (locked.Status != PayoutStatus.Pending || locked.AttemptKey != payout.AttemptKey) return locked.Status == PayoutStatus.Sent;
        if (transfer.Succeeded) await RecordSentAsync(write, locked, transfer.Reference!, cancellationToken);
        else locked.MarkFailed(transfer.FailureReason ?? "The payout rail refused the transfer.");
        await write.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return transfer.Succeeded;
    }

    /// <summary>An admin paid a manual payout (bank transfer) and records its reference.</summary>
    public async Task<PayoutActionResult> MarkPaidAsync(int payoutId, string reference, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(reference)) return new PayoutActionResult.Refused("Enter the reference of the payment you made.");
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var payout = await LockAsync(db, payoutId, cancellationToken);
        if (payout.Status == PayoutStatus.Sent) return new PayoutActionResult.Done($"Payout #{payoutId} was already recorded as paid.");
        if (payout.Method != PayoutMethod.Manual) return new PayoutActionResult.Refused("Stripe payouts are confirmed by Stripe; retry it instead.");
        if (payout.Status != PayoutStatus.AwaitingManual) return new PayoutActionResult.Refused($"Payout #{payoutId} is {payout.Status}.");
        await RecordSentAsync(db, payout, reference.Trim(), cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new PayoutActionResult.Done($"Payout #{payoutId} recorded as paid.");
    }

    /// <summary>Sends a failed payout again, as a new attempt.</summary>
    public async Task<PayoutActionResult> RetryAsync(int payoutId, CancellationToken cancellationToken = default)
    {
        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var payout = await LockAsync(db, payoutId, cancellationToken);
            if (payout.Status != PayoutStatus.Failed) return new PayoutActionResult.Refused($"Payout #{payoutId} is {payout.Status}; only failed payouts are retried.");
            payout.Retry();
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            if (payout.Method == PayoutMethod.Manual || !rail.IsAvailable) return new PayoutActionResult.Done($"Payout #{payoutId} is waiting to be paid by hand.");
        }
        return await SendAsync(payoutId, cancellationToken) switch
        {
            true => new PayoutActionResult.Done($"Payout #{payoutId} sent."),
            false => new PayoutActionResult.Refused($"Payout #{payoutId} failed again."),
            null => new PayoutActionResult.Done($"Payout #{payoutId} could not be sent yet; the next run tries again."),
        };
    }

    /// <summary>Gives up on a failed or manual payout; its amount returns to the vendor's available balance.</summary>
    public async Task<PayoutActionResult> CancelAsync(int payoutId, string reason, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(reason)) return new PayoutActionResult.Refused("Say why the payout is cancelled.");
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var payout = await LockAsync(db, payoutId, cancellationToken);
        if (payout.Status is not (PayoutStatus.Failed or PayoutStatus.AwaitingManual))
            return new PayoutActionResult.Refused($"Payout #{payoutId} is {payout.Status} and cannot be cancelled.");
        payout.Cancel(reason.Trim());
        db.LedgerTransactions.Add(Postings.PayoutReturned(payout.Id, payout.VendorId, payout.Total, clock.GetUtcNow()));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new PayoutActionResult.Done($"Payout #{payoutId} cancelled; {payout.Total} is back in the vendor's balance.");
    }

    private async Task RecordSentAsync(CommerceDbContext db, VendorPayout payout, string reference, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        if (!payout.MarkSent(reference, now)) return;
        db.LedgerTransactions.Add(Postings.PayoutSent(payout.Id, payout.VendorId, payout.Total, reference, now));
        var email = await db.Vendors.Where(v => v.Id == payout.VendorId).Select(v => v.Email).SingleAsync(cancellationToken);
        await db.QueueAsync(OutboxEmail.Create(EmailTemplate.VendorPayoutSent, $"VendorPayoutSent:{payout.Id}", email,
            new Dictionary<string, string> { [EmailData.PayoutId] = payout.Id.ToString() }), cancellationToken);
        logger.LogInformation("Payout #{PayoutId} of {Amount} sent ({Reference})", payout.Id, payout.Total, reference);
    }

    private static async Task<VendorPayout> LockAsync(CommerceDbContext db, int payoutId, CancellationToken cancellationToken)
    {
        await db.Database.ExecuteSqlInterpolatedAsync($"SELECT 1 FROM vendor_payouts WHERE id = {payoutId} FOR UPDATE", cancellationToken);
        return await db.VendorPayouts.SingleOrDefaultAsync(p => p.Id == payoutId, cancellationToken)
            ?? throw new InvalidOperationException($"Payout #{payoutId} does not exist.");
    }
}
