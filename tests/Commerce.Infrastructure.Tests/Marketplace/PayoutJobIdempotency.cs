using Commerce.Core.Marketplace;
using Commerce.Core.Marketplace.Ledger;
using Commerce.Core.Notifications;
using Commerce.Infrastructure.Marketplace;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Infrastructure.Tests.Marketplace;

/// <summary>Each test gets its own database: payouts pay everything available, so tests sharing vendors would see each other's money.</summary>
public sealed class PayoutJobIdempotency : IAsyncLifetime
{
    private readonly MarketplaceDatabase _store = new();

    public Task InitializeAsync() => _store.InitializeAsync();
    public Task DisposeAsync() => _store.DisposeAsync();

    private int Acme => _store.VendorIds[0];
    private int Cedar => _store.VendorIds[2];

    private List<Testing.StripeRequest> Transfers() => _store.Stripe.Requests.Where(r => r.Path == "/v1/transfers").ToList();

    [Fact]
    public async Task NothingIsPaidDuringTheHoldPeriod()
    {
        _store.Rail.Inner = _store.StripeRail();
        await _store.PaidOrderAsync(Acme, 100m);
        _store.Clock.Advance(TimeSpan.FromDays(6));

        await _store.Payouts.RunAsync("p1");

        Assert.Empty(await _store.PayoutsAsync(Acme));
        Assert.Equal(85m, (await _store.BalanceAsync(Acme)).Pending.Amount);
    }

    [Fact]
    public async Task RunTwiceForTheSamePeriodPaysOnce()
    {
        _store.Rail.Inner = _store.StripeRail();
        await _store.PaidOrderAsync(Acme, 100m);
        _store.Clock.Advance(TimeSpan.FromDays(8));

        await _store.Payouts.RunAsync("2026-11-10");
        await _store.Payouts.RunAsync("2026-11-10");
        await _store.Payouts.RunAsync("2026-11-11");

        var payout = Assert.Single(await _store.PayoutsAsync(Acme));
        Assert.Equal((PayoutStatus.Sent, 85m, PayoutMethod.StripeConnect), (payout.Status, payout.Amount, payout.Method));
        var transfer = Assert.Single(Transfers());
        Assert.Equal(("8500", "acct_acme", payout.AttemptKey), (transfer.Form["amount"], transfer.Form["destination"], transfer.IdempotencyKey));
        var balance = await _store.BalanceAsync(Acme);
        Assert.Equal((0m, 0m, 85m), (balance.Available.Amount, balance.InTransit.Amount, balance.PaidOut.Amount));
        Assert.Equal(1, await _store.QueryAsync(db => db.OutboxEmails.CountAsync(e => e.Template == EmailTemplate.VendorPayoutSent)));
    }

    [Fact]
    public async Task ACrashBetweenTheTransferAndItsRecordingIsRepairedByTheNextRunWithoutPayingTwice()
    {
        await _store.PaidOrderAsync(Acme, 100m);
        _store.Clock.Advance(TimeSpan.FromDays(8));
        _store.Rail.Inner = new CrashAfterTransfer(_store.StripeRail());

        await Assert.ThrowsAsync<InvalidOperationException>(() => _store.Payouts.RunAsync("2026-11-10"));
        var stuck = Assert.Single(await _store.PayoutsAsync(Acme));
        Assert.Equal(PayoutStatus.Pending, stuck.Status);
        Assert.Equal((85m, 0m), ((await _store.BalanceAsync(Acme)).InTransit.Amount, (await _store.BalanceAsync(Acme)).PaidOut.Amount));

        _store.Rail.Inner = _store.StripeRail();
        await _store.Payouts.RunAsync("2026-11-10");

        var payout = Assert.Single(await _store.PayoutsAsync(Acme));
        Assert.Equal(PayoutStatus.Sent, payout.Status);
        // Stripe was asked twice with one idempotency key, so it made one transfer; the ledger records it once.
        Assert.Equal([payout.AttemptKey, payout.AttemptKey], Transfers().Select(t => t.IdempotencyKey));
        Assert.StartsWith("tr_", payout.Reference);
        Assert.Equal(1, await _store.TransactionsAsync(TransactionKind.PayoutSent, payout.Id));
        Assert.Equal(85m, (await _store.BalanceAsync(Acme)).PaidOut.Amount);
        Assert.Equal(0m, await _store.LedgerTotalAsync());
    }

    [Fact]
    public async Task APayoutCreatedButNeverSentIsSentByTheNextRun()
    {
        await _store.PaidOrderAsync(Acme, 100m);
        _store.Clock.Advance(TimeSpan.FromDays(8));
        // No rail reachable: the payout is created (money in transit) but the transfer never starts.
        _store.Rail.Inner = new UnreachableRail();
        await _store.Payouts.RunAsync("2026-11-10");
        Assert.Equal(PayoutStatus.Pending, Assert.Single(await _store.PayoutsAsync(Acme)).Status);

        _store.Rail.Inner = _store.StripeRail();
        await _store.Payouts.RunAsync("2026-11-17");

        Assert.Equal(PayoutStatus.Sent, Assert.Single(await _store.PayoutsAsync(Acme)).Status);
        Assert.Single(Transfers());
    }

    [Fact]
    public async Task ARefusedTransferFailsWithItsReasonAndARetryIsANewAttempt()
    {
        await _store.PaidOrderAsync(Acme, 100m);
        _store.Clock.Advance(TimeSpan.FromDays(8));
        _store.Rail.Inner = _store.StripeRail();
        _store.Stripe.Respond = r => r.Path == "/v1/transfers"
            ? (400, """{"error":{"type":"invalid_request_error","message":"No such destination: 'acct_acme'"}}""")
            : Testing.FakeStripeApi.Default(r);

        await _store.Payouts.RunAsync("2026-11-10");
        var failed = Assert.Single(await _store.PayoutsAsync(Acme));
        Assert.Equal(PayoutStatus.Failed, failed.Status);
        Assert.Contains("No such destination", failed.FailureReason);

        _store.Stripe.Respond = Testing.FakeStripeApi.Default;
        Assert.IsType<PayoutActionResult.Done>(await _store.Payouts.RetryAsync(failed.Id));

        var sent = Assert.Single(await _store.PayoutsAsync(Acme));
        Assert.Equal((PayoutStatus.Sent, 2), (sent.Status, sent.Attempt));
        Assert.Equal(2, Transfers().Select(t => t.IdempotencyKey).Distinct().Count());
        Assert.Equal(85m, (await _store.BalanceAsync(Acme)).PaidOut.Amount);
    }

    [Fact]
    public async Task AVendorWithoutAConnectedAccountIsPaidByHandWithAReference()
    {
        _store.Rail.Inner = _store.StripeRail();
        await _store.PaidOrderAsync(Cedar, 50m);
        _store.Clock.Advance(TimeSpan.FromDays(8));

        await _store.Payouts.RunAsync("2026-11-10");
        var payout = Assert.Single(await _store.PayoutsAsync(Cedar));
        Assert.Equal((PayoutStatus.AwaitingManual, 45m), (payout.Status, payout.Amount));
        Assert.Empty(Transfers());

        Assert.IsType<PayoutActionResult.Refused>(await _store.Payouts.MarkPaidAsync(payout.Id, " "));
        Assert.IsType<PayoutActionResult.Done>(await _store.Payouts.MarkPaidAsync(payout.Id, "BANK-42"));
        Assert.IsType<PayoutActionResult.Done>(await _store.Payouts.MarkPaidAsync(payout.Id, "BANK-43"));

        var paid = Assert.Single(await _store.PayoutsAsync(Cedar));
        Assert.Equal((PayoutStatus.Sent, "BANK-42"), (paid.Status, paid.Reference));
        Assert.Equal(1, await _store.TransactionsAsync(TransactionKind.PayoutSent, paid.Id));
    }

    [Fact]
    public async Task ACancelledManualPayoutPutsTheMoneyBackInTheBalance()
    {
        await _store.PaidOrderAsync(Cedar, 50m);
        _store.Clock.Advance(TimeSpan.FromDays(8));
        await _store.Payouts.RunAsync("2026-11-10");
        var payout = Assert.Single(await _store.PayoutsAsync(Cedar));

        Assert.IsType<PayoutActionResult.Done>(await _store.Payouts.CancelAsync(payout.Id, "Bank details wrong"));

        Assert.Equal((45m, 0m), ((await _store.BalanceAsync(Cedar)).Available.Amount, (await _store.BalanceAsync(Cedar)).InTransit.Amount));
    }

    private sealed class UnreachableRail : IPayoutRail
    {
        public bool IsAvailable => true;

        public Task<PayoutTransfer> TransferAsync(string destination, Core.Common.Money amount, string key, string description, CancellationToken cancellationToken) =>
            Task.FromResult(new PayoutTransfer(false, null, "Stripe could not be reached."));
    }
}
