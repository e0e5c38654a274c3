namespace Commerce.Benchmarks.Load;

/// <param name="Rps">Successful (2xx) responses per second over the measured window.</param>
/// <param name="ClientCpuMs">The load client's own CPU time per request sent (warm-up included).</param>
/// <param name="Errors">Non-2xx responses, timeouts and connection failures in the measured window.</param>
internal sealed record LoadResult(string Benchmark, string Label, string Url, int Concurrency, double DurationS, double WarmupS, int Paths,
    long Requests, double Rps, double P50Ms, double P95Ms, double P99Ms, double MaxMs, double MeanMs, long Errors,
    IReadOnlyDictionary<string, long> Status, long AvgBytes, double ClientCpuMs, string? FirstError);
