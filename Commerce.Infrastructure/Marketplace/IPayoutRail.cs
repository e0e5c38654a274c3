using Commerce.Core.Common;

namespace Commerce.Infrastructure.Marketplace;

/// <summary>
/// The outcome of asking a payout rail to move money. <see cref="Refused"/>: the rail answered no (the payout fails with
/// the reason); otherwise a failure means the rail could not be reached and the same attempt is tried again later.
/// </summary>
public sealed record PayoutTransfer(bool Succeeded, string? Reference, string? FailureReason = null, bool Refused = false)
{
    public static PayoutTransfer Sent(string reference) => new(true, reference);
}

/// <summary>Where payouts to vendors' connected accounts go (Stripe Connect). Without one, every payout is made by hand.</summary>
public interface IPayoutRail
{
    bool IsAvailable { get; }

    /// <summary>Sends <paramref name="amount"/>; the same <paramref name="idempotencyKey"/> twice moves the money once.</summary>
    Task<PayoutTransfer> TransferAsync(string destination, Money amount, string idempotencyKey, string description, CancellationToken cancellationToken);
}

/// <summary>No automatic rail: payouts wait for an admin to pay them and record the reference.</summary>
public sealed class ManualPayoutsOnly : IPayoutRail
{
    public bool IsAvailable => false;

    public Task<PayoutTransfer> TransferAsync(string destination, Money amount, string idempotencyKey, string description, CancellationToken cancellationToken) =>
        throw new InvalidOperationException("Payouts are manual: no payout rail is configured.");
}
