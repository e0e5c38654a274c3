using Commerce.Core.Notifications;

namespace Commerce.Core.Tests.Notifications;

public sealed class OutboxEmailDeferral
{
    private static readonly DateTimeOffset Now = new(2026, 12, 4, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void AMailServerOutageIsRecordedButNeverGivesTheEmailUp()
    {
        var email = OutboxEmail.Create(EmailTemplate.OrderConfirmation, "test:1", "ada@example.test");

        for (var i = 0; i < 50; i++) email.RecordDeferral("connection refused", Now.AddMinutes(i));

        Assert.Equal(OutboxEmailStatus.Pending, email.Status);
        Assert.Equal(50, email.Attempts);
        Assert.Equal(OutboxEmail.DeferredPrefix + "connection refused", email.LastError);
        Assert.Equal(Now.AddMinutes(49), email.LastAttemptAt);
        email.MarkSent("Order 1", "id@example.test", Now.AddHours(1));
        Assert.Null(email.LastError);
    }

    [Fact]
    public void AFailureOfTheEmailItselfStillEndsItAsFailedOnceAllAttemptsReachTheMaximum()
    {
        var email = OutboxEmail.Create(EmailTemplate.OrderConfirmation, "test:2", "ada@example.test");
        email.RecordDeferral("connection refused", Now);

        Assert.False(email.RecordFailure("ParseException", Now, maxAttempts: 3));
        Assert.True(email.RecordFailure("ParseException", Now, maxAttempts: 3));
        Assert.Equal(OutboxEmailStatus.Failed, email.Status);
    }
}
