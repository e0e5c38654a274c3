using Commerce.Core.Common;

namespace Commerce.Core.Notifications;

/// <summary>
/// An email the store has promised to send. It is written in the same transaction as the change that causes it,
/// so a rolled-back change queues nothing, and a background job sends it after commit. The row is also the record
/// of what was sent. <see cref="Key"/> is unique: the same promise can only be made once.
/// </summary>
public class OutboxEmail : IAuditable
{
    public const int MaxKeyLength = 200;
    /// <summary>Starts <see cref="LastError"/> of an email waiting out a mail-server outage (see <see cref="RecordDeferral"/>).</summary>
    public const string DeferredPrefix = "Waiting for the mail server: ";
    private const int MaxErrorLength = 2000;

    private Dictionary<string, string> _data = new(StringComparer.OrdinalIgnoreCase);

    private OutboxEmail() { }

    private OutboxEmail(EmailTemplate template, string key, string to, Guid? orderId, IReadOnlyDictionary<string, string>? data)
    {
        Id = Guid.NewGuid();
        Template = template;
        Key = Guard.NotBlank(key, "Email key", MaxKeyLength);
        To = Customers.Customer.NormalizeEmail(to);
        OrderId = orderId;
        if (data is not null) _data = new Dictionary<string, string>(data, StringComparer.OrdinalIgnoreCase);
        Status = OutboxEmailStatus.Pending;
    }

    /// <summary>
    /// An email about an order, keyed "{template}:{orderId}" — or "{template}:{orderId}:{discriminator}" when one order
    /// can cause several (a shipment id for OrderShipped, a refund id for RefundIssued, a payment reference for PaymentFailed).
    /// </summary>
    public static OutboxEmail ForOrder(EmailTemplate template, Guid orderId, string to, string? discriminator = null)
    {
        var key = string.IsNullOrWhiteSpace(discriminator) ? $"{template}:{orderId}" : $"{template}:{orderId}:{discriminator.Trim()}";
        var data = string.IsNullOrWhiteSpace(discriminator) ? null : new Dictionary<string, string> { [EmailData.Discriminator] = discriminator.Trim() };
        return new OutboxEmail(template, key, to, orderId, data);
    }

    /// <summary>Any other email; <paramref name="key"/> says what makes it unique, e.g. "BackInStock:42:1764000000".</summary>
    public static OutboxEmail Create(EmailTemplate template, string key, string to, IReadOnlyDictionary<string, string>? data = null) =>
        new(template, key, to, null, data);

    public Guid Id { get; private set; }
    public string Key { get; private set; } = "";
    public EmailTemplate Template { get; private set; }
    public string To { get; private set; } = "";
    public Guid? OrderId { get; private set; }
    public IReadOnlyDictionary<string, string> Data => _data;
    /// <summary>The subject as rendered when it was last attempted; empty until then.</summary>
    public string? Subject { get; private set; }
    public OutboxEmailStatus Status { get; private set; }
    public int Attempts { get; private set; }
    public string? LastError { get; private set; }
    public DateTimeOffset? LastAttemptAt { get; private set; }
    public DateTimeOffset? SentAt { get; private set; }
    /// <summary>The Message-ID header of the sent message, to find it in the mail server's logs.</summary>
    public string? MessageId { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset UpdatedAt { get; private set; }

    /// <summary>
    /// The message as it was handed to the mail server (MIME, headers and every part), so an administrator can read
    /// what went out; for a failed email, the message last attempted, if it was composed. Never kept for an email that
    /// carries a credential (see <see cref="CarriesCredential"/>).
    /// </summary>
    public string? SentMessage { get; private set; }

    /// <summary>Reset and confirmation links sign someone in: once delivered the record keeps no copy of them.</summary>
    public bool CarriesCredential => Template is EmailTemplate.PasswordReset or EmailTemplate.AccountConfirmation;

    public string? Value(string name) => _data.GetValueOrDefault(name);

    public void MarkSent(string subject, string? messageId, DateTimeOffset at, string? message = null)
    {
        RequirePending();
        Attempts++;
        Subject = subject;
        MessageId = messageId;
        Status = OutboxEmailStatus.Sent;
        SentAt = LastAttemptAt = at;
        LastError = null;
        Keep(message);
        if (CarriesCredential)
        {
            _data.Remove(EmailData.Link);
            _data.Remove(EmailData.Code);
        }
    }

    /// <summary>
    /// Counts a failed attempt; after <paramref name="maxAttempts"/>, or at once when the failure is
    /// <paramref name="permanent"/> (the email itself can never be sent, e.g. an address the mail library cannot parse),
    /// the email is given up as Failed. Returns true then.
    /// </summary>
    public bool RecordFailure(string error, DateTimeOffset at, int maxAttempts, string? subject = null, bool permanent = false, string? message = null)
    {
        RequirePending();
        Attempts++;
        Subject = subject ?? Subject;
        LastError = error.Length > MaxErrorLength ? error[..MaxErrorLength] : error;
        LastAttemptAt = at;
        Keep(message);
        if (permanent || Attempts >= maxAttempts) Status = OutboxEmailStatus.Failed;
        return Status == OutboxEmailStatus.Failed;
    }

    private void Keep(string? message)
    {
        if (message is not null) SentMessage = CarriesCredential ? null : message;
    }

    /// <summary>
    /// The mail server could not be reached: not this email's fault, so the attempt is recorded but the email stays
    /// Pending for as long as the outage lasts and goes out once the server is back.
    /// </summary>
    public void RecordDeferral(string error, DateTimeOffset at)
    {
        RequirePending();
        Attempts++;
        error = DeferredPrefix + error;
        LastError = error.Length > MaxErrorLength ? error[..MaxErrorLength] : error;
        LastAttemptAt = at;
    }

    /// <summary>The email no longer applies (what it was about is gone); kept as a record with the reason.</summary>
    public void Skip(string reason, DateTimeOffset at)
    {
        RequirePending();
        Status = OutboxEmailStatus.Skipped;
        LastError = reason;
        LastAttemptAt = at;
    }

    /// <summary>An administrator's "resend" of a failed email: it goes back to the queue with a fresh set of attempts.</summary>
    public void Retry()
    {
        if (Status != OutboxEmailStatus.Failed) throw new DomainException("Only a failed email can be sent again.");
        Status = OutboxEmailStatus.Pending;
        Attempts = 0;
    }

    private void RequirePending()
    {
        if (Status != OutboxEmailStatus.Pending) throw new DomainException($"Email {Key} is already {Status}.");
    }
}
