using Commerce.Infrastructure.Marketplace;
using Hangfire;

namespace Commerce.Infrastructure.Jobs;

/// <summary>Pays vendors their available balances (see <see cref="PayoutRunner"/>); safe to run twice or after a crash.</summary>
public sealed class VendorPayoutJob(PayoutRunner payouts)
{
    [DisableConcurrentExecution(timeoutInSeconds: 600)]
    [AutomaticRetry(Attempts = 3)]
    [JobDisplayName("Pay vendors")]
    public Task<PayoutRunSummary> RunAsync(CancellationToken cancellationToken) => payouts.RunAsync(null, cancellationToken);
}
