using System.Diagnostics;
using Commerce.Infrastructure.Ordering;
using Commerce.Infrastructure.Payments;

namespace Commerce.Benchmarks.Checkout;

internal sealed record CheckoutResult(string Benchmark, string Label, int Orders, int Concurrency, int Variants, int WarmupOrders, long UnitsSold,
    double Seconds, double CheckoutsPerS, double P50Ms, double P95Ms, double P99Ms, double MaxMs, double SetupS, double? CommitsPerOrder,
    double? StatementsPerOrder, double? DbExecMsPerOrder, double ClientCpuMsPerOrder, bool Verified);

/// <summary>
/// Step 3 of checkout, as fast as the store can take it: <c>concurrency</c> callers run OrderPlacement.PlaceAsync
/// (reserve, write the order, pay offline, settle) over ready carts. Only paid orders count; the stock is checked after.
/// </summary>
internal static class CheckoutCommand
{
    public static async Task<int> RunAsync(CheckoutSettings settings)
    {
        var setup = Stopwatch.StartNew();
        await using var store = await CheckoutStore.OpenAsync(settings.Connection);
        var shippingMethodId = await store.AddCatalogAsync(settings.Variants);
        var carts = await store.AddCartsAsync(settings.WarmupOrders + settings.Orders, shippingMethodId);
        setup.Stop();
        Console.Error.WriteLine($"checkout: {settings.Variants} variants and {carts.Count} carts ready in {setup.Elapsed.TotalSeconds:F1} s");

        var failures = new List<string>();
        await PlaceAllAsync(store.Placement, carts.Take(settings.WarmupOrders).ToList(), settings.Concurrency, failures);
        var timed = carts.Skip(settings.WarmupOrders).ToList();
        var before = await DatabaseCounters.ReadAsync(store);
        var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        var ticks = await PlaceAllAsync(store.Placement, timed, settings.Concurrency, failures);
        clock.Stop();
        // This process is the app here: EF Core, the ordering services and the offline gateway all run in it.
        var clientCpuPerOrder = Report.Round((Process.GetCurrentProcess().TotalProcessorTime - cpuBefore).TotalMilliseconds / timed.Count);
        var after = await DatabaseCounters.ReadAsync(store);
        // The reads of the counters themselves are a handful of statements: negligible against thousands of orders.
        double? commitsPerOrder = Report.Round((after.Commits - before.Commits) / (double)timed.Count);
        double? statementsPerOrder = after.Statements - before.Statements is { } statements ? Report.Round(statements / (double)timed.Count) : null;
        double? execMsPerOrder = after.ExecMs - before.ExecMs is { } execMs ? Report.Round(execMs / timed.Count) : null;

        failures.AddRange(await CheckoutVerification.CheckAsync(store, carts));
        foreach (var failure in failures.Take(20)) Console.Error.WriteLine($"checkout: FAILED {failure}");
        if (failures.Count > 20) Console.Error.WriteLine($"checkout: … and {failures.Count - 20} more failures");

        var latencies = Latencies.From(ticks);
        var seconds = clock.Elapsed.TotalSeconds;
        var result = new CheckoutResult("checkout", settings.Label, settings.Orders, settings.Concurrency, settings.Variants, settings.WarmupOrders,
            timed.Sum(c => (long)c.Quantity), Report.Round(seconds), Report.Round(latencies.Count / seconds), Report.Round(latencies.P50),
            Report.Round(latencies.P95), Report.Round(latencies.P99), Report.Round(latencies.Max), Report.Round(setup.Elapsed.TotalSeconds),
            commitsPerOrder, statementsPerOrder, execMsPerOrder, clientCpuPerOrder, failures.Count == 0);
        Report.Write(result,
            $"checkout   c={settings.Concurrency} {latencies.Count / seconds,9:F1} paid orders/s  p50 {latencies.P50,7:F2} ms  p95 {latencies.P95,7:F2} ms  " +
            $"p99 {latencies.P99,7:F2} ms  ({latencies.Count} of {settings.Orders} paid in {seconds:F1} s, " +
            $"per order: {commitsPerOrder} server transactions, {statementsPerOrder?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "?"} statements, " +
            $"{execMsPerOrder?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "?"} ms DB execution, {clientCpuPerOrder} ms app CPU; " +
            (failures.Count == 0 ? "stock verified)" : $"{failures.Count} FAILURES)"),
            settings.JsonOut);
        return failures.Count == 0 ? 0 : 1;
    }

    /// <summary>Latency is recorded only for orders that came back placed and paid; anything else is a failure.</summary>
    private static async Task<List<long>[]> PlaceAllAsync(OrderPlacement placement, IReadOnlyList<PlannedCheckout> carts, int concurrency, List<string> failures)
    {
        var next = -1;
        var workers = Enumerable.Range(0, concurrency).Select(_ => Task.Run(async () =>
        {
            var ticks = new List<long>();
            int i;
            while ((i = Interlocked.Increment(ref next)) < carts.Count)
            {
                var cart = carts[i];
                var started = Stopwatch.GetTimestamp();
                var result = await placement.PlaceAsync(new PlaceOrderCommand(cart.CartId, Guid.NewGuid().ToString("N"), cart.ShownTotal,
                    new PaymentInput(OfflinePaymentGateway.SuccessCard), null));
                var elapsed = Stopwatch.GetTimestamp() - started;
                if (result is PlaceOrderResult.Placed { Payment.Kind: PaymentOutcomeKind.Succeeded }) ticks.Add(elapsed);
                else lock (failures) failures.Add($"cart {cart.CartId}: {result}");
            }
            return ticks;
        })).ToList();
        return await Task.WhenAll(workers);
    }
}
