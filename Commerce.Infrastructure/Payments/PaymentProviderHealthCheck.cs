using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Commerce.Infrastructure.Payments;

/// <summary>
/// Part of /health/ready: Degraded (not Unhealthy) while the payment provider's circuit is open, because the
/// storefront, cart and admin keep working and only payments wait; the node must stay in the load balancer.
/// </summary>
internal sealed class PaymentProviderHealthCheck(IPaymentGateway gateway, PaymentProviderCircuit circuit) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var status = circuit.Status(gateway.Name);
        var data = new Dictionary<string, object> { ["provider"] = status.Provider, ["state"] = status.State.ToString() };
        if (status.Since is { } since) data["since"] = since;
        if (status.RetryAt is { } retryAt) data["retryAt"] = retryAt;
        if (status.LastFailure is { } failure) data["lastFailure"] = failure;
        return Task.FromResult(status.State switch
        {
            PaymentProviderState.Available => HealthCheckResult.Healthy($"{status.Provider}: taking payments", data),
            PaymentProviderState.Probing => HealthCheckResult.Degraded($"{status.Provider}: circuit half-open, the next payment tries the provider again", data: data),
            _ => HealthCheckResult.Degraded($"{status.Provider}: circuit open after repeated failures, not called until {status.RetryAt:HH:mm:ss} UTC", data: data),
        });
    }
}
