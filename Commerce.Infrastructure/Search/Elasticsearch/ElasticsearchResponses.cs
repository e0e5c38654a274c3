using Elastic.Transport.Products.Elasticsearch;

namespace Commerce.Infrastructure.Search.Elasticsearch;

internal static class ElasticsearchResponses
{
    /// <summary>A failed call is an outage or a bug, never a result: throw with what the cluster said.</summary>
    public static T EnsureValid<T>(this T response, string action) where T : ElasticsearchResponse
    {
        if (response.IsValidResponse) return response;
        response.TryGetOriginalException(out var cause);
        var reason = response.ElasticsearchServerError?.Error is { } error ? $"{error.Type}: {error.Reason}" : cause?.Message ?? "no response";
        throw new InvalidOperationException($"Elasticsearch could not {action} ({reason}).", cause);
    }

    public static bool IsNotFound(this ElasticsearchResponse response) => response.ApiCallDetails?.HttpStatusCode == 404;
}
