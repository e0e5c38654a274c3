using Polly.CircuitBreaker;

namespace Commerce.Infrastructure.Payments;

public enum PaymentProviderState
{
    /// <summary>Requests go to the provider.</summary>
    Available,
    /// <summary>The circuit is open after repeated failures: no request goes out until <see cref="PaymentProviderStatus.RetryAt"/>.</summary>
    Unavailable,
    /// <summary>The break is over: the next request is a trial that closes or reopens the circuit.</summary>
    Probing,
}

public sealed record PaymentProviderStatus(string Provider, PaymentProviderState State, DateTimeOffset? Since, DateTimeOffset? RetryAt, string? LastFailure);

/// <summary>
/// The circuit breaker's state around the payment provider's HTTP client, for the health check and the admin
/// dashboard. The breaker itself is Polly's (see StripeHttp); this only remembers when and why it last changed.
/// </summary>
public sealed class PaymentProviderCircuit(TimeProvider clock)
{
    private volatile Change _last = new(null, null, null);

    /// <summary>Attached to the breaker, so its current state can be read.</summary>
    public CircuitBreakerStateProvider StateProvider { get; } = new();

    public PaymentProviderStatus Status(string provider)
    {
        var last = _last;
        var state = StateProvider.CircuitState switch
        {
            CircuitState.Open or CircuitState.Isolated when last.RetryAt > clock.GetUtcNow() => PaymentProviderState.Unavailable,
            CircuitState.Open or CircuitState.Isolated or CircuitState.HalfOpen => PaymentProviderState.Probing,
            _ => PaymentProviderState.Available,
        };
        return new PaymentProviderStatus(provider, state, state == PaymentProviderState.Available ? null : last.Since,
            state == PaymentProviderState.Available ? null : last.RetryAt, last.Failure);
    }

    internal void Opened(TimeSpan breakDuration, string? failure)
    {
        var now = clock.GetUtcNow();
        _last = new Change(now, now + breakDuration, failure ?? _last.Failure);
    }

    internal void Closed() => _last = _last with { Since = null, RetryAt = null };

    private sealed record Change(DateTimeOffset? Since, DateTimeOffset? RetryAt, string? Failure);
}
