using System.Diagnostics;
using Commerce.Core.Common;
using Commerce.Infrastructure.Payments;
using Commerce.Infrastructure.Payments.Stripe;
using Commerce.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Commerce.Infrastructure.Tests.Payments;

/// <summary>
/// Fault injection on the real Stripe.net client and the store's resilience pipeline: the local fake of Stripe's API
/// answers 500, 429, slowly, or not at all. The fake counts the PaymentIntents it created: never more than one per order.
/// </summary>
public sealed class StripeResilience : IAsyncLifetime
{
    private FakeStripeApi _api = null!;
    private ServiceProvider _services = null!;

    private IPaymentGateway Gateway => _services.GetRequiredService<IPaymentGateway>();
    private PaymentProviderStatus Circuit => _services.GetRequiredService<PaymentProviderCircuit>().Status("stripe");

    public async Task InitializeAsync()
    {
        _api = await FakeStripeApi.StartAsync();
        _api.Respond = _api.Idempotent;
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Stripe:SecretKey"] = "sk_test_fake",
            ["Stripe:PublishableKey"] = "pk_test_fake",
            ["Stripe:WebhookSecret"] = "whsec_fake",
            ["Stripe:ApiBase"] = _api.BaseUrl,
            // The store's timeouts and retries as configured by default; only the break is shortened for the test.
            ["Stripe:Resilience:BreakDuration"] = "00:00:01.5",
        });
        builder.Services.AddLogging();
        builder.AddPayments();
        _services = builder.Services.BuildServiceProvider();
        await Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await _services.DisposeAsync();
        await _api.DisposeAsync();
    }

    [Theory]
    [InlineData(500)]
    [InlineData(429)]
    public async Task AFailedAnswerIsRetriedWithTheSameIdempotencyKeyAndCreatesOneIntent(int status)
    {
        var failures = 2;
        _api.Respond = request => Interlocked.Decrement(ref failures) >= 0
            ? (status == 500 ? FakeStripeApi.ServerError(request) : FakeStripeApi.RateLimited(request))
            : _api.Idempotent(request);
        var orderId = Guid.NewGuid();

        var outcome = await Gateway.StartAsync(Request(orderId));

        Assert.Equal(PaymentOutcomeKind.RequiresAction, outcome.Kind);
        Assert.Equal(3, _api.Requests.Count);
        Assert.All(_api.Requests, r => Assert.Equal($"pi-{orderId}", r.IdempotencyKey));
        Assert.Single(_api.Requests.Select(r => string.Join("&", r.Form.OrderBy(f => f.Key))).Distinct());
        Assert.Single(_api.PaymentIntents);
    }

    [Fact]
    public async Task AnAnswerThatComesAfterTheAttemptTimeoutIsAskedForAgainAndStillOneIntentIsCreated()
    {
        var options = new StripeResilienceOptions();
        var first = true;
        // The provider did the work on the first request but answers only after 20 s; the retry gets the same intent.
        _api.Delay = _ => first && !(first = false) ? TimeSpan.FromSeconds(20) : TimeSpan.Zero;
        var orderId = Guid.NewGuid();
        var watch = Stopwatch.StartNew();

        var outcome = await Gateway.StartAsync(Request(orderId));

        Assert.Equal(PaymentOutcomeKind.RequiresAction, outcome.Kind);
        Assert.InRange(watch.Elapsed, options.AttemptTimeout, options.AttemptTimeout + TimeSpan.FromSeconds(3));
        Assert.Equal(2, _api.Requests.Count);
        Assert.All(_api.Requests, r => Assert.Equal($"pi-{orderId}", r.IdempotencyKey));
        Assert.Single(_api.PaymentIntents);
        Assert.Equal(_api.PaymentIntents.Single().Value, outcome.Reference);
    }

    [Fact]
    public async Task AProviderThatAlwaysAnswersAfter20SecondsGivesUpWithinTheTotalTimeout()
    {
        var options = new StripeResilienceOptions();
        _api.Delay = _ => TimeSpan.FromSeconds(20);
        var watch = Stopwatch.StartNew();

        var outcome = await Gateway.StartAsync(Request(Guid.NewGuid()));

        Assert.Equal(PaymentOutcomeKind.Failed, outcome.Kind);
        Assert.InRange(watch.Elapsed, options.TotalTimeout - TimeSpan.FromSeconds(1), options.TotalTimeout + TimeSpan.FromSeconds(2));
        Assert.InRange(_api.Requests.Count, 2, 1 + options.MaxRetries);
        Assert.Single(_api.PaymentIntents); // every try used the same key
    }

    [Fact]
    public async Task RepeatedFailuresOpenTheCircuitSoTheProviderIsNotCalledUntilTheBreakIsOverThenTheOrderIsPayable()
    {
        _api.Respond = FakeStripeApi.ServerError;
        var first = Guid.NewGuid();
        Assert.Equal(PaymentOutcomeKind.Failed, (await Gateway.StartAsync(Request(first))).Kind);
        Assert.Equal(PaymentProviderState.Available, Circuit.State); // three failed tries are not yet enough
        Assert.Equal(PaymentOutcomeKind.Failed, (await Gateway.StartAsync(Request(Guid.NewGuid()))).Kind);
        var calls = _api.Requests.Count;

        Assert.Equal(PaymentProviderState.Unavailable, Circuit.State);
        Assert.Contains("HTTP 500", Circuit.LastFailure);
        Assert.NotNull(Circuit.RetryAt);
        var watch = Stopwatch.StartNew();
        Assert.Equal(PaymentOutcomeKind.Failed, (await Gateway.StartAsync(Request(Guid.NewGuid()))).Kind);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(1), $"an open circuit answers at once, took {watch.Elapsed}");
        Assert.Equal(calls, _api.Requests.Count); // nothing reached the provider

        // The provider is back; after the break the first order is paid with its own key, one intent.
        _api.Respond = _api.Idempotent;
        await Task.Delay(TimeSpan.FromSeconds(1.6));
        Assert.Equal(PaymentProviderState.Probing, Circuit.State);
        var retried = await Gateway.StartAsync(Request(first));
        Assert.Equal(PaymentOutcomeKind.RequiresAction, retried.Kind);
        Assert.Equal(PaymentProviderState.Available, Circuit.State);
        Assert.Equal(_api.PaymentIntents[$"pi-{first}"], retried.Reference);
        Assert.Single(_api.PaymentIntents);
    }

    private static PaymentRequest Request(Guid orderId) =>
        new(orderId, "ORD-20261204-0001", new Money(54.98m, "USD"), "ada@example.com", new PaymentInput(null));
}
