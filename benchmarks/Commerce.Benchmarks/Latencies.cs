using System.Diagnostics;

namespace Commerce.Benchmarks;

/// <summary>Latency percentiles by nearest rank over every recorded sample (no histogram buckets, no sampling).</summary>
internal sealed record Latencies(int Count, double P50, double P95, double P99, double Max, double Mean)
{
    public static double Milliseconds(long stopwatchTicks) => stopwatchTicks * 1000.0 / Stopwatch.Frequency;

    public static Latencies From(IEnumerable<List<long>> perWorkerTicks)
    {
        var all = perWorkerTicks.SelectMany(t => t).ToArray();
        if (all.Length == 0) return new Latencies(0, 0, 0, 0, 0, 0);
        Array.Sort(all);
        double At(double p) => Milliseconds(all[Math.Clamp((int)Math.Ceiling(p * all.Length) - 1, 0, all.Length - 1)]);
        return new Latencies(all.Length, At(0.50), At(0.95), At(0.99), Milliseconds(all[^1]), Milliseconds((long)all.Average()));
    }
}
