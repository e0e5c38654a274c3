using System.Collections.Concurrent;
using System.IO.Compression;
using System.Net;
using System.Text.Json.Nodes;
using Commerce.Infrastructure.Search.Elasticsearch;
using Elastic.Clients.Elasticsearch;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Commerce.Infrastructure.Tests.Search.Elasticsearch;

public sealed record RecordedRequest(string Method, string Path, string Query, string Body, string? Authorization = null)
{
    public override string ToString() => $"{Method} {Path}";

    /// <summary>The (action, _id) of each action line in a bulk body; document lines are skipped.</summary>
    public IReadOnlyList<(string Action, string Id)> BulkActions()
    {
        var actions = new List<(string, string)>();
        var lines = Body.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; i < lines.Length; i++)
        {
            var (action, meta) = JsonNode.Parse(lines[i])!.AsObject().Single();
            actions.Add((action, meta!["_id"]!.ToString()));
            if (action is "index" or "create" or "update") i++;
        }
        return actions;
    }
}

public sealed record CannedResponse(int Status, string Body = "")
{
    public static readonly CannedResponse Acknowledged = new(200, """{"acknowledged":true}""");
    public static readonly CannedResponse NotFound = new(404, """{"error":{"type":"resource_not_found_exception","reason":"not found"},"status":404}""");

    /// <summary>A bulk answer with one successful item per action line of the request.</summary>
    public static CannedResponse BulkAccepted(RecordedRequest request)
    {
        var items = request.BulkActions().Select(a => new JsonObject
        {
            [a.Action] = new JsonObject { ["_index"] = "i", ["_id"] = a.Id, ["status"] = a.Action == "delete" ? 404 : 201,
                ["result"] = a.Action == "delete" ? "not_found" : "created" },
        });
        return new(200, new JsonObject { ["took"] = 1, ["errors"] = false, ["items"] = new JsonArray([.. items]) }.ToJsonString());
    }
}

/// <summary>
/// A stand-in for an Elasticsearch node on 127.0.0.1: it records every request and answers from a script. It sends
/// the product header the client insists on, so the real client (and its serializer) is exercised end to end.
/// </summary>
public sealed class FakeElasticsearch : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<RecordedRequest> _requests = new();

    private FakeElasticsearch(WebApplication app) => _app = app;

    public Func<RecordedRequest, CannedResponse> Respond { get; set; } = _ => CannedResponse.Acknowledged;
    public IReadOnlyList<RecordedRequest> Requests => [.. _requests];
    public string Url => _app.Urls.First();

    public static async Task<FakeElasticsearch> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        var fake = new FakeElasticsearch(app);
        app.Run(fake.HandleAsync);
        await app.StartAsync();
        return fake;
    }

    public ElasticsearchOptions Options(string indexName = "commerce-products") => new() { Url = Url, IndexName = indexName };

    public ElasticsearchClient Client(ElasticsearchOptions? options = null) =>
        new(ElasticsearchRegistration.CreateSettings(options ?? Options()));

    private async Task HandleAsync(HttpContext context)
    {
        // The client gzips request bodies by default.
        var body = context.Request.Headers.ContentEncoding.ToString().Contains("gzip", StringComparison.OrdinalIgnoreCase)
            ? new GZipStream(context.Request.Body, CompressionMode.Decompress)
            : context.Request.Body;
        using var reader = new StreamReader(body);
        var request = new RecordedRequest(context.Request.Method, context.Request.Path.Value ?? "", context.Request.QueryString.Value ?? "",
            await reader.ReadToEndAsync(), context.Request.Headers.Authorization.FirstOrDefault());
        _requests.Enqueue(request);

        var response = Respond(request);
        context.Response.StatusCode = response.Status;
        context.Response.Headers["X-Elastic-Product"] = "Elasticsearch";
        context.Response.ContentType = "application/json";
        if (request.Method != "HEAD" && response.Body.Length > 0)
            await context.Response.WriteAsync(response.Body);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
