namespace Commerce.Infrastructure.Tests.Search.Elasticsearch;

/// <summary>
/// A test that needs a real Elasticsearch node. Without <c>COMMERCE_TEST_ELASTICSEARCH_URL</c> it is reported as
/// skipped, never as passed: no cluster can run on a machine without Docker, and a green tick would claim otherwise.
/// </summary>
public sealed class ElasticsearchFactAttribute : FactAttribute
{
    public const string UrlVariable = "COMMERCE_TEST_ELASTICSEARCH_URL";

    public ElasticsearchFactAttribute()
    {
        if (ClusterUrl is null)
            Skip = $"Set {UrlVariable} to run against a real Elasticsearch (docker compose up elasticsearch)";
    }

    public static string? ClusterUrl => Environment.GetEnvironmentVariable(UrlVariable) is { Length: > 0 } url ? url : null;
}
