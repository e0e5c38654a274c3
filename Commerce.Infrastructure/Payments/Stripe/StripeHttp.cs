using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;
using Polly;
using Stripe;

namespace Commerce.Infrastructure.Payments.Stripe;

/// <summary>
/// The HttpClient every Stripe request goes through: a total timeout, retries with backoff, a circuit breaker and a
/// per-attempt timeout (the order of Microsoft's standard pipeline), built with Microsoft.Extensions.Http.Resilience.
/// Retrying a POST is safe because every call carries its idempotency key, which a retry resends unchanged.
/// </summary>
internal static class StripeHttp
{
    public const string ClientName = "stripe";

    public static void AddStripeHttpClient(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<PaymentProviderCircuit>();
        services.AddHttpClient(ClientName, client => client.Timeout = Timeout.InfiniteTimeSpan) // the pipeline times out
            .AddResilienceHandler("stripe", (pipeline, context) =>
            {
                var options = context.ServiceProvider.GetRequiredService<IOptions<StripeOptions>>().Value.Resilience;
                var circuit = context.ServiceProvider.GetRequiredService<PaymentProviderCircuit>();
                pipeline
                    .AddTimeout(new HttpTimeoutStrategyOptions { Name = "stripe-total", Timeout = options.TotalTimeout })
                    .AddRetry(new HttpRetryStrategyOptions
                    {
                        MaxRetryAttempts = options.MaxRetries,
                        Delay = options.RetryDelay,
                        BackoffType = DelayBackoffType.Exponential,
                        UseJitter = true,
                        ShouldHandle = args => ValueTask.FromResult(ShouldRetry(args.Outcome)),
                    })
                    .AddCircuitBreaker(new HttpCircuitBreakerStrategyOptions
                    {
                        FailureRatio = 0.5,
                        MinimumThroughput = options.MinimumThroughput,
                        SamplingDuration = options.SamplingDuration,
                        BreakDuration = options.BreakDuration,
                        StateProvider = circuit.StateProvider,
                        OnOpened = args =>
                        {
                            circuit.Opened(args.BreakDuration, Describe(args.Outcome));
                            return ValueTask.CompletedTask;
                        },
                        OnClosed = _ =>
                        {
                            circuit.Closed();
                            return ValueTask.CompletedTask;
                        },
                    })
                    .AddTimeout(new HttpTimeoutStrategyOptions { Name = "stripe-attempt", Timeout = options.AttemptTimeout });
            });
    }

    /// <summary>Stripe.net's own retries are off (0): the pipeline above is the one retry policy.</summary>
    public static StripeClient CreateClient(IHttpClientFactory factory, StripeOptions options)
    {
        var clientOptions = new StripeClientOptions
        {
            ApiKey = options.SecretKey,
            HttpClient = new SystemNetHttpClient(factory.CreateClient(ClientName), maxNetworkRetries: 0),
        };
        if (!string.IsNullOrWhiteSpace(options.ApiBase)) clientOptions.ApiBase = options.ApiBase.TrimEnd('/');
        return new StripeClient(clientOptions);
    }

    // Stripe says in a header when a retry can help (e.g. not after a replayed idempotent error); otherwise the
    // usual transient failures: network errors, timeouts, 408, 429 and 5xx.
    private static bool ShouldRetry(Outcome<HttpResponseMessage> outcome)
    {
        if (outcome.Result?.Headers.TryGetValues("Stripe-Should-Retry", out var values) == true)
            return string.Equals(values.FirstOrDefault(), "true", StringComparison.OrdinalIgnoreCase);
        if (outcome.Result?.StatusCode == HttpStatusCode.Conflict) return true; // Stripe: a concurrent request holds the key
        return HttpClientResiliencePredicates.IsTransient(outcome);
    }

    private static string Describe(Outcome<HttpResponseMessage> outcome) => outcome.Exception is { } ex
        ? $"{ex.GetType().Name}: {ex.Message}"
        : $"HTTP {(int)outcome.Result!.StatusCode} {outcome.Result.ReasonPhrase}";
}
