namespace Commerce.Web.Hosting;

/// <summary>
/// The ceiling for load tests: a constant page served through the same host, middleware and Kestrel as the store,
/// but touching no database. Only mapped when Benchmarks:Enabled is true.
/// </summary>
internal static class BenchmarkEndpoints
{
    private const string Page = "<!DOCTYPE html><html><head><title>ceiling</title></head><body><h1>Constant page</h1></body></html>";

    public static void MapBenchmarkEndpoints(this WebApplication app)
    {
        if (app.Configuration.GetValue<bool>("Benchmarks:Enabled"))
            app.MapGet("/bench/ceiling", () => Results.Content(Page, "text/html"));
    }
}
