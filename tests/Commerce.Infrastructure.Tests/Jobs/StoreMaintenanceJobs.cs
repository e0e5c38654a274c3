using Commerce.Core;
using Commerce.Core.Notifications;
using Commerce.Core.Payments;
using Commerce.Infrastructure.Identity;
using Commerce.Infrastructure.Jobs;
using Commerce.Infrastructure.Tests.Notifications;
using Hangfire.Storage;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Commerce.Infrastructure.Tests.Jobs;

public sealed class StoreMaintenanceJobs(OutboxHost host) : IClassFixture<OutboxHost>
{
    [Fact]
    public async Task StatsRefreshCountsPaidOrdersForCustomersAndUnitsSoldForProducts()
    {
        await using var db = await host.Contexts.CreateDbContextAsync();
        var variant = await ShopData.ProductAsync(db, price: 10m);
        var customer = await ShopData.CustomerAsync(db);
        await ShopData.PaidOrderAsync(db, variant, customer.Email, customer.Id, quantity: 2);
        var refunded = await ShopData.PaidOrderAsync(db, variant, customer.Email, customer.Id, quantity: 1);
        refunded.RecordRefund(refunded.TotalAmount, DateTimeOffset.UtcNow);
        await db.SaveChangesAsync();

        Assert.Equal("Succeeded", await host.RunJobAsync<StatsRefreshJob>(j => j.RunAsync(CancellationToken.None)));
        Assert.Equal("Succeeded", await host.RunJobAsync<StatsRefreshJob>(j => j.RunAsync(CancellationToken.None)));

        var stats = await db.Customers.AsNoTracking().Where(c => c.Id == customer.Id).Select(c => new { c.OrderCount, c.TotalSpent }).SingleAsync();
        Assert.Equal(1, stats.OrderCount);
        Assert.Equal(30m, stats.TotalSpent);
        Assert.Equal(2, await db.Products.AsNoTracking().Where(p => p.Id == variant.ProductId).Select(p => p.SalesCount).SingleAsync());
    }

    [Fact]
    public async Task LowStockAlertsGoToEveryAdministratorOncePerVariantPerDay()
    {
        await using var db = await host.Contexts.CreateDbContextAsync();
        var adminEmail = ShopData.UniqueEmail("admin");
        var role = await db.Roles.SingleOrDefaultAsync(r => r.Name == Roles.Admin)
            ?? db.Roles.Add(new IdentityRole(Roles.Admin) { NormalizedName = Roles.Admin.ToUpperInvariant() }).Entity;
        var admin = new ApplicationUser { UserName = adminEmail, NormalizedUserName = adminEmail.ToUpperInvariant(), Email = adminEmail };
        db.Users.Add(admin);
        await db.SaveChangesAsync();
        db.UserRoles.Add(new IdentityUserRole<string> { UserId = admin.Id, RoleId = role.Id });
        await db.SaveChangesAsync();
        var low = await ShopData.ProductAsync(db, onHand: 2, reorderPoint: 5);
        var plenty = await ShopData.ProductAsync(db, onHand: 50, reorderPoint: 5);

        await host.RunJobAsync<LowStockAlertJob>(j => j.RunAsync(CancellationToken.None));
        await host.RunJobAsync<LowStockAlertJob>(j => j.RunAsync(CancellationToken.None));

        var alerts = await db.OutboxEmails.AsNoTracking().Where(e => e.To == adminEmail).ToListAsync();
        var alert = Assert.Single(alerts, a => a.Value(EmailData.VariantId) == low.VariantId.ToString());
        Assert.DoesNotContain(alerts, a => a.Value(EmailData.VariantId) == plenty.VariantId.ToString());
        await host.WaitUntilAsync(alert.Id, OutboxEmailStatus.Sent);
        Assert.Contains("Low stock", (await host.OutboxAsync(alert.Id))!.Subject);
    }

    [Fact]
    public async Task SchedulesComeFromConfigurationAndSearchReindexOnlyWithElasticsearch()
    {
        var jobs = host.Services.GetRequiredService<Hangfire.IRecurringJobManager>();
        var options = new JobOptions();
        options.Schedules.EmailSweep = "*/2 * * * *";
        options.Schedules.CartCleanup = "";

        JobSchedule.Register(jobs, options, reindexSearch: false);

        using var connection = host.Storage.GetConnection();
        var registered = connection.GetRecurringJobs().ToDictionary(j => j.Id, j => j.Cron);
        Assert.Equal("*/2 * * * *", registered[JobSchedule.EmailSweep]);
        Assert.Equal("* * * * *", registered[JobSchedule.ReservationExpiry]);
        Assert.Equal(new JobOptions().Schedules.AbandonedCart, registered[JobSchedule.AbandonedCart]);
        Assert.DoesNotContain(JobSchedule.CartCleanup, registered.Keys);
        Assert.DoesNotContain(JobSchedule.SearchReindex, registered.Keys);
        Assert.Equal(TimeSpan.FromDays(7), host.Services.GetRequiredService<IOptions<JobOptions>>().Value.GuestCartLifetime);
    }
}
