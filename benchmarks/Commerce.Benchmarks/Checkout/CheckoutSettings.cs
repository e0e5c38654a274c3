namespace Commerce.Benchmarks.Checkout;

/// <param name="Variants">How many variants the orders spread over: fewer means more buyers queue on the same stock row.</param>
/// <param name="WarmupOrders">Placed before the clock starts (JIT, connection pool, plan caches); checked like the others.</param>
internal sealed record CheckoutSettings(string Connection, int Orders, int Concurrency, int Variants, int WarmupOrders, string Label, string? JsonOut)
{
    public static CheckoutSettings From(CommandLine options) => new(
        options.Required("connection"),
        options.Int("orders", 2000),
        options.Int("concurrency", 16),
        options.Int("variants", 100),
        int.TryParse(options.Optional("warmup-orders"), out var warmup) && warmup >= 0 ? warmup : 50,
        options.Optional("label") ?? "checkout",
        options.Optional("json-out"));
}
