using Commerce.Core.Notifications;
using Commerce.Infrastructure.Notifications;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;

namespace Commerce.Infrastructure.Tests.Notifications;

/// <summary>A mail relay that refuses every message.</summary>
public sealed class FailingMailHost : OutboxHost
{
    public int Calls;

    protected override void ConfigureServices(IServiceCollection services) => services.AddSingleton<IMailTransport>(new RefusingTransport(this));

    private sealed class RefusingTransport(FailingMailHost host) : IMailTransport
    {
        public Task SendAsync(MimeMessage message, CancellationToken cancellationToken = default)
        {
            Interlocked.Increment(ref host.Calls);
            throw new InvalidOperationException("554 5.7.1 Relay access denied");
        }
    }
}

public sealed class FailingDelivery(FailingMailHost host) : IClassFixture<FailingMailHost>
{
    [Fact]
    public async Task AFailingTransportIsRetriedByHangfireAndTheEmailEndsFailedWithTheError()
    {
        Guid emailId;
        await using (var db = host.PlainContext())
        {
            var order = await ShopData.PaidOrderAsync(db, await ShopData.ProductAsync(db));
            var email = OutboxEmail.ForOrder(EmailTemplate.OrderConfirmation, order.Id, order.Email);
            db.OutboxEmails.Add(email);
            await db.SaveChangesAsync();
            emailId = email.Id;
        }

        var jobId = host.Services.GetRequiredService<EmailDispatch>().Send(emailId);
        Assert.Equal("Failed", await host.WaitForJobAsync(jobId));

        var failed = await host.OutboxAsync(emailId);
        Assert.Equal(OutboxEmailStatus.Failed, failed!.Status);
        Assert.Equal(OutboxDispatcher.MaxAttempts, failed.Attempts);
        Assert.Equal(OutboxDispatcher.MaxAttempts, host.Calls);
        Assert.Contains("554 5.7.1 Relay access denied", failed.LastError);
        Assert.StartsWith("Order ", failed.Subject);
        using (var connection = host.Storage.GetConnection())
            Assert.Equal(OutboxDispatcher.RetryAttempts.ToString(), connection.GetJobParameter(jobId, "RetryCount"));

        // Given up means given up: the sweep does not pick it again; only an explicit resend does.
        await host.RunJobAsync<OutboxDispatcher>(d => d.SweepAsync(CancellationToken.None));
        Assert.Equal(OutboxDispatcher.MaxAttempts, host.Calls);
        await using (var db = host.PlainContext())
        {
            var email = await db.OutboxEmails.SingleAsync(e => e.Id == emailId);
            email.Retry();
            await db.SaveChangesAsync();
        }
        Assert.Equal("Failed", await host.WaitForJobAsync(host.Services.GetRequiredService<EmailDispatch>().Send(emailId)));
        Assert.Equal(2 * OutboxDispatcher.MaxAttempts, host.Calls);
    }
}
