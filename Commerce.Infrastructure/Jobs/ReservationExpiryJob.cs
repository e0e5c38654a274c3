using Commerce.Infrastructure.Ordering;
using Hangfire;

namespace Commerce.Infrastructure.Jobs;

/// <summary>Cancels orders left unpaid past the reservation timeout, giving their stock back (the rules live in OrderSettlement).</summary>
public sealed class ReservationExpiryJob(OrderSettlement settlement)
{
    [DisableConcurrentExecution(timeoutInSeconds: 120)]
    [AutomaticRetry(Attempts = 1)]
    [JobDisplayName("Expire unpaid orders")]
    public Task<int> RunAsync(CancellationToken cancellationToken) => settlement.ExpireUnpaidOrdersAsync(cancellationToken);
}
