using Commerce.Infrastructure.Seeding;

namespace Commerce.Web.Hosting;

/// <summary>
/// Production refuses to start on a configuration that would be unsafe, naming every key to fix: where links point
/// (Store:PublicUrl), which Host headers are answered (AllowedHosts), and the secrets (Stripe, the admin password).
/// </summary>
internal static class ProductionSettings
{
    // Passwords printed in this repository (demo accounts, docker-compose's example); never acceptable in Production.
    private static readonly string[] PublishedPasswords = [.. DemoAccounts.All.Select(a => a.Password), "ChangeMe#2026"];

    public static void RequireSafeProductionSettings(this WebApplicationBuilder builder)
    {
        if (!builder.Environment.IsProduction()) return;
        var problems = Problems(builder.Configuration).ToList();
        if (problems.Count > 0)
            throw new InvalidOperationException("Refusing to start in Production: " + string.Join(" ", problems));
    }

    internal static IEnumerable<string> Problems(IConfiguration config)
    {
        if (!Uri.TryCreate(config["Store:PublicUrl"], UriKind.Absolute, out var publicUrl) || publicUrl.Scheme is not ("http" or "https"))
            yield return "Store:PublicUrl must be set to the store's public address (e.g. https://shop.example).";
        var hosts = config["AllowedHosts"];
        if (string.IsNullOrWhiteSpace(hosts) || hosts.Split(';').Any(h => h.Trim() == "*"))
            yield return "AllowedHosts must list the host names the store answers to (not *).";

        if (!config.GetValue<bool>("Payments:Offline"))
            foreach (var key in new[] { "Stripe:SecretKey", "Stripe:PublishableKey", "Stripe:WebhookSecret" })
                if (string.IsNullOrWhiteSpace(config[key]))
                    yield return $"{key} must be set (or Payments:Offline=true to take offline test payments on purpose).";

        var adminPassword = config["Admin:Password"];
        if (string.IsNullOrWhiteSpace(adminPassword))
            yield return "Admin:Password must be set.";
        else if (PublishedPasswords.Contains(adminPassword))
            yield return "Admin:Password is a published default; choose your own.";
    }
}
