using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Commerce.Infrastructure.Inventory;

/// <summary>LISTENs on the 'stock_changed' channel (payload: product id) and feeds <see cref="StockChangeFeed"/>.</summary>
internal sealed class StockChangeListener(IConfiguration configuration, StockChangeFeed feed, ILogger<StockChangeListener> logger)
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
                    if (int.TryParse(e.Payload, out var productId)) feed.Publish(productId);
                };
                await using (var listen = new NpgsqlCommand($"LISTEN {Channel}", connection))
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
