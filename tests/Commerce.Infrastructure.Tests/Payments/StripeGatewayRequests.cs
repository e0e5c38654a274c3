using Commerce.Core.Common;
using Commerce.Infrastructure.Payments;
using Commerce.Infrastructure.Payments.Stripe;
using Commerce.Testing;
using Microsoft.Extensions.Logging.Abstractions;

namespace Commerce.Infrastructure.Tests.Payments;

/// <summary>The real Stripe.net client against a local endpoint: what the gateway sends, and how it reads the answers.</summary>
public sealed class StripeGatewayRequests : IAsyncLifetime
{
    private FakeStripeApi _api = null!;
    private StripePaymentGateway _gateway = null!;

    public async Task InitializeAsync()
    {
        _api = await FakeStripeApi.StartAsync();
        _gateway = new StripePaymentGateway(_api.Client(), NullLogger<StripePaymentGateway>.Instance);
    }

    public async Task DisposeAsync() => await _api.DisposeAsync();

    [Fact]
    public async Task StartCreatesAPaymentIntentForTheOrderTotalInCents()
    {
        var orderId = Guid.NewGuid();

        var outcome = await _gateway.StartAsync(new PaymentRequest(orderId, "ORD-20261125-0042", new Money(54.98m, "USD"), "ada@example.com", new PaymentInput(null)));

        var request = Assert.Single(_api.Requests);
        Assert.Equal(("POST", "/v1/payment_intents"), (request.Method, request.Path));
        Assert.Equal($"pi-{orderId}", request.IdempotencyKey);
        Assert.Equal("Bearer sk_test_fake", request.Authorization);
        Assert.Equal("5498", request.Form["amount"]);
        Assert.Equal("usd", request.Form["currency"]);
        Assert.Equal("true", request.Form["automatic_payment_methods[enabled]"]);
        Assert.Equal(orderId.ToString(), request.Form["metadata[order_id]"]);
        Assert.Equal("ORD-20261125-0042", request.Form["metadata[order_number]"]);
        Assert.Equal("ada@example.com", request.Form["receipt_email"]);
        Assert.Equal(new PaymentOutcome(PaymentOutcomeKind.RequiresAction, "pi_fake_123", null, "pi_fake_123_secret_xyz"), outcome);
    }

    [Fact]
    public async Task AZeroDecimalCurrencyIsSentInWholeUnits()
    {
        await _gateway.StartAsync(new PaymentRequest(Guid.NewGuid(), "ORD-20261125-0043", new Money(5400m, "JPY"), "ada@example.com", new PaymentInput(null)));

        var request = Assert.Single(_api.Requests);
        Assert.Equal(("5400", "jpy"), (request.Form["amount"], request.Form["currency"]));
    }

    [Fact]
    public async Task ARefusedRequestBecomesAFailedOutcomeWithoutStripesWording()
    {
        _api.Respond = _ => (400, """{"error":{"type":"invalid_request_error","code":"amount_too_small","param":"amount","message":"Amount must be at least $0.50 usd (internal ref 7731)"}}""");
        var orderId = Guid.NewGuid();

        var outcome = await _gateway.StartAsync(new PaymentRequest(orderId, "ORD-20261125-0044", new Money(0.10m, "USD"), "ada@example.com", new PaymentInput(null)));

        Assert.Equal(PaymentOutcomeKind.Failed, outcome.Kind);
        Assert.Equal($"pi-{orderId}", outcome.Reference);
        Assert.DoesNotContain("internal", outcome.FailureMessage);
        Assert.Contains("try again", outcome.FailureMessage);
    }

    [Fact]
    public async Task AnUnreachableStripeBecomesAFailedOutcome()
    {
        var port = _api.BaseUrl;
        await _api.DisposeAsync();
        _api = await FakeStripeApi.StartAsync();
        var gateway = new StripePaymentGateway(new Stripe.StripeClient(new Stripe.StripeClientOptions { ApiKey = "sk_test_fake", ApiBase = port }),
            NullLogger<StripePaymentGateway>.Instance);

        var outcome = await gateway.StartAsync(new PaymentRequest(Guid.NewGuid(), "ORD-20261125-0045", new Money(10m, "USD"), "ada@example.com", new PaymentInput(null)));

        Assert.Equal(PaymentOutcomeKind.Failed, outcome.Kind);
    }

    [Fact]
    public async Task RefundSendsTheAmountForThePaymentIntentWithTheGivenKey()
    {
        var outcome = await _gateway.RefundAsync("pi_fake_123", new Money(12.5m, "USD"), "refund-abc-1");

        var request = Assert.Single(_api.Requests);
        Assert.Equal(("POST", "/v1/refunds", "refund-abc-1"), (request.Method, request.Path, request.IdempotencyKey));
        Assert.Equal(("pi_fake_123", "1250"), (request.Form["payment_intent"], request.Form["amount"]));
        Assert.Equal(new RefundOutcome(true, "re_fake_456"), outcome);
    }

    [Fact]
    public async Task ARefusedRefundExplainsWhyToStaff()
    {
        _api.Respond = _ => (400, """{"error":{"type":"invalid_request_error","code":"charge_already_refunded","message":"Charge ch_1 has already been refunded."}}""");

        var outcome = await _gateway.RefundAsync("pi_fake_123", new Money(12.5m, "USD"), "refund-abc-2");

        Assert.False(outcome.Succeeded);
        Assert.Equal("Stripe refused the refund: Charge ch_1 has already been refunded.", outcome.FailureMessage);
    }
}
