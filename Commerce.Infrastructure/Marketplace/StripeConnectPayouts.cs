using Commerce.Core.Common;
using Commerce.Infrastructure.Payments.Stripe;
using Microsoft.Extensions.Logging;
using Stripe;

namespace Commerce.Infrastructure.Marketplace;

/// <summary>Pays vendors with Stripe Connect transfers from the platform's balance to their connected accounts.</summary>
public sealed class StripeConnectPayouts(IStripeClient client, ILogger<StripeConnectPayouts> logger) : IPayoutRail
{
    public bool IsAvailable => true;

    public async Task<PayoutTransfer> TransferAsync(string destination, Money amount, string idempotencyKey, string description,
        CancellationToken cancellationToken)
    {
        var options = new TransferCreateOptions
        {
            Amount = StripeAmounts.ToMinorUnits(amount),
            Currency = amount.Currency.ToLowerInvariant(),
            Destination = destination,
            Description = description,
            Metadata = new Dictionary<string, string> { ["payout_key"] = idempotencyKey },
        };
        try
        {
            var transfer = await new TransferService(client).CreateAsync(options, new RequestOptions { IdempotencyKey = idempotencyKey }, cancellationToken);
            logger.LogInformation("Stripe transfer {TransferId} of {Amount} to {Destination} ({Key})", transfer.Id, amount, destination, idempotencyKey);
            return PayoutTransfer.Sent(transfer.Id);
        }
        catch (StripeException ex) when (ex.StripeError is { Type: "invalid_request_error" or "card_error" } error)
        {
            logger.LogError(ex, "Stripe refused transfer {Key} to {Destination}: {Message}", idempotencyKey, destination, error.Message);
            return new PayoutTransfer(false, null, $"Stripe refused the transfer: {error.Message}", Refused: true);
        }
        catch (Exception ex) when (ex is StripeException or HttpRequestException || (ex is TaskCanceledException && !cancellationToken.IsCancellationRequested))
        {
            logger.LogError(ex, "Stripe could not be reached for transfer {Key}", idempotencyKey);
            return new PayoutTransfer(false, null, "Stripe could not be reached; the payout will be tried again.");
        }
    }
}
