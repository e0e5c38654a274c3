using System.Linq.Expressions;
using Commerce.Infrastructure.Notifications;
using Hangfire;

namespace Commerce.Infrastructure.Jobs;

/// <summary>The store's recurring jobs and when they run. Registering again updates them; a blank schedule removes one.</summary>
public static class JobSchedule
{
    public const string EmailSweep = "email-sweep";
    public const string ReservationExpiry = "reservation-expiry";
    public const string BackInStock = "back-in-stock";
    public const string AbandonedCart = "abandoned-cart";
    public const string LowStockAlert = "low-stock-alert";
    public const string CartCleanup = "cart-cleanup";
    public const string StatsRefresh = "stats-refresh";
    public const string SearchReindex = "search-reindex";
    public const string VendorPayouts = "vendor-payouts";

    public static void Register(IRecurringJobManager jobs, JobOptions options, bool reindexSearch)
    {
        var s = options.Schedules;
        Add<OutboxDispatcher>(jobs, EmailSweep, s.EmailSweep, j => j.SweepAsync(CancellationToken.None));
        Add<ReservationExpiryJob>(jobs, ReservationExpiry, s.ReservationExpiry, j => j.RunAsync(CancellationToken.None));
        Add<BackInStockJob>(jobs, BackInStock, s.BackInStock, j => j.RunAsync(CancellationToken.None));
        Add<AbandonedCartJob>(jobs, AbandonedCart, s.AbandonedCart, j => j.RunAsync(CancellationToken.None));
        Add<LowStockAlertJob>(jobs, LowStockAlert, s.LowStockAlert, j => j.RunAsync(CancellationToken.None));
        Add<CartCleanupJob>(jobs, CartCleanup, s.CartCleanup, j => j.RunAsync(CancellationToken.None));
        Add<StatsRefreshJob>(jobs, StatsRefresh, s.StatsRefresh, j => j.RunAsync(CancellationToken.None));
        Add<VendorPayoutJob>(jobs, VendorPayouts, s.VendorPayouts, j => j.RunAsync(CancellationToken.None));
        Add<SearchReindexJob>(jobs, SearchReindex, reindexSearch ? s.SearchReindex : null, j => j.RunAsync(CancellationToken.None));
    }

    private static void Add<TJob>(IRecurringJobManager jobs, string id, string? cron, Expression<Func<TJob, Task>> job)
    {
        if (string.IsNullOrWhiteSpace(cron))
        {
            jobs.RemoveIfExists(id);
            return;
        }
        try
        {
            jobs.AddOrUpdate(id, job, cron, new RecurringJobOptions { TimeZone = TimeZoneInfo.Utc });
        }
        catch (ArgumentException ex)
        {
            throw new InvalidOperationException($"Jobs:Schedules for '{id}' is not a valid cron expression: '{cron}'.", ex);
        }
    }
}
