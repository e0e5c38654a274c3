using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Commerce.Infrastructure.Inventory;

/// <summary>
/// LISTENs on the 'stock_changed' channel (payload: product id) and feeds <see cref="StockChangeFeed"/>, and on
/// 'catalog_changed', which moves <see cref="Search.CatalogChanges"/> so listing caches forget old prices.
/// </summary>
internal sealed class StockChangeListener(
    IConfiguration configuration, StockChangeFeed feed, Search.CatalogChanges catalog, ILogger<StockChangeListener> logger)
    : BackgroundService
{
    public const string Channel = "stock_changed";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var connectionString = configuration.GetConnectionString(Persistence.DatabaseOptions.ConnectionStringName);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var connection = new NpgsqlConnection(connectionString);
                await connection.OpenAsync(stoppingToken);
                connection.Notification += (_, e) =>
                {
                    if (e.Channel == Search.CatalogChanges.Channel) catalog.Changed();
                    else if (int.TryParse(e.Payload, out var productId)) feed.Publish(productId);
                };
                // A listing cached while the connection was down may be stale.
                catalog.Changed();
                await using (var listen = new NpgsqlCommand($"LISTEN {Channel}; LISTEN {Search.CatalogChanges.Channel}", connection))
                    await listen.ExecuteNonQueryAsync(stoppingToken);
                while (!stoppingToken.IsCancellationRequested)
                    await connection.WaitAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                logger.LogWarning(ex, "Stock change listener lost its connection; retrying in 5 s");
                await Task.Delay(TimeSpan.FromSeconds(5), stoppingToken);
            }
        }
    }
}
