using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Commerce.Infrastructure.Inventory;

/// <summary>
/// Fans out "stock of product N changed" to open product pages. Fed by <see cref="StockChangeListener"/>, which
/// hears PostgreSQL NOTIFY from the inventory trigger, so changes from any process or instance arrive.
/// </summary>
public sealed class StockChangeFeed(ILogger<StockChangeFeed> logger)
{
    private readonly ConcurrentDictionary<int, ConcurrentDictionary<Guid, Func<Task>>> _subscribers = new();

    public IDisposable Subscribe(int productId, Func<Task> onChange)
    {
        var id = Guid.NewGuid();
        _subscribers.GetOrAdd(productId, _ => new())[id] = onChange;
        return new Subscription(() =>
        {
            if (_subscribers.TryGetValue(productId, out var handlers)) handlers.TryRemove(id, out _);
        });
    }

    public int SubscriberCount(int productId) => _subscribers.TryGetValue(productId, out var handlers) ? handlers.Count : 0;

    public void Publish(int productId)
    {
        if (!_subscribers.TryGetValue(productId, out var handlers)) return;
        foreach (var handler in handlers.Values)
            _ = Notify(handler, productId);
    }

    private async Task Notify(Func<Task> handler, int productId)
    {
        try { await handler(); }
        catch (Exception ex) { logger.LogWarning(ex, "A stock subscriber for product {ProductId} failed", productId); }
    }

    private sealed class Subscription(Action dispose) : IDisposable
    {
        private int _disposed;
        public void Dispose()
        {
            if (Interlocked.Exchange(ref _disposed, 1) == 0) dispose();
        }
    }
}
