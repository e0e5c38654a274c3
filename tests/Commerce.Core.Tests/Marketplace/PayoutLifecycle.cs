using Commerce.Core.Common;
using Commerce.Core.Marketplace;
using Commerce.Core.Marketplace.Ledger;
using static Commerce.Core.Tests.Marketplace.GeneratedOrders;

namespace Commerce.Core.Tests.Marketplace;

public class PayoutLifecycle
{
    private static readonly DateTimeOffset Now = new(2026, 11, 25, 10, 0, 0, TimeSpan.Zero);

    [Fact]
    public void ARetryOfAFailedTransferIsANewAttemptWithItsOwnIdempotencyKey()
    {
        var payout = new VendorPayout(4, Usd(120m), "2026-11-25", PayoutMethod.StripeConnect, "acct_123", Now);
        var first = payout.AttemptKey;

        payout.MarkFailed("Account closed");
        payout.Retry();

        Assert.Equal(("payout-vendor-4-2026-11-25-1", PayoutStatus.Pending), (first, payout.Status));
        Assert.NotEqual(first, payout.AttemptKey);
        Assert.Null(payout.Reference);
    }

    [Fact]
    public void ASecondConfirmationChangesNothing()
    {
        var payout = new VendorPayout(4, Usd(120m), "2026-11-25", PayoutMethod.Manual, null, Now);
        Assert.Equal(PayoutStatus.AwaitingManual, payout.Status);

        Assert.True(payout.MarkSent("BANK-1", Now));
        Assert.False(payout.MarkSent("BANK-2", Now.AddDays(1)));

        Assert.Equal(("BANK-1", Now), (payout.Reference, payout.SentAt));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(0.001)]
    public void APayoutIsAPositiveNumberOfCents(decimal amount) =>
        Assert.Throws<DomainException>(() => new VendorPayout(1, Usd(amount), "p", PayoutMethod.Manual, null, Now));

    [Fact]
    public void AStripePayoutNeedsAConnectedAccount() =>
        Assert.Throws<DomainException>(() => new VendorPayout(1, Usd(5m), "p", PayoutMethod.StripeConnect, null, Now));

    [Fact]
    public void ACancelledPayoutGivesTheMoneyBackToTheVendorsBalance()
    {
        var book = new[] { Postings.PayoutCreated(9, 2, Usd(50m), Now), Postings.PayoutReturned(9, 2, Usd(50m), Now) };

        Assert.All(book, t => Assert.Equal(0m, t.Sum));
        Assert.Equal(0m, SumOf(book, e => e.Account == AccountKind.VendorPayable));
        Assert.Equal(0m, SumOf(book, e => e.Account == AccountKind.PayoutsInTransit));
    }

    [Fact]
    public void LedgerMovesAreWholeCentsInTheTransactionsCurrency()
    {
        var tx = new LedgerTransaction("k", TransactionKind.Adjustment, "USD", "Test", Now, Now);

        Assert.Throws<DomainException>(() => tx.Move(LedgerAccount.Commission, LedgerAccount.Vendor(1), EntryType.Adjustment, Usd(0.005m)));
        Assert.Throws<DomainException>(() => tx.Move(LedgerAccount.Commission, LedgerAccount.Vendor(1), EntryType.Adjustment, new Money(1m, "EUR")));
    }
}
