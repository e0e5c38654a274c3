using System.Text.Json.Nodes;
using Commerce.Infrastructure.Search.Elasticsearch;
using Elastic.Clients.Elasticsearch;
using Elastic.Transport.Extensions;

namespace Commerce.Infrastructure.Tests.Search.Elasticsearch;

/// <summary>Requests as the real client puts them on the wire, parsed for assertions.</summary>
internal static class RequestJson
{
    // Building a client opens no connection; only its serializer is used here.
    private static readonly ElasticsearchClient Client =
        new(ElasticsearchRegistration.CreateSettings(new ElasticsearchOptions { Url = "http://127.0.0.1:9" }));

    public static JsonNode Of<T>(T request) => JsonNode.Parse(Client.RequestResponseSerializer.SerializeToString(request))!;

    /// <summary>A bool clause is written as one object or an array of them; either way, the list of clauses.</summary>
    public static IReadOnlyList<JsonNode> Clauses(JsonNode? node) => node switch
    {
        null => [],
        JsonArray array => [.. array.Select(n => n!)],
        _ => [node],
    };

    /// <summary>The field a terms/term/range clause applies to, e.g. "vendor_slug" for {"terms":{"vendor_slug":[…]}}.</summary>
    public static string FieldOf(JsonNode clause, string kind) => clause[kind]!.AsObject().Single().Key;

    public static string[] Strings(JsonNode? array) => [.. array!.AsArray().Select(v => v!.GetValue<string>())];
}
