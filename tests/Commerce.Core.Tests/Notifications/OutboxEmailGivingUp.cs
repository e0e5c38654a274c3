using Commerce.Core.Notifications;

namespace Commerce.Core.Tests.Notifications;

public sealed class OutboxEmailGivingUp
{
    private static readonly DateTimeOffset Now = new(2026, 12, 4, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void APermanentFailureEndsTheEmailAsFailedAtItsFirstAttemptWithItsError()
    {
        var email = OutboxEmail.Create(EmailTemplate.OrderConfirmation, "test:1", "ada@example.test");

        Assert.True(email.RecordFailure("ParseException: Incomplete comment token", Now, maxAttempts: 6, permanent: true));

        Assert.Equal((OutboxEmailStatus.Failed, 1, "ParseException: Incomplete comment token"), (email.Status, email.Attempts, email.LastError));
        email.Retry();
        Assert.Equal(OutboxEmailStatus.Pending, email.Status);
    }

    [Fact]
    public void KeepsTheMessageAsSent()
    {
        var email = OutboxEmail.Create(EmailTemplate.OrderConfirmation, "test:2", "ada@example.test");

        email.MarkSent("Order 1", "id@example.test", Now, "Subject: Order 1\r\n\r\nThanks");

        Assert.Equal("Subject: Order 1\r\n\r\nThanks", email.SentMessage);
    }

    [Theory]
    [InlineData(EmailTemplate.PasswordReset)]
    [InlineData(EmailTemplate.AccountConfirmation)]
    public void NeverKeepsAMessageThatCarriesASignInLink(EmailTemplate template)
    {
        var email = OutboxEmail.Create(template, "test:3", "ada@example.test");

        email.MarkSent("Reset your password", "id@example.test", Now, "Subject: Reset\r\n\r\nhttps://store.example/reset?code=secret");

        Assert.Null(email.SentMessage);
    }
}
