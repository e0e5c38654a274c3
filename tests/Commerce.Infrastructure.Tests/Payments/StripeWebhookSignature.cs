using Commerce.Core.Ordering;
using Commerce.Infrastructure.Payments.Stripe;
using Commerce.Testing;

namespace Commerce.Infrastructure.Tests.Payments;

public sealed class StripeWebhookSignature(PaymentsDatabase store) : IClassFixture<PaymentsDatabase>
{
    [Fact]
    public async Task AWrongSecretIsRejectedAndChangesNothing()
    {
        var order = await store.PlacePendingOrderAsync();
        var payload = StripeEvents.PaymentSucceeded(order);

        var result = await store.Webhooks.HandleAsync(payload, StripeWebhookPayloads.Sign(payload, "whsec_someone_else", DateTimeOffset.UtcNow));

        Assert.Equal(WebhookResult.BadSignature, result);
        await AssertUntouchedAsync(order);
    }

    [Fact]
    public async Task ATamperedPayloadIsRejected()
    {
        var order = await store.PlacePendingOrderAsync();
        var signed = StripeEvents.PaymentSucceeded(order, amount: 1);
        var header = StripeWebhookPayloads.Sign(signed, PaymentsDatabase.WebhookSecret, DateTimeOffset.UtcNow);

        var result = await store.Webhooks.HandleAsync(StripeEvents.PaymentSucceeded(order), header);

        Assert.Equal(WebhookResult.BadSignature, result);
        await AssertUntouchedAsync(order);
    }

    [Fact]
    public async Task ASignatureOlderThanFiveMinutesIsRejectedAsAReplay()
    {
        var order = await store.PlacePendingOrderAsync();
        var payload = StripeEvents.PaymentSucceeded(order);

        var result = await store.Webhooks.HandleAsync(payload, StripeWebhookPayloads.Sign(payload, PaymentsDatabase.WebhookSecret, DateTimeOffset.UtcNow.AddSeconds(-301)));

        Assert.Equal(WebhookResult.BadSignature, result);
        await AssertUntouchedAsync(order);
    }

    [Theory]
    [InlineData("")]
    [InlineData("not a signature")]
    [InlineData("t=1764000000")]
    public async Task AMissingOrMalformedHeaderIsRejected(string header)
    {
        var order = await store.PlacePendingOrderAsync();

        var result = await store.Webhooks.HandleAsync(StripeEvents.PaymentSucceeded(order), header);

        Assert.Equal(WebhookResult.BadSignature, result);
        await AssertUntouchedAsync(order);
    }

    [Fact]
    public async Task ASignatureFromFourMinutesAgoIsAccepted()
    {
        var order = await store.PlacePendingOrderAsync();
        var payload = StripeEvents.PaymentSucceeded(order);

        var result = await store.Webhooks.HandleAsync(payload, StripeWebhookPayloads.Sign(payload, PaymentsDatabase.WebhookSecret, DateTimeOffset.UtcNow.AddMinutes(-4)));

        Assert.Equal(WebhookResult.Processed, result);
        Assert.Equal(OrderStatus.Confirmed, (await store.StateAsync(order)).Status);
    }

    private async Task AssertUntouchedAsync(TestOrder order)
    {
        var state = await store.StateAsync(order);
        Assert.Equal(OrderStatus.Pending, state.Status);
        Assert.Equal(PaymentStatus.Pending, state.PaymentStatus);
        Assert.Equal((10, 2), (state.OnHand, state.Reserved));
    }
}
