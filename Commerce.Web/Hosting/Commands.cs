using Commerce.Infrastructure.Seeding;

namespace Commerce.Web.Hosting;

/// <summary>
/// One-off commands run instead of serving: `dotnet run --project Commerce.Web -- --seed-large-catalog 100000`
/// adds that many generated products to the demo store (for benchmarks), then exits.
/// </summary>
internal static class Commands
{
    public static async Task<bool> RunCommandAsync(this WebApplication app, string[] args)
    {
        var index = Array.IndexOf(args, "--seed-large-catalog");
        if (index < 0) return false;
        var count = index + 1 < args.Length && int.TryParse(args[index + 1], out var n) && n > 0 ? n : 100_000;
        await using var scope = app.Services.CreateAsyncScope();
        var added = await scope.ServiceProvider.GetRequiredService<LargeCatalogSeeder>().SeedAsync(count);
        Console.WriteLine($"Added {added:N0} generated products.");
        return true;
    }
}
