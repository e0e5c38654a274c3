using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace Commerce.Web.Storefront.Orders;

/// <summary>
/// Order tracking answers "number + email" guesses, so each client address gets a few tries a minute: enough for a
/// shopper with a typo, far too few to walk through order numbers.
/// </summary>
internal static class TrackingRateLimit
{
    public const string Policy = "order-tracking";
    public const int AttemptsPerMinute = 10;

    public static IServiceCollection AddTrackingRateLimit(this IServiceCollection services) =>
        services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.AddPolicy(Policy, http => HttpMethods.IsPost(http.Request.Method)
                ? RateLimitPartition.GetFixedWindowLimiter(http.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                    _ => new FixedWindowRateLimiterOptions { PermitLimit = AttemptsPerMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 })
                : RateLimitPartition.GetNoLimiter("reads"));
        });
}
