using Commerce.Core.Common;

namespace Commerce.Infrastructure.Payments;

/// <summary>
/// The provider used when no Stripe keys are configured (demo store, tests). It follows the same lifecycle as a
/// real provider, and the test card number decides the outcome, so every path can be exercised without a network.
/// </summary>
public sealed class OfflinePaymentGateway : IPaymentGateway
{
    public const string ProviderName = "offline";
    public const string SuccessCard = "4242424242424242";
    public const string DeclinedCard = "4000000000000002";
    public const string InsufficientFundsCard = "4000000000009995";
    public const string PendingCard = "4000000000003220";

    public string Name => ProviderName;

    public Task<PaymentOutcome> StartAsync(PaymentRequest request, CancellationToken cancellationToken = default)
    {
        var reference = request.Attempt <= 1 ? $"off_{request.OrderId:N}" : $"off_{request.OrderId:N}_{request.Attempt}";
        var card = new string((request.Input.CardNumber ?? "").Where(char.IsAsciiDigit).ToArray());
        var outcome = card switch
        {
            SuccessCard => PaymentOutcome.Succeeded(reference),
            DeclinedCard => PaymentOutcome.Failed(reference, "Your card was declined. Please use another card."),
            InsufficientFundsCard => PaymentOutcome.Failed(reference, "Your card has insufficient funds."),
            PendingCard => PaymentOutcome.Pending(reference),
            "" => PaymentOutcome.Failed(reference, "Please enter a card number."),
            _ => PaymentOutcome.Failed(reference, $"Test mode: use card {SuccessCard} (success), {DeclinedCard} (declined) or {PendingCard} (pending)."),
        };
        return Task.FromResult(outcome);
    }

    public Task<RefundOutcome> RefundAsync(string paymentReference, Money amount, string idempotencyKey, CancellationToken cancellationToken = default) =>
        Task.FromResult(new RefundOutcome(true, $"offre_{idempotencyKey}"));
}
