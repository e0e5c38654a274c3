using System.Diagnostics;
using System.Net;

namespace Commerce.Benchmarks.Load;

/// <summary>
/// A closed-loop load client: <c>concurrency</c> workers, each sending its next request as soon as the previous
/// response body has been read in full, paths taken round-robin from the file. Requests that start during the
/// warm-up are sent but not recorded; latency is the Stopwatch time from send to the last body byte.
/// </summary>
internal static class LoadCommand
{
    public static async Task<int> RunAsync(LoadSettings settings)
    {
        using var handler = new SocketsHttpHandler
        {
            MaxConnectionsPerServer = settings.Concurrency,
            PooledConnectionLifetime = Timeout.InfiniteTimeSpan,
            PooledConnectionIdleTimeout = TimeSpan.FromMinutes(5),
            AllowAutoRedirect = false,
            UseCookies = false,
            AutomaticDecompression = DecompressionMethods.None,
            UseProxy = false,
        };
        using var client = new HttpClient(handler) { BaseAddress = settings.BaseUrl, Timeout = settings.Timeout };

        var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        var run = new Run(settings);
        var workers = Enumerable.Range(0, settings.Concurrency).Select(_ => new Worker()).ToArray();
        await Task.WhenAll(workers.Select(w => Task.Run(() => w.LoopAsync(client, run))));

        var latencies = Latencies.From(workers.Select(w => w.Ticks));
        var measuredEnd = workers.Select(w => w.LastCompletion).DefaultIfEmpty(run.MeasureFrom).Max();
        var seconds = Math.Max(Latencies.Milliseconds(measuredEnd - run.MeasureFrom) / 1000, 1e-9);
        var errors = workers.Sum(w => w.Errors);
        var requests = latencies.Count + errors;
        var status = workers.SelectMany(w => w.Status).GroupBy(kv => kv.Key).OrderBy(g => g.Key)
            .ToDictionary(g => g.Key, g => g.Sum(kv => kv.Value));
        var bytes = workers.Sum(w => w.Bytes);
        // The client shares the machine with the app and the database: its own CPU per request is part of the budget.
        var clientCpu = (Process.GetCurrentProcess().TotalProcessorTime - cpuBefore).TotalMilliseconds;
        var sent = requests + workers.Sum(w => w.WarmupRequests);

        var result = new LoadResult("load", settings.Label, settings.BaseUrl.ToString(), settings.Concurrency,
            Report.Round(settings.Duration.TotalSeconds), Report.Round(settings.Warmup.TotalSeconds), settings.Paths.Count, requests,
            Report.Round(latencies.Count / seconds), Report.Round(latencies.P50), Report.Round(latencies.P95), Report.Round(latencies.P99),
            Report.Round(latencies.Max), Report.Round(latencies.Mean), errors, status, requests == 0 ? 0 : bytes / requests,
            sent == 0 ? 0 : Report.Round(clientCpu / sent), workers.Select(w => w.FirstError).FirstOrDefault(e => e is not null));
        Report.Write(result,
            $"{settings.Label,-10} c={settings.Concurrency} {latencies.Count / seconds,9:F1} req/s  p50 {latencies.P50,7:F2} ms  p95 {latencies.P95,7:F2} ms  " +
            $"p99 {latencies.P99,7:F2} ms  max {latencies.Max,8:F2} ms  errors {errors} of {requests}" +
            (result.FirstError is null ? "" : $"  (first: {result.FirstError})"),
            settings.JsonOut);
        return 0;
    }

    private sealed class Run(LoadSettings settings)
    {
        private long _next = -1;
        public long MeasureFrom { get; } = Stopwatch.GetTimestamp() + (long)(settings.Warmup.TotalSeconds * Stopwatch.Frequency);
        public long End => MeasureFrom + (long)(settings.Duration.TotalSeconds * Stopwatch.Frequency);
        public string NextPath() => settings.Paths[(int)(Interlocked.Increment(ref _next) % settings.Paths.Count)];
    }

    private sealed class Worker
    {
        public List<long> Ticks { get; } = new(capacity: 16_384);
        public Dictionary<string, long> Status { get; } = [];
        public long Errors { get; private set; }
        public long Bytes { get; private set; }
        public long LastCompletion { get; private set; }
        public long WarmupRequests { get; private set; }
        public string? FirstError { get; private set; }

        public async Task LoopAsync(HttpClient client, Run run)
        {
            var buffer = new byte[64 * 1024];
            while (true)
            {
                var started = Stopwatch.GetTimestamp();
                if (started >= run.End) return;
                var path = run.NextPath();
                string outcome;
                long read = 0;
                var ok = false;
                try
                {
                    using var response = await client.GetAsync(path, HttpCompletionOption.ResponseHeadersRead);
                    await using var body = await response.Content.ReadAsStreamAsync();
                    int n;
                    while ((n = await body.ReadAsync(buffer)) > 0) read += n;
                    outcome = ((int)response.StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture);
                    ok = response.IsSuccessStatusCode;
                    if (!ok) FirstError ??= $"HTTP {outcome} {path}";
                }
                catch (Exception e) when (e is HttpRequestException or TaskCanceledException or IOException)
                {
                    outcome = e is TaskCanceledException ? "timeout" : "failed";
                    FirstError ??= $"{outcome} {path}: {e.Message}";
                }
                var finished = Stopwatch.GetTimestamp();
                if (started < run.MeasureFrom)
                {
                    WarmupRequests++;
                    continue;
                }

                LastCompletion = finished;
                Bytes += read;
                Status[outcome] = Status.GetValueOrDefault(outcome) + 1;
                if (ok) Ticks.Add(finished - started);
                else Errors++;
            }
        }
    }
}
